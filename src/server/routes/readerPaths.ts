/**
 * Where this app's reader site puts things, shared by the Payload config (webhooks, JSON-LD, ninjs,
 * policy links) and the reader site's own pages, feeds and sitemaps.
 */
export const READER_PATHS = {
  story: (slug: string) => `/stories/${encodeURIComponent(slug)}`,
  preview: (slug: string, id: number | string) =>
    `/stories/${encodeURIComponent(slug)}?preview=${id}`,
  editions: (slug: string) => `/stories/${encodeURIComponent(slug)}/editions`,
  edition: (slug: string, number: number) =>
    `/stories/${encodeURIComponent(slug)}/editions/${number}`,
  policy: (policy: string) => `/policies/${policy}`,
  storyFeed: (slug: string) => `/stories/${encodeURIComponent(slug)}/feed.xml`,
  author: (slug: string) => `/authors/${encodeURIComponent(slug)}`,
  authorFeed: (slug: string) => `/authors/${encodeURIComponent(slug)}/feed.xml`,
  search: '/search',
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
  newsSitemap: '/news-sitemap.xml',
} as const
