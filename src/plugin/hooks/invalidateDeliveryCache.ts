import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { invalidateDelivery } from '../delivery/cache'

/** Longest a write's transaction is waited for before the second invalidation is given up. */
const MAX_TRANSACTION_MS = 60_000

/**
 * Hooks run before the write's transaction commits, and readers on other connections see the old
 * data until it does: a story rebuilt in between would be cached stale. So drop the cache again once
 * the transaction is over (Payload deletes `req.transactionID` when it commits or rolls back).
 */
const invalidateOnceCommitted = (req: PayloadRequest) => {
  if (!req.transactionID) return
  const deadline = Date.now() + MAX_TRANSACTION_MS
  const poll = () => {
    if (req.transactionID && Date.now() < deadline) setTimeout(poll, 5).unref?.()
    else invalidateDelivery()
  }
  setTimeout(poll, 0)
}

type Doc = Record<string, unknown> | undefined

/** Does this change show in a served story? By default any change does. */
type AffectsReaders = (doc: Doc, previousDoc: Doc) => boolean

/** Served stories carry approved comments only: a comment in the queue, rejected or spam changes none. */
export const commentAffectsReaders: AffectsReaders = (doc, previousDoc) => doc?.status === 'approved' || previousDoc?.status === 'approved'

/** A change to an article, source, quote or approved comment may change a served story: drop the cached ones. */
export const invalidateDeliveryAfterChange =
  (affectsReaders: AffectsReaders = () => true): CollectionAfterChangeHook =>
  ({ doc, previousDoc, req }) => {
    if (!affectsReaders(doc, previousDoc)) return doc
    invalidateDelivery()
    invalidateOnceCommitted(req)
    return doc
  }

export const invalidateDeliveryAfterDelete =
  (affectsReaders: AffectsReaders = () => true): CollectionAfterDeleteHook =>
  ({ doc, req }) => {
    if (!affectsReaders(doc, undefined)) return doc
    invalidateDelivery()
    invalidateOnceCommitted(req)
    return doc
  }

/** The newsroom's record is in every served story (publisher, policies) and in the feeds. */
export const invalidateDeliveryAfterGlobalChange: GlobalAfterChangeHook = ({ doc, req }) => {
  invalidateDelivery()
  invalidateOnceCommitted(req)
  return doc
}
