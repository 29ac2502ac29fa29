import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

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

/** Any change to an article, source, quote or comment may change a served story: drop the cached ones. */
export const invalidateDeliveryAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  invalidateDelivery()
  invalidateOnceCommitted(req)
  return doc
}

export const invalidateDeliveryAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateDelivery()
  invalidateOnceCommitted(req)
  return doc
}
