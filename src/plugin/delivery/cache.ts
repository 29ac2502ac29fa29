import { LRUCache } from 'lru-cache'

import { changedSince } from './invalidation/generations'
import { storyJson, strongEtag } from './invalidation/storyEtag'

/** One form of a cached answer: its bytes, their strong ETag and their type. */
export type Representation = { body: Buffer; etag: string; contentType: string }

/**
 * An answer serialized once: a story's JSON, JSON-LD and ninjs, or a page the site rendered (HTML,
 * a feed, a sitemap), each with its strong ETag. Cached under the path it answers.
 */
export type DeliveryEntry = {
  representations: Partial<Record<'json' | 'jsonld' | 'ninjs' | 'page', Representation>>
  cacheControl: string
  /** What the answer is built from (see invalidation/tags.ts, cacheTags): a write drops the entries carrying its tags. */
  tags: readonly string[]
  /** 410 for a retracted story (its notice is the body); 200 otherwise. */
  status?: 200 | 410
}

type DeliveryCache = LRUCache<string, DeliveryEntry>

const KEY = Symbol.for('newsroom.deliveryCache')
const INFLIGHT = Symbol.for('newsroom.deliveryInflight')

/** A build in progress: what it answers with, and what it is built from (its tags). */
type Inflight = { promise: Promise<DeliveryEntry | null>; tags: readonly string[] }

/** Stories being built right now, so concurrent misses (after a write, say) share one build. */
export const inflightBuilds = (): Map<string, Inflight> => {
  const holder = globalThis as unknown as Record<symbol, Map<string, Inflight> | undefined>
  return (holder[INFLIGHT] ??= new Map())
}

/** The cached story, or the one build in progress for it: never two builds of one story at once. */
export const singleFlight = (
  key: string,
  tags: readonly string[],
  build: () => Promise<DeliveryEntry | null>,
): Promise<DeliveryEntry | null> => {
  const inflight = inflightBuilds()
  const existing = inflight.get(key)
  if (existing) {
    return existing.promise
  }
  // An invalidation may have replaced this build with a newer one: remove only our own entry.
  const promise = build().finally(() => {
    if (inflight.get(key)?.promise === promise) {
      inflight.delete(key)
    }
  })
  inflight.set(key, { promise, tags })
  return promise
}

/**
 * One cache per process, on globalThis: the express server (which answers cache hits without
 * entering Next) and Payload's hooks and endpoint inside Next's bundle are separate module graphs
 * in the same process, and must share it.
 */
export const deliveryCache = (ttlSeconds = 5): DeliveryCache => {
  const holder = globalThis as unknown as Record<symbol, DeliveryCache | undefined>
  holder[KEY] ??= new LRUCache<string, DeliveryEntry>({ max: 1000, ttl: ttlSeconds * 1000 })
  return holder[KEY]
}

/** The cache if the plugin made one: the express fast path only reads, never decides the TTL. */
export const existingDeliveryCache = (): DeliveryCache | undefined =>
  (globalThis as unknown as Record<symbol, DeliveryCache | undefined>)[KEY]

const representation = (body: Buffer, contentType: string): Representation => ({
  body,
  etag: strongEtag(body),
  contentType,
})

/** Is the story at this delivery path (as cached now) retracted? For a reader page built from it to answer 410 too. */
export const isGoneStory = (path: string): boolean => deliveryCache().get(path)?.status === 410

export const makeEntry = (
  document: unknown,
  jsonld: unknown,
  cacheControl: string,
  ninjs?: unknown,
  tags: readonly string[] = [],
  status: 200 | 410 = 200,
): DeliveryEntry => ({
  status,
  representations: {
    // Its ETag is storyEtag(document): the same bytes under the same hash.
    json: representation(storyJson(document), 'application/json; charset=utf-8'),
    jsonld: representation(
      Buffer.from(JSON.stringify(jsonld)),
      'application/ld+json; charset=utf-8',
    ),
    ...(ninjs === undefined
      ? {}
      : {
          ninjs: representation(
            Buffer.from(JSON.stringify(ninjs)),
            'application/ninjs+json; charset=utf-8',
          ),
        }),
  },
  cacheControl,
  tags,
})

/** Any other public JSON answer kept like a story (a story's editions): its bytes, under the tags of what it shows. */
export const makeJsonEntry = (
  body: unknown,
  cacheControl: string,
  tags: readonly string[],
): DeliveryEntry => ({
  representations: {
    json: representation(Buffer.from(JSON.stringify(body)), 'application/json; charset=utf-8'),
  },
  cacheControl,
  tags,
})

/**
 * A page rendered for readers (a story page, the front page, a feed or sitemap), kept under its
 * path like the stories it shows and emptied by the same writes; not kept if a write to what it
 * shows (its tags) landed while it was rendered.
 */
export const cacheRenderedPage = (
  path: string,
  body: Buffer,
  cacheControl: string,
  renderedAtGeneration: number,
  contentType = 'text/html; charset=utf-8',
  tags: readonly string[] = [],
): boolean => {
  const cache = existingDeliveryCache()
  if (!cache || changedSince(renderedAtGeneration, tags)) {
    return false
  }
  cache.set(path, {
    representations: { page: representation(body, contentType) },
    cacheControl,
    tags,
  })
  return true
}

const etagMatches = (header: null | string | undefined, etag: string) =>
  Boolean(header) &&
  (header!.trim() === '*' ||
    header!.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag))

/**
 * The HTTP answer for an entry: JSON-LD for `?format=jsonld` or an `application/ld+json` Accept,
 * ninjs for `?format=ninjs` or `application/ninjs+json`, JSON otherwise (a page as it was kept);
 * 304 when If-None-Match already has it. Shared by the fast path and the Payload endpoint.
 */
export const deliver = (
  entry: DeliveryEntry,
  request: { format?: null | string; accept?: null | string; ifNoneMatch?: null | string },
  /** HIT: answered from the cache in front of the framework; MISS: built (or read) by Payload's endpoint. */
  cacheStatus: 'HIT' | 'MISS' = 'MISS',
): { status: 200 | 304 | 410; headers: Record<string, string>; body?: Buffer } => {
  const { json, jsonld, ninjs, page } = entry.representations
  const wants = (format: string, type: RegExp) =>
    request.format === format || (request.format == null && type.test(request.accept ?? ''))
  const chosen =
    (wants('ninjs', /application\/ninjs\+json/) && ninjs) ||
    (wants('jsonld', /application\/ld\+json/) && jsonld) ||
    json ||
    page ||
    jsonld!
  const headers: Record<string, string> = {
    ETag: chosen.etag,
    'Cache-Control': entry.cacheControl,
    Vary: 'Accept',
    'X-Cache': cacheStatus,
    'Content-Type': chosen.contentType,
    // For a CDN in front: purge by these (Fastly and Varnish read Surrogate-Key, Cloudflare Cache-Tag).
    ...(entry.tags.length
      ? { 'Surrogate-Key': entry.tags.join(' '), 'Cache-Tag': entry.tags.join(',') }
      : {}),
  }
  if (etagMatches(request.ifNoneMatch, chosen.etag)) {
    return { status: 304, headers }
  }
  return {
    status: entry.status ?? 200,
    headers: { ...headers, 'Content-Length': String(chosen.body.length) },
    body: chosen.body,
  }
}
