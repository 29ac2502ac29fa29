/**
 * Server-Sent Events for a published story: `GET …/slug/:slug/events`. Readers (and frontends) hold a
 * stream per story; whenever what readers see of the story changes, every stream gets an `event:
 * story` within a moment of the commit, with the new ETag, `dateModified`, the new log entry if any
 * and the approved comment count. The facts come from the public story document itself, so a draft
 * or an editor's bookkeeping, which changes nothing readers see, sends nothing.
 *
 * Cheap per stream: no timer or database poll per client (one heartbeat timer writes to all), the
 * streams of a story share one rebuild of the story per change, and a client that cannot keep up
 * (its socket buffer full) is dropped, to resume with `Last-Event-ID`.
 *
 * This module is the streams' entry; their parts are in storyEvents/: the hub (hub.ts), writing to
 * listeners (fanOut.ts), re-reading stories after a change (recheck.ts), opening a stream (subscribe.ts).
 */
import type { StoryRef } from './storyEvents/subscribe'

import { isStorySlug } from '../fields/slugFormat'
import { onDeliveryInvalidated } from './invalidation/invalidateDelivery'
import { hub, type StoryFetcher } from './storyEvents/hub'
import { scheduleRecheck } from './storyEvents/recheck'

export type { EventClient, StoryFetcher } from './storyEvents/hub'
export { stateOf as storyStateOf } from './storyEvents/recheck'
export {
  type StoryRef,
  subscribe,
  type SubscribeResult,
  unsubscribe,
} from './storyEvents/subscribe'

export const EVENTS_SUFFIX = '/events'

/**
 * The hub learns how to read a story (once per process) and starts listening for changes.
 * `refreshMs`: how often open stories are re-read anyway (the delivery cache's TTL is a good value).
 */
export const useStoryFetcher = (
  fetcher: StoryFetcher,
  { refreshMs = 5000, resumeMs = 60_000 }: { refreshMs?: number; resumeMs?: number } = {},
) => {
  const state = hub()
  if (!state.fetcher) {
    state.refreshMs = refreshMs
    state.resumeMs = resumeMs
  }
  state.fetcher ??= fetcher
  state.unsubscribe ??= onDeliveryInvalidated(scheduleRecheck)
}

/** Open streams in this process, for the benchmark and operators. */
export const openStreams = () =>
  [...hub().channels.values()].reduce((sum, channel) => sum + channel.clients.size, 0)

/** Stories with a channel in this process: those listened to, and for `resumeMs` those just left. */
export const openChannels = () => hub().channels.size

/**
 * The story an events path (`<storiesPath>/slug/<slug>/events`, as the client sent it, not decoded)
 * listens to, or undefined for any other path, and for a slug no story can have.
 */
export const storyOfEventsPath = (rawPath: string, storiesPath: string): StoryRef | undefined => {
  const prefix = `${storiesPath}/slug/`
  if (!rawPath.startsWith(prefix) || !rawPath.endsWith(EVENTS_SUFFIX)) {
    return undefined
  }
  const slug = rawPath.slice(prefix.length, -EVENTS_SUFFIX.length)
  return isStorySlug(slug) ? { slug, path: `${storiesPath}/slug/${slug}` } : undefined
}
