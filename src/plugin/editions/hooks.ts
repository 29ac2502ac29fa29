import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { EditionReason } from '../delivery/types'
import type { NewsroomSettings } from '../options'

import { isDraftSave } from '../publishGate/onlyEditorsPublish'
import { recordEdition, retireEditions, withholdEarlierEditions } from './record'

type Id = number | string
type LogEntry = { id?: null | string; type?: null | string; date?: null | string }
type MainRow = {
  id: Id
  _status?: null | string
  slug?: null | string
  updateLog?: LogEntry[] | null
}

/** The article's main row: what readers have (the last published version), not the latest draft. */
const mainRow = async (req: PayloadRequest, settings: NewsroomSettings, id: Id) =>
  req.payload.db.findOne<MainRow>({
    collection: settings.slugs.articles,
    where: { id: { equals: id } },
    req,
  })

const loggedIds = (row: MainRow | null | undefined, type: string) =>
  new Set(
    (row?.updateLog ?? [])
      .filter((entry) => entry.type === type && entry.date && entry.id)
      .map((entry) => String(entry.id)),
  )
const gained = (after: Set<string>, before: Set<string>) => [...after].some((id) => !before.has(id))

const BEFORE = 'newsroom.editions.mainRowBefore'

/** Notes the published row before the save, to tell a correction or a retraction from another republish. */
export const rememberPublishedRow =
  (settings: NewsroomSettings): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation === 'update' && originalDoc?.id !== undefined && !isDraftSave(req)) {
      req.context[`${BEFORE}.${originalDoc.id}`] =
        (await mainRow(req, settings, originalDoc.id)) ?? null
    }
    return data
  }

const reasonFor = (before: MainRow | null | undefined, after: MainRow): EditionReason => {
  if (before?._status !== 'published') {
    return 'published'
  }
  if (gained(loggedIds(after, 'retraction'), loggedIds(before, 'retraction'))) {
    return 'retraction'
  }
  if (gained(loggedIds(after, 'correction'), loggedIds(before, 'correction'))) {
    return 'correction'
  }
  return 'republished'
}

/**
 * A publish records the story's new edition (built once, in the publish's transaction); an
 * unpublish or takedown leaves none current. Draft saves and autosaves do nothing here: readers'
 * copy did not change, so there is nothing to build.
 */
export const keepEditions =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (isDraftSave(req)) {
      return doc
    }
    const after = await mainRow(req, settings, doc.id)
    if (!after) {
      return doc
    }
    if (after._status !== 'published' || !after.slug) {
      await retireEditions(req.payload, settings, doc.id, req)
      return doc
    }
    const reason = reasonFor(
      req.context[`${BEFORE}.${doc.id}`] as MainRow | null | undefined,
      after,
    )
    await recordEdition(req.payload, settings, { article: doc.id, slug: after.slug, reason, req })
    // A retracted story's earlier text is not served any more, in any edition.
    if (reason === 'retraction') {
      await withholdEarlierEditions(req.payload, settings, doc.id, 'The story was retracted.', req)
    }
    return doc
  }
