import type { WebhookEvent } from '../vocabulary'

/** What readers can see of an article, as far as webhooks care: its published state in the main table. */
export type PublicFacts = {
  published: boolean
  slug: string
  dateModified: null | string
  correctionIds: string[]
  retractionIds: string[]
  /** The updates marked key events, each with its headline (or line), for article.key_event. */
  keyEvents: { id: string; headline: string }[]
  /** Under a legal takedown that has not been lifted. */
  takenDown: boolean
}

export type MainRow = {
  _status?: null | string
  slug?: null | string
  dateModified?: null | string
  updateLog?:
    | {
        id?: null | string
        type?: null | string
        text?: null | string
        headline?: null | string
        keyEvent?: boolean | null
      }[]
    | null
  takedown?: { takenDownAt?: null | string; liftedAt?: null | string } | null
}

const entryIds = (row: MainRow, type: string) =>
  (row.updateLog ?? [])
    .filter((entry) => entry.type === type && entry.id)
    .map((entry) => String(entry.id))

/** The facts of the article's main row (what readers get: the last published version, or a draft nobody sees). */
export const publicFactsOf = (row: MainRow | null | undefined): PublicFacts | undefined =>
  row
    ? {
        published: row._status === 'published',
        slug: row.slug ?? '',
        dateModified: row.dateModified ?? null,
        correctionIds: entryIds(row, 'correction'),
        retractionIds: entryIds(row, 'retraction'),
        keyEvents: (row.updateLog ?? [])
          .filter((entry) => entry.type === 'update' && entry.keyEvent === true && entry.id)
          .map((entry) => ({
            id: String(entry.id),
            headline: entry.headline?.trim() || entry.text?.trim() || '',
          })),
        takenDown: Boolean(row.takedown?.takenDownAt && !row.takedown?.liftedAt),
      }
    : undefined

/**
 * The events one save makes, from the article as readers saw it before and after: published,
 * unpublished (and taken down); for a published article, retracted or corrected (a new retraction or
 * correction in the log) or else updated (a
 * material change moves `dateModified`; a new slug changes its address). A draft saved over a
 * published article, or a typo fix, makes none.
 */
export const articleEventsBetween = (
  before: PublicFacts | undefined,
  after: PublicFacts | undefined,
): WebhookEvent[] => {
  const was = Boolean(before?.published)
  const is = Boolean(after?.published)
  if (!was && is) {
    return ['article.published']
  }
  // A takedown is an unpublish (every receiver drops the story) that says why.
  if (was && !is) {
    return after?.takenDown
      ? ['article.unpublished', 'article.taken-down']
      : ['article.unpublished']
  }
  if (!was || !is) {
    return []
  }
  const isNew = (ids: string[], previous: string[]) => ids.some((id) => !previous.includes(id))
  if (isNew(after!.retractionIds, before!.retractionIds)) {
    return ['article.retracted']
  }
  if (isNew(after!.correctionIds, before!.correctionIds)) {
    return ['article.corrected']
  }
  if (after!.dateModified !== before!.dateModified || after!.slug !== before!.slug) {
    return ['article.updated']
  }
  return []
}

/**
 * The key event readers got with this save, for a push alert (article.key_event): the newest update
 * marked a key event that was not before (a new one published, or an earlier update marked), while
 * the story is published. One at most per save: a story first published with ten key events, or ten
 * older updates marked at once, is one alert, not ten on a reader's phone.
 */
export const newKeyEventsBetween = (
  before: PublicFacts | undefined,
  after: PublicFacts | undefined,
): PublicFacts['keyEvents'] => {
  if (!after?.published || after.takenDown) {
    return []
  }
  const known = new Set((before?.published ? before.keyEvents : []).map((event) => event.id))
  return after.keyEvents.filter((event) => !known.has(event.id)).slice(-1)
}
