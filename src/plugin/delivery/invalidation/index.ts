/**
 * Delivery's cache invalidation: which writes drop which cached answers, and when.
 *
 * What is cached (delivery/cache.ts): each story's JSON, JSON-LD and ninjs, and pages a host renders,
 * each under cache tags (tags.ts): `story:<slug>` for one story, `stories` for what lists them (front
 * page, feed, sitemaps), `newsroom` for what shows the newsroom's record.
 *
 * Which writes (affectedStories.ts), wired in collectionHooks.ts and globals/Newsroom:
 * - an article: its story under every slug it had or has (rememberArticleSlug reads the published
 *   slug before the save), and the lists;
 * - a quote or a source: the published stories citing it, and the lists;
 * - a comment: its story only, and only when it is or was approved (commentAffectsReaders);
 * - a picture: the published stories showing it, only when it is withdrawn or put back (stories are
 *   editions: nothing else about a picture changes what they serve);
 * - the newsroom global: everything.
 * Past 200 stories, or when they cannot be worked out, everything.
 *
 * When (hooks.ts): in the write's afterChange/afterDelete hook, and again once its transaction has
 * committed (readers on other connections saw the old data until then).
 *
 * How (invalidateDelivery.ts, generations.ts): the entries and builds in progress carrying a tag are
 * dropped; a build that started before an invalidation of its tags is answered but not kept
 * (deliveryGeneration / changedSince); listeners (onDeliveryInvalidated) are told: the event streams
 * re-check their stories, and the app passes it on to other instances and a CDN.
 *
 * A story's ETag (storyEtag.ts): one storyEtag(), which the delivery endpoint's cached JSON, the event
 * stream and webhooks all carry.
 */
export {
  type AffectedTags,
  articleTags,
  authorTags,
  commentTags,
  mediaTags,
  quoteTags,
  rememberPublishedSlug,
  sourceTags,
} from './affectedStories'
export { changedSince, deliveryGeneration } from './generations'
export {
  commentAffectsReaders,
  invalidateDeliveryAfterChange,
  invalidateDeliveryAfterDelete,
  invalidateDeliveryAfterGlobalChange,
  rememberArticleSlug,
  withdrawalAffectsReaders,
  withholdingAffectsReaders,
} from './hooks'
export {
  invalidateDelivery,
  type InvalidationListener,
  onDeliveryInvalidated,
} from './invalidateDelivery'
export { storyEtag, storyJson, strongEtag } from './storyEtag'
export { cacheTags } from './tags'
