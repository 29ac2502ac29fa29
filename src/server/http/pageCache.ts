import type { IncomingMessage, ServerResponse } from 'node:http'

import {
  cacheRenderedPage,
  cacheTags,
  deliveryGeneration,
  isGoneStory,
} from 'newsroom-payload/fast-path'

import { PAGE_CACHE_CONTROL } from '../routes/readerCaching'

/** The reader site's pages that are the same for every reader: the front page, a story, its editions and its feed, a policy, the feed, sitemaps, robots.txt. */
const CACHEABLE =
  /^\/(?:stories\/[^/?]+(?:\/editions(?:\/\d+)?|\/feed\.xml)?|policies\/[^/?]+|feed\.xml|sitemap\.xml|news-sitemap\.xml|robots\.txt)?$/

/** What such a page may be: what the site renders for readers, nothing else. */
const CACHEABLE_TYPES = /^(?:text\/html|application\/atom\+xml|application\/xml|text\/plain)\b/

/** What a page is built from: a story page (and its editions' pages, and its feed) from its story; the front page, feed and sitemaps from the list of stories; the rest from the newsroom's record. */
export const tagsOfPage = (path: string): string[] => {
  const story = /^\/stories\/([^/?]+)(?:\/editions(?:\/\d+)?|\/feed\.xml)?$/.exec(path)
  if (story) {
    return [cacheTags.story(story[1])]
  }
  if (/^\/(?:feed\.xml|sitemap\.xml|news-sitemap\.xml)?$/.test(path)) {
    return [cacheTags.lists]
  }
  return [cacheTags.newsroom]
}

/**
 * Keeps a reader page (or feed, or sitemap) as Next rendered it, so the next reader gets it from memory (the fast path
 * answers it, with a strong ETag and 304s) until a write empties the cache. Only anonymous GETs of
 * the pages above, without a query, answered 200 with HTML and no cookie; never a preview or a draft.
 */
export const keepRenderedPage = (req: IncomingMessage, res: ServerResponse) => {
  if (
    req.method !== 'GET' ||
    !req.url ||
    !CACHEABLE.test(req.url) ||
    /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')
  ) {
    return
  }
  let path: string
  try {
    path = decodeURIComponent(req.url)
  } catch {
    // A malformed escape (`/stories/%ZZ`) is no page to keep: express answers it 400. Thrown here, it
    // left the request unanswered.
    return
  }
  // The bytes kept must be the page itself, not one client's compressed copy of it.
  delete req.headers['accept-encoding']
  // A CDN in front may keep this first rendering too: it says what it is built from, as the cached copies will.
  const tags = tagsOfPage(path)
  res.setHeader('Surrogate-Key', tags.join(' '))
  res.setHeader('Cache-Tag', tags.join(','))
  const generation = deliveryGeneration()
  const chunks: Buffer[] = []
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(
              chunk as string,
              typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
            ),
      )
    }
  }
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0])
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
  }) as typeof res.write
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0])
    const type = String(res.getHeader('content-type') ?? '')
    if (
      res.statusCode === 200 &&
      CACHEABLE_TYPES.test(type) &&
      !res.getHeader('set-cookie') &&
      !res.getHeader('content-encoding')
    ) {
      cacheRenderedPage(path, Buffer.concat(chunks), PAGE_CACHE_CONTROL, generation, type, tags)
    }
    return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest)
  }) as typeof res.end
}

/**
 * A retracted story's page answers 410 Gone, as its JSON does: Next renders the notice (from the
 * delivery document, which it has just fetched into this process's cache) with a 200, and this
 * turns that into a 410 before the first byte goes out. Such a page is then not kept by keepRenderedPage.
 */
export const answerRetractedStoryPagesGone = (req: IncomingMessage, res: ServerResponse) => {
  const story =
    req.method === 'GET' || req.method === 'HEAD'
      ? /^\/stories\/([^/?]+)(?:\?|$)/.exec(req.url ?? '')
      : null
  if (!story) {
    return
  }
  let slug: string
  try {
    slug = decodeURIComponent(story[1])
  } catch {
    return
  }
  const deliveryPath = `/api/articles/slug/${slug}`
  const gone = () => !res.headersSent && res.statusCode === 200 && isGoneStory(deliveryPath)
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = (status: number, ...rest: unknown[]) =>
    writeHead(status === 200 && isGoneStory(deliveryPath) ? 410 : status, ...rest)
  for (const method of ['write', 'end'] as const) {
    const original = res[method].bind(res) as (...args: unknown[]) => unknown
    res[method] = ((...args: unknown[]) => {
      if (gone()) {
        res.statusCode = 410
      }
      return original(...args)
    }) as never
  }
}
