/**
 * Feeds, sitemaps and the newsroom's record for a frontend or server that serves them:
 * `import { atomFeed, storyUpdatesFeed, sitemapXml, newsSitemapXml, robotsTxt, toNewsroomFacts } from 'newsroom-payload/syndication'`.
 * Pure functions over the public story documents and the `newsroom` global as REST returns them.
 */
export { atomFeed, storyEntryHtml, storyUpdatesFeed } from '../syndication/feeds'
export { absoluteUrl, toNewsroomFacts } from '../syndication/newsroomFacts'
export type { NewsroomDoc, NewsroomFacts, NewsroomPolicy } from '../syndication/newsroomFacts'
export { NINJS_SCHEMA, toNinjs } from '../syndication/ninjs'
export {
  NEWS_SITEMAP_DAYS,
  NEWS_SITEMAP_LIMIT,
  newsSitemapXml,
  robotsTxt,
  sitemapXml,
} from '../syndication/sitemaps'
export { POLICIES, type PolicyKey } from '../vocabulary'
