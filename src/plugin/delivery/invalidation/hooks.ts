import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import type { NewsroomSettings } from '../../options'

import { type AffectedTags, rememberPublishedSlug } from './affectedStories'
import { invalidateDelivery } from './invalidateDelivery'

/** Longest a write's transaction is waited for before the second invalidation is given up. */
const MAX_TRANSACTION_MS = 60_000

/**
 * Hooks run before the write's transaction commits, and readers on other connections see the old
 * data until it does: a story rebuilt in between would be cached stale. So drop it again once the
 * transaction is over (Payload deletes `req.transactionID` when it commits or rolls back).
 */
const invalidateOnceCommitted = (req: PayloadRequest, tags: readonly string[] | undefined) => {
  if (!req.transactionID) {
    return
  }
  const deadline = Date.now() + MAX_TRANSACTION_MS
  const poll = () => {
    if (req.transactionID && Date.now() < deadline) {
      setTimeout(poll, 5).unref?.()
    } else {
      invalidateDelivery(tags)
    }
  }
  setTimeout(poll, 0)
}

type Doc = Record<string, unknown> | undefined

/** Does this change show in a served story? By default any change does. */
type AffectsReaders = (doc: Doc, previousDoc: Doc) => boolean

/** Served stories carry approved comments only: a comment in the queue, rejected or spam changes none. */
export const commentAffectsReaders: AffectsReaders = (doc, previousDoc) =>
  doc?.status === 'approved' || previousDoc?.status === 'approved'

/** Served stories are editions: a picture changes them only when it is withdrawn (or put back). */
export const withdrawalAffectsReaders: AffectsReaders = (doc, previousDoc) =>
  Boolean(doc?.withdrawn) !== Boolean(previousDoc?.withdrawn)

/** Served stories are editions: an author changes them only when their byline is withheld (at once). */
export const withholdingAffectsReaders: AffectsReaders = (doc, previousDoc) =>
  Boolean((doc?.withholdByline as { withheld?: boolean } | undefined)?.withheld) !==
  Boolean((previousDoc?.withholdByline as { withheld?: boolean } | undefined)?.withheld)

/** Which stories the write changes; if that cannot be worked out, all of them. */
const tagsOrAll = (affected: AffectedTags, args: Parameters<AffectedTags>[0]) =>
  affected(args).catch(() => undefined)

/** Drops the cached answers a change affects (only those: see affectedStories.ts), here and, through the listeners, elsewhere. */
export const invalidateDeliveryAfterChange =
  (
    affected: AffectedTags,
    affectsReaders: AffectsReaders = () => true,
  ): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (!affectsReaders(doc, previousDoc)) {
      return doc
    }
    const tags = await tagsOrAll(affected, { doc, previousDoc, req })
    invalidateDelivery(tags)
    invalidateOnceCommitted(req, tags)
    return doc
  }

export const invalidateDeliveryAfterDelete =
  (
    affected: AffectedTags,
    affectsReaders: AffectsReaders = () => true,
  ): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (!affectsReaders(doc, undefined)) {
      return doc
    }
    const tags = await tagsOrAll(affected, { doc, previousDoc: undefined, req })
    invalidateDelivery(tags)
    invalidateOnceCommitted(req, tags)
    return doc
  }

/** Before an article's save: the slug readers reach it by now, which the save may change. */
export const rememberArticleSlug =
  (settings: NewsroomSettings): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation === 'update') {
      await rememberPublishedSlug(settings, req, originalDoc?.id).catch(() => undefined)
    }
    return data
  }

/** The newsroom's record is in every served story (publisher, policies) and in the feeds: everything goes. */
export const invalidateDeliveryAfterGlobalChange: GlobalAfterChangeHook = ({ doc, req }) => {
  invalidateDelivery()
  invalidateOnceCommitted(req, undefined)
  return doc
}
