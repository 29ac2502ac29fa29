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
  /** What the answer is built from (see cacheTags): a write drops the entries carrying its tags. */
  tags: readonly string[]
  /** 410 for a retracted story (its notice is the body); 200 otherwise. */
  status?: 200 | 410
}

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

type DeliveryCache = LRUCache<string, DeliveryEntry>

const KEY = Symbol.for('newsroom.deliveryCache')
const INFLIGHT = Symbol.for('newsroom.deliveryInflight')
const GENERATIONS = Symbol.for('newsroom.deliveryGenerations')

/** A build in progress: what it answers with, and what it is built from (its tags). */
type Inflight = { promise: Promise<DeliveryEntry | null>; tags: readonly string[] }

/** Stories being built right now, so concurrent misses (after a write, say) share one build. */
export const inflightBuilds = (): Map<string, Inflight> => {
  const holder = globalThis as unknown as Record<symbol, Map<string, Inflight> | undefined>
  return (holder[INFLIGHT] ??= new Map())
}

/**
 * Which invalidation was last, in all and per tag: a build (or a page rendering) that started before
 * an invalidation of one of its tags must not be cached after it, but one of another story must be:
 * in a busy newsroom some story is saved every second, and the story everyone reads must still stay cached.
 */
type Generations = { current: number; everything: number; byTag: Map<string, number> }
const generations = (): Generations =>
  ((globalThis as unknown as Record<symbol, Generations | undefined>)[GENERATIONS] ??= { current: 0, everything: 0, byTag: new Map() })

/** Tags remembered at most: past this, older ones are forgotten and count as changed (never a stale entry kept). */
const MAX_REMEMBERED_TAGS = 10_000

/** The count of invalidations so far: note it when a build starts, and ask changedSince when it ends. */
export const deliveryGeneration = (): number => generations().current

/** Has anything carrying one of `tags` (or everything) been invalidated since `generation`? */
export const changedSince = (generation: number, tags: readonly string[]): boolean => {
  const { everything, byTag } = generations()
  return everything > generation || tags.some((tag) => (byTag.get(tag) ?? 0) > generation)
}

const recordInvalidation = (tags?: readonly string[]) => {
  const state = generations()
  state.current += 1
  if (!tags || state.byTag.size + tags.length > MAX_REMEMBERED_TAGS) {
    state.everything = state.current
    state.byTag.clear()
  }
  if (tags) for (const tag of tags) state.byTag.set(tag, state.current)
}

/** The cached story, or the one build in progress for it: never two builds of one story at once. */
export const singleFlight = (key: string, tags: readonly string[], build: () => Promise<DeliveryEntry | null>): Promise<DeliveryEntry | null> => {
  const inflight = inflightBuilds()
  const existing = inflight.get(key)
  if (existing) return existing.promise
  // An invalidation may have replaced this build with a newer one: remove only our own entry.
  const promise = build().finally(() => {
    if (inflight.get(key)?.promise === promise) inflight.delete(key)
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

/** `tags` undefined: everything changed (the newsroom's record, or a change nobody narrowed down). */
export type InvalidationListener = (tags?: readonly string[]) => void

const LISTENERS = Symbol.for('newsroom.deliveryInvalidationListeners')
const listeners = (): Set<InvalidationListener> => ((globalThis as unknown as Record<symbol, Set<InvalidationListener>>)[LISTENERS] ??= new Set())

/** Be told of every invalidation (the event streams re-check their stories; other instances and a CDN are told). Returns the unsubscribe. */
export const onDeliveryInvalidated = (listener: InvalidationListener) => {
  listeners().add(listener)
  return () => listeners().delete(listener)
}

/**
 * A write that changes what readers see drops the cached answers carrying one of `tags` (all of them
 * without tags) and forgets builds in progress, which may have read the data from before the write.
 */
export const invalidateDelivery = (tags?: readonly string[]): void => {
  recordInvalidation(tags)
  const cache = existingDeliveryCache()
  const inflight = inflightBuilds()
  if (!tags) {
    cache?.clear()
    inflight.clear()
  } else if (tags.length) {
    const changed = new Set(tags)
    const affected = (entryTags: readonly string[]) => entryTags.some((tag) => changed.has(tag))
    if (cache) for (const [key, entry] of cache.entries()) if (affected(entry.tags)) cache.delete(key)
    for (const [key, build] of inflight) if (affected(build.tags)) inflight.delete(key)
  }
  for (const listener of listeners()) listener(tags)
}

export const strongEtag = (bytes: Buffer): string => `"${crypto.createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`

const representation = (body: Buffer, contentType: string): Representation => ({ body, etag: strongEtag(body), contentType })

/** Is the story at this delivery path (as cached now) retracted? For a reader page built from it to answer 410 too. */
export const isGoneStory = (path: string): boolean => deliveryCache().get(path)?.status === 410

export const makeEntry = (document: unknown, jsonld: unknown, cacheControl: string, ninjs?: unknown, tags: readonly string[] = [], status: 200 | 410 = 200): DeliveryEntry => ({
  status,
  representations: {
    json: representation(Buffer.from(JSON.stringify(document)), 'application/json; charset=utf-8'),
    jsonld: representation(Buffer.from(JSON.stringify(jsonld)), 'application/ld+json; charset=utf-8'),
    ...(ninjs === undefined ? {} : { ninjs: representation(Buffer.from(JSON.stringify(ninjs)), 'application/ninjs+json; charset=utf-8') }),
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
  if (!cache || changedSince(renderedAtGeneration, tags)) return false
  cache.set(path, { representations: { page: representation(body, contentType) }, cacheControl, tags })
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
): { status: 200 | 304 | 410; headers: Record<string, string>; body?: Buffer } => {
  const { json, jsonld, ninjs, page } = entry.representations
  const wants = (format: string, type: RegExp) => request.format === format || (request.format == null && type.test(request.accept ?? ''))
  const chosen = (wants('ninjs', /application\/ninjs\+json/) && ninjs) || (wants('jsonld', /application\/ld\+json/) && jsonld) || json || page || jsonld!
  const headers: Record<string, string> = {
    ETag: chosen.etag,
    'Cache-Control': entry.cacheControl,
    Vary: 'Accept',
    'X-Cache': cacheStatus,
    'Content-Type': chosen.contentType,
    // For a CDN in front: purge by these (Fastly and Varnish read Surrogate-Key, Cloudflare Cache-Tag).
    ...(entry.tags.length ? { 'Surrogate-Key': entry.tags.join(' '), 'Cache-Tag': entry.tags.join(',') } : {}),
  }
  if (etagMatches(request.ifNoneMatch, chosen.etag)) return { status: 304, headers }
  return { status: entry.status ?? 200, headers: { ...headers, 'Content-Length': String(chosen.body.length) }, body: chosen.body }
}
