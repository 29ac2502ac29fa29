import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateDelivery } from '../delivery/cache'

/** Any change to an article, source, quote or comment may change a served story: drop the cached ones. */
export const invalidateDeliveryAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  invalidateDelivery()
  return doc
}

export const invalidateDeliveryAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  invalidateDelivery()
  return doc
}
