import crypto from 'node:crypto'

import { LRUCache } from 'lru-cache'

/** One form of a cached answer: its bytes, their strong ETag and their type. */
export type Representation = { body: Buffer; etag: string; contentType: string }

/**
 * An answer serialized once: a story's JSON, JSON-LD and ninjs, or a page the site rendered (HTML,
 * a feed, a sitemap), each with its strong ETag. Cached under the path it answers.
 */
export type DeliveryEntry = {
  representations: Partial<Record<'json' | 'jsonld' | 'ninjs' | 'page', Representation>>
  cacheControl: string
}

type DeliveryCache = LRUCache<string, DeliveryEntry>

const KEY = Symbol.for('newsroom.deliveryCache')
const INFLIGHT = Symbol.for('newsroom.deliveryInflight')
type Holder = Record<symbol, DeliveryCache | Map<string, Promise<DeliveryEntry | null>> | undefined>

/** Stories being built right now, so concurrent misses (after a write, say) share one build. */
export const inflightBuilds = (): Map<string, Promise<DeliveryEntry | null>> => {
  const holder = globalThis as unknown as Holder
  holder[INFLIGHT] ??= new Map()
  return holder[INFLIGHT] as Map<string, Promise<DeliveryEntry | null>>
}

const GENERATION = Symbol.for('newsroom.deliveryGeneration')

/** Bumped by every invalidation: a build that started before one must not be cached after it. */
export const deliveryGeneration = (): number => ((globalThis as unknown as Record<symbol, number | undefined>)[GENERATION] ??= 0)

/** The cached story, or the one build in progress for it: never two builds of one story at once. */
export const singleFlight = (slug: string, build: () => Promise<DeliveryEntry | null>): Promise<DeliveryEntry | null> => {
  const inflight = inflightBuilds()
  const existing = inflight.get(slug)
  if (existing) return existing
  // An invalidation may have replaced this build with a newer one: remove only our own entry.
  const pending = build().finally(() => {
    if (inflight.get(slug) === pending) inflight.delete(slug)
  })
  inflight.set(slug, pending)
  return pending
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

const LISTENERS = Symbol.for('newsroom.deliveryInvalidationListeners')
const listeners = (): Set<() => void> => ((globalThis as unknown as Record<symbol, Set<() => void>>)[LISTENERS] ??= new Set())

/** Be told of every invalidation (the event streams re-check their stories). Returns the unsubscribe. */
export const onDeliveryInvalidated = (listener: () => void) => {
  listeners().add(listener)
  return () => listeners().delete(listener)
}

/**
 * Any write that could change a story empties the cache (it holds one entry per story and refills on
 * demand) and forgets builds in progress, which may have read the data from before the write.
 */
export const invalidateDelivery = (): void => {
  ;(globalThis as unknown as Record<symbol, number>)[GENERATION] = deliveryGeneration() + 1
  existingDeliveryCache()?.clear()
  inflightBuilds().clear()
  for (const listener of listeners()) listener()
}

export const strongEtag = (bytes: Buffer): string => `"${crypto.createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`

const representation = (body: Buffer, contentType: string): Representation => ({ body, etag: strongEtag(body), contentType })

export const makeEntry = (document: unknown, jsonld: unknown, cacheControl: string, ninjs?: unknown): DeliveryEntry => ({
  representations: {
    json: representation(Buffer.from(JSON.stringify(document)), 'application/json; charset=utf-8'),
    jsonld: representation(Buffer.from(JSON.stringify(jsonld)), 'application/ld+json; charset=utf-8'),
    ...(ninjs === undefined ? {} : { ninjs: representation(Buffer.from(JSON.stringify(ninjs)), 'application/ninjs+json; charset=utf-8') }),
  },
  cacheControl,
})

/**
 * A page rendered for readers (a story page, the front page, a feed or sitemap), kept under its
 * path like the stories it shows and emptied by the same writes; not kept if a write landed while
 * it was rendered.
 */
export const cacheRenderedPage = (path: string, body: Buffer, cacheControl: string, renderedAtGeneration: number, contentType = 'text/html; charset=utf-8'): boolean => {
  const cache = existingDeliveryCache()
  if (!cache || deliveryGeneration() !== renderedAtGeneration) return false
  cache.set(path, { representations: { page: representation(body, contentType) }, cacheControl })
  return true
}

const etagMatches = (header: string | null | undefined, etag: string) =>
  Boolean(header) && (header!.trim() === '*' || header!.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag))

/**
 * The HTTP answer for an entry: JSON-LD for `?format=jsonld` or an `application/ld+json` Accept,
 * ninjs for `?format=ninjs` or `application/ninjs+json`, JSON otherwise (a page as it was kept);
 * 304 when If-None-Match already has it. Shared by the fast path and the Payload endpoint.
 */
export const deliver = (
  entry: DeliveryEntry,
  request: { format?: string | null; accept?: string | null; ifNoneMatch?: string | null },
  /** HIT: answered from the cache in front of the framework; MISS: built (or read) by Payload's endpoint. */
  cacheStatus: 'HIT' | 'MISS' = 'MISS',
): { status: 200 | 304; headers: Record<string, string>; body?: Buffer } => {
  const { json, jsonld, ninjs, page } = entry.representations
  const wants = (format: string, type: RegExp) => request.format === format || (request.format == null && type.test(request.accept ?? ''))
  const chosen = (wants('ninjs', /application\/ninjs\+json/) && ninjs) || (wants('jsonld', /application\/ld\+json/) && jsonld) || json || page || jsonld!
  const headers: Record<string, string> = {
    ETag: chosen.etag,
    'Cache-Control': entry.cacheControl,
    Vary: 'Accept',
    'X-Cache': cacheStatus,
    'Content-Type': chosen.contentType,
  }
  if (etagMatches(request.ifNoneMatch, chosen.etag)) return { status: 304, headers }
  return { status: 200, headers: { ...headers, 'Content-Length': String(chosen.body.length) }, body: chosen.body }
}
