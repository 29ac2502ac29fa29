import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import type { EditionReason } from '../delivery/types'
import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { commentAffectsReaders } from '../delivery/invalidation'
import { idOf } from '../ids'
import { isDraftSave } from '../publishGate/onlyEditorsPublish'
import { recordEdition, retireEditions, withholdEarlierEditions } from './record'
import { refreshStoryComments } from './storyComments'
import { lockStories } from './storyLock'

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

/** A save of a story waits, before it writes anything, for the other writes to its edition (see storyLock.ts). */
export const lockStoryBeingSaved: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    await lockStories(req, [originalDoc.id])
  }
  return data
}

/** The published row as it was before this save (a publish; undefined for draft saves and creates). */
export const publishedRowBeforeSave = (req: PayloadRequest, id: Id): MainRow | null | undefined =>
  req.context[`${BEFORE}.${id}`] as MainRow | null | undefined

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

type CommentDoc = Record<string, unknown> | undefined

/** The stories a comment's write changes for readers: its story (and the one it left, if moved), when approved before or after. */
const storiesShowing = (doc: CommentDoc, previousDoc: CommentDoc): Id[] =>
  commentAffectsReaders(doc, previousDoc)
    ? [
        ...new Set(
          [idOf(doc?.article), idOf(previousDoc?.article)].filter((id): id is Id => id != null),
        ),
      ]
    : []

/** A comment's write that readers will see waits, before it writes anything, for the other writes to the story's edition. */
export const lockStoryOfComment: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  await lockStories(req, storiesShowing({ ...originalDoc, ...data }, originalDoc))
  return data
}

export const lockStoryOfDeletedComment =
  (settings: NewsroomSettings): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const comment = (await req.payload.findByID({
      collection: settings.slugs.comments,
      id,
      depth: 0,
      disableErrors: true,
      select: { article: true, status: true } as never,
      ...systemAccess(req),
    })) as CommentDoc | null
    await lockStories(req, storiesShowing(comment ?? undefined, undefined))
  }

/**
 * A comment approved, edited, withdrawn or deleted changes the comments its story's current edition
 * carries, in the same transaction: readers get it at once, and a cache miss stays one read.
 */
export const keepStoryCommentsInStep =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    for (const article of storiesShowing(doc, previousDoc)) {
      await refreshStoryComments(req.payload, settings, article, req)
    }
    return doc
  }

export const keepStoryCommentsInStepOnDelete =
  (settings: NewsroomSettings): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    for (const article of storiesShowing(doc, undefined)) {
      await refreshStoryComments(req.payload, settings, article, req)
    }
    return doc
  }
