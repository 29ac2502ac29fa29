/**
 * Readers list at most this many articles, sources or quotes per page; `limit=0` is not unbounded
 * for them. What the system reads as a reader (a story's quotes, sources, pictures) is read a page
 * of this size at a time, so nothing past the cap is silently left out.
 */
export const READER_PAGE_CAP = 100
