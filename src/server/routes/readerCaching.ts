/**
 * How long shared caches (a CDN, Varnish) keep what readers get, set once: the story's JSON (passed
 * to the plugin as its `delivery` options) and the reader site's pages, feeds and sitemaps (which the
 * server's page cache and the reader routes answer with PAGE_CACHE_CONTROL) alike.
 */
export const READER_CACHING = { sMaxAge: 60, staleWhileRevalidate: 300 } as const

/** Like the story's JSON: revalidated on every use, kept by shared caches for a minute. */
export const PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${READER_CACHING.sMaxAge}, stale-while-revalidate=${READER_CACHING.staleWhileRevalidate}`
