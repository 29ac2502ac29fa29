/**
 * Search's answers, one way for the endpoint inside Payload and for a server in front of it (the
 * fast path, without entering Next or Payload: their routing costs more than the search itself).
 * Both share one process-wide cache on globalThis (the express server and Payload's endpoint inside
 * Next's bundle are separate module graphs in one process), kept until a story changes (the
 * `stories` cache tag). The search itself is registered by Payload's onInit (registerSearch).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { LRUCache } from 'lru-cache'

import type { DeliverySearchResults as SearchResults } from '../delivery/types'
import type { SearchParams } from './searchWords'

import { changedSince, deliveryGeneration } from '../delivery/invalidation/generations'
import { cacheTags } from '../delivery/invalidation/tags'
import { searchParamsOf } from './searchParams'

export type Search = {
  run: (params: SearchParams) => Promise<SearchResults>
  pageSize: number
  /** Where the endpoint is: `${routes.api}/search`. */
  path: string
}
type Kept = { generation: number; body: Buffer }
type Holder = Record<symbol, unknown>

const SEARCH = Symbol.for('newsroom.search')
const ANSWERS = Symbol.for('newsroom.searchAnswers')

const answers = (): LRUCache<string, Kept> =>
  ((globalThis as unknown as Holder)[ANSWERS] ??= new LRUCache<string, Kept>({
    max: 2000,
    ttl: 10 * 60_000,
  })) as LRUCache<string, Kept>

/** Payload's onInit (assembly/search.ts): the search a server in front of Payload runs. */
export const registerSearch = (search: Search) => {
  ;(globalThis as unknown as Holder)[SEARCH] = search
}

const registered = () => (globalThis as unknown as Holder)[SEARCH] as Search | undefined

export type SearchAnswer = { status: 200 | 400; body: Buffer; headers: Record<string, string> }

const JSON_TYPE = 'application/json; charset=utf-8'

/** The answer to a search's query parameters (as `qs` parses them: repeated → array, `a[b]` → object). */
export const answerSearch = async (
  query: Record<string, unknown>,
  run: (params: SearchParams) => Promise<SearchResults>,
  pageSize: number,
): Promise<SearchAnswer> => {
  const params = searchParamsOf(query, pageSize)
  if ('field' in params) {
    return {
      status: 400,
      body: Buffer.from(
        JSON.stringify({
          errors: [
            {
              message: params.message,
              data: { errors: [{ path: params.field, message: params.message }] },
            },
          ],
        }),
      ),
      headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' },
    }
  }
  const key = JSON.stringify(params)
  const kept = answers().get(key)
  let body: Buffer
  const hit = Boolean(kept && !changedSince(kept.generation, [cacheTags.lists]))
  if (hit) {
    body = kept!.body
  } else {
    const generation = deliveryGeneration()
    body = Buffer.from(JSON.stringify(await run(params)))
    // Not kept if a story changed while it ran: the next search runs again.
    if (!changedSince(generation, [cacheTags.lists])) {
      answers().set(key, { generation, body })
    }
  }
  return {
    status: 200,
    body,
    headers: {
      'Content-Type': JSON_TYPE,
      'Cache-Control': 'public, max-age=30',
      'Surrogate-Key': cacheTags.lists,
      'Cache-Tag': cacheTags.lists,
      'X-Cache': hit ? 'HIT' : 'MISS',
    },
  }
}

/** A URL's query as `qs` reads it for the parameters search takes: repeated → array, `q[x]` → object. */
const queryOf = (search: string): Record<string, unknown> => {
  const query: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(search)) {
    const bracket = key.indexOf('[')
    const name = bracket > 0 ? key.slice(0, bracket) : key
    const before = query[name]
    query[name] =
      bracket > 0 ? { nested: value } : before === undefined ? value : [before, value].flat()
  }
  return query
}

/**
 * For a server in front of Payload: answers `GET /api/search` itself once Payload has started
 * (registered its search), else returns false for the normal stack. `headers`: what every answer
 * carries (security headers, CORS), as a flat `[name, value, …]` list.
 */
export const serveSearch = (
  req: IncomingMessage,
  res: ServerResponse,
  options: { headers?: readonly string[] } = {},
): false | Promise<boolean> => {
  const search = registered()
  if (!search || (req.method !== 'GET' && req.method !== 'HEAD') || !req.url) {
    return false
  }
  const queryAt = req.url.indexOf('?')
  if ((queryAt === -1 ? req.url : req.url.slice(0, queryAt)) !== search.path) {
    return false
  }
  return answerSearch(
    queryOf(queryAt === -1 ? '' : req.url.slice(queryAt + 1)),
    search.run,
    search.pageSize,
  ).then(
    (answer) => {
      // Set one by one: kept beside what the server set before (security headers, CORS).
      const extra = options.headers ?? []
      for (let at = 0; at + 1 < extra.length; at += 2) {
        res.setHeader(extra[at], extra[at + 1])
      }
      for (const [name, value] of Object.entries(answer.headers)) {
        res.setHeader(name, value)
      }
      res.setHeader('Content-Length', String(answer.body.length))
      res.writeHead(answer.status)
      res.end(req.method === 'HEAD' ? undefined : answer.body)
      return true
    },
    // A search that failed (the database away): the normal stack answers it, and logs why.
    () => false,
  )
}
