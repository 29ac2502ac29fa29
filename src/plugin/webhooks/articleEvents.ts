import type { WebhookEvent } from '../vocabulary'

/** What readers can see of an article, as far as webhooks care: its published state in the main table. */
export type PublicFacts = {
  published: boolean
  slug: string
  dateModified: string | null
  correctionIds: string[]
}

export type MainRow = { _status?: string | null; slug?: string | null; dateModified?: string | null; updateLog?: { id?: string | null; type?: string | null }[] | null }

/** The facts of the article's main row (what readers get: the last published version, or a draft nobody sees). */
export const publicFactsOf = (row: MainRow | null | undefined): PublicFacts | undefined =>
  row
    ? {
        published: row._status === 'published',
        slug: row.slug ?? '',
        dateModified: row.dateModified ?? null,
        correctionIds: (row.updateLog ?? []).filter((entry) => entry.type === 'correction' && entry.id).map((entry) => String(entry.id)),
      }
    : undefined

/**
 * The events one save makes, from the article as readers saw it before and after: published,
 * unpublished; for a published article, corrected (a new correction in the log) or else updated (a
 * material change moves `dateModified`; a new slug changes its address). A draft saved over a
 * published article, or a typo fix, makes none.
 */
export const articleEventsBetween = (before: PublicFacts | undefined, after: PublicFacts | undefined): WebhookEvent[] => {
  const was = Boolean(before?.published)
  const is = Boolean(after?.published)
  if (!was && is) return ['article.published']
  if (was && !is) return ['article.unpublished']
  if (!was || !is) return []
  const previous = new Set(before!.correctionIds)
  if (after!.correctionIds.some((id) => !previous.has(id))) return ['article.corrected']
  if (after!.dateModified !== before!.dateModified || after!.slug !== before!.slug) return ['article.updated']
  return []
}
