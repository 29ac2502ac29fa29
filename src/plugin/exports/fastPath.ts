export { cacheRenderedPage, isGoneStory } from '../delivery/cache'
export { openStreams } from '../delivery/events'
export type { StoryFetcher } from '../delivery/events'
/**
 * For a host with its own Node server in front of Payload (express, plain http): answer cached
 * stories before the framework. `if (serveCachedStory(req, res) === true) return`; a promise means
 * a build is under way (await it: true when it answered).
 */
export { serveCachedStory, serveStoryEvents } from '../delivery/fastPath'
export { deliveryGeneration } from '../delivery/invalidation/generations'
export {
  invalidateDelivery,
  onDeliveryInvalidated,
} from '../delivery/invalidation/invalidateDelivery'
export type { InvalidationListener } from '../delivery/invalidation/invalidateDelivery'
export { cacheTags } from '../delivery/invalidation/tags'
/** Around the rest of a request's handling: the origin it was sent to, so the login cookie works from the site's own pages. */
export { withRequestOrigin } from '../guards/sameOrigin'
/** `GET /api/search` answered before the framework, once Payload has started: `await serveSearch(req, res)` (false: not a search, or not yet). */
export { serveSearch } from '../search/searchAnswers'
