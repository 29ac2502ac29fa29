/**
 * Cache tags (surrogate keys): what a cached answer is built from, so that a write drops only what
 * it changed, here and in a CDN (the `Surrogate-Key` and `Cache-Tag` headers carry them).
 */
export const cacheTags = {
  /** One story, by the slug readers reach it by: its JSON, JSON-LD, ninjs, page and event stream. */
  story: (slug: string) => `story:${encodeURIComponent(slug)}`,
  /** Everything that lists stories: the front page, the feed, the sitemaps. */
  lists: 'stories',
  /** Everything that shows the newsroom's record: policy pages, robots.txt. */
  newsroom: 'newsroom',
} as const
