import type { IncomingMessage, ServerResponse } from 'node:http'

import { deliver, existingDeliveryCache, inflightBuilds, type DeliveryEntry } from './cache'

const PREFIX = '/api/articles/slug/'

/**
 * The story's hot path, ahead of express's router: a cached story (or one being built right now) is
 * answered straight from memory, without entering express, Next or Payload. Returns false when the
 * request is not a cached story read, for the normal stack to handle (and fill the cache).
 */
export const serveCachedStory = (req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean> => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith(PREFIX)) return false
  const queryAt = req.url.indexOf('?')
  const rawSlug = req.url.slice(PREFIX.length, queryAt === -1 ? undefined : queryAt)
  if (!rawSlug || rawSlug.includes('/')) return false
  let slug: string
  try {
    slug = decodeURIComponent(rawSlug)
  } catch {
    return false
  }
  const respond = (entry: DeliveryEntry) => {
    const format = queryAt === -1 ? null : new URLSearchParams(req.url!.slice(queryAt + 1)).get('format')
    const answer = deliver(entry, { format, accept: req.headers.accept, ifNoneMatch: req.headers['if-none-match'] }, 'HIT')
    res.writeHead(answer.status, answer.headers)
    res.end(req.method === 'HEAD' ? undefined : answer.body)
    return true
  }
  // Synchronous on a hit: no promise, no tick, on the path that carries almost all the traffic.
  const entry = existingDeliveryCache()?.get(slug)
  if (entry) return respond(entry)
  const building = inflightBuilds().get(slug)
  return building ? building.then((built) => (built ? respond(built) : false)) : false
}
