/**
 * For a host with its own Node server in front of Payload (express, plain http): answer cached
 * stories before the framework. `if (serveCachedStory(req, res) === true) return`; a promise means
 * a build is under way (await it: true when it answered).
 */
export { serveCachedStory } from '../delivery/fastPath'
export { cacheRenderedPage, deliveryGeneration } from '../delivery/cache'
