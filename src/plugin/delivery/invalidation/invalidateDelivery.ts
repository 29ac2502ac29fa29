import { existingDeliveryCache, inflightBuilds } from '../cache'
import { recordInvalidation } from './generations'

/** `tags` undefined: everything changed (the newsroom's record, or a change nobody narrowed down). */
export type InvalidationListener = (tags?: readonly string[]) => void

const LISTENERS = Symbol.for('newsroom.deliveryInvalidationListeners')
const listeners = (): Set<InvalidationListener> =>
  ((globalThis as unknown as Record<symbol, Set<InvalidationListener>>)[LISTENERS] ??= new Set())

/** Be told of every invalidation (the event streams re-check their stories; other instances and a CDN are told). Returns the unsubscribe. */
export const onDeliveryInvalidated = (listener: InvalidationListener) => {
  listeners().add(listener)
  return () => listeners().delete(listener)
}

/**
 * A write that changes what readers see drops the cached answers carrying one of `tags` (all of them
 * without tags) and forgets builds in progress, which may have read the data from before the write.
 */
export const invalidateDelivery = (tags?: readonly string[]): void => {
  recordInvalidation(tags)
  const cache = existingDeliveryCache()
  const inflight = inflightBuilds()
  if (!tags) {
    cache?.clear()
    inflight.clear()
  } else if (tags.length) {
    const changed = new Set(tags)
    const affected = (entryTags: readonly string[]) => entryTags.some((tag) => changed.has(tag))
    if (cache) {
      for (const [key, entry] of cache.entries()) {
        if (affected(entry.tags)) {
          cache.delete(key)
        }
      }
    }
    for (const [key, build] of inflight) {
      if (affected(build.tags)) {
        inflight.delete(key)
      }
    }
  }
  for (const listener of listeners()) {
    listener(tags)
  }
}
