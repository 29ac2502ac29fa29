import type { CollectionAfterChangeHook, FlattenedField, PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { asCaller } from '../../../src/plugin/access/callerAccess'
import { idOf } from '../../../src/plugin/ids'

type Entry = { id?: null | string; type: string; text: string; date?: null | string }
type Article = { id: number | string; _status?: string; updateLog?: Entry[] } & Record<
  string,
  unknown
>

/** The article's own data (every stored field, none of the system's), as it can be saved back. */
const savableData = (article: Article, fields: FlattenedField[]) =>
  Object.fromEntries(
    fields
      .filter(
        (field) =>
          !('virtual' in field && field.virtual) &&
          !['_status', 'createdAt', 'id', 'updatedAt'].includes(field.name),
      )
      .map((field) => [field.name, article[field.name]])
      .filter(([, value]) => value !== undefined),
  )

/**
 * Appends a log entry to the *published* story only: the correction goes live on the text readers
 * already have, and a pending draft (a colleague's unpublished edit, an autosave, embargoed text)
 * is neither published nor lost: it is saved again as the newest draft, with the entry in its log.
 */
export const appendToPublishedLog = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  articleId: number | string,
  entry: { type: string; text: string },
) => {
  const collection = req.payload.collections[settings.slugs.articles].config
  const read = async (draft: boolean) =>
    (await req.payload.findByID({
      collection: settings.slugs.articles,
      id: articleId,
      depth: 0,
      draft,
      ...asCaller(req),
    })) as unknown as Article
  const published = await read(false)
  const latest = await read(true)
  const pendingDraft =
    latest._status === 'draft' && published._status === 'published' ? latest : undefined

  const live = (await req.payload.update({
    collection: settings.slugs.articles,
    id: articleId,
    depth: 0,
    data: {
      ...savableData(published, collection.flattenedFields),
      updateLog: [...(published.updateLog ?? []), entry],
      _status: 'published',
    } as never,
    ...asCaller(req),
  })) as unknown as Article
  if (!pendingDraft) {
    return
  }

  // The draft keeps its own edits and unpublished entries, with the log as now published before them.
  const publishedIds = new Set((live.updateLog ?? []).map((logged) => logged.id))
  const draftOnly = (pendingDraft.updateLog ?? []).filter(
    (logged) => !logged.date && !publishedIds.has(logged.id),
  )
  await req.payload.update({
    collection: settings.slugs.articles,
    id: articleId,
    depth: 0,
    draft: true,
    data: {
      ...savableData(pendingDraft, collection.flattenedFields),
      updateLog: [...(live.updateLog ?? []), ...draftOnly],
      _status: 'draft',
    } as never,
    ...asCaller(req),
  })
}

/**
 * Resolving an error report with "publish a log entry" ticked appends the correction to the
 * article's published update log, as the editor who resolved it (their access, their transaction),
 * once: `loggedAt` records that it was done.
 */
export const addCorrectionFromReport =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const correction = doc.correction
    if (
      doc.status !== 'resolved' ||
      !correction?.addToLog ||
      !correction.text?.trim() ||
      correction.loggedAt
    ) {
      return doc
    }
    await appendToPublishedLog(req, settings, idOf(doc.article)!, {
      type: correction.type ?? 'correction',
      text: correction.text.trim(),
    })
    const loggedAt = new Date().toISOString()
    await req.payload.update({
      collection: collection.slug,
      id: doc.id,
      data: { correction: { ...correction, loggedAt } },
      ...asCaller(req),
    })
    return { ...doc, correction: { ...correction, loggedAt } }
  }
