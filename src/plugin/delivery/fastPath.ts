import type { IncomingMessage, ServerResponse } from 'node:http'

import { deliver, existingDeliveryCache, inflightBuilds, type DeliveryEntry } from './cache'

/**
 * The story's hot path, for a server in front of Payload (this app's express server; any host's own):
 * a cached story (or one being built right now) is answered straight from memory, without entering
 * the framework, Next or Payload. Stories are cached under the path they were asked for
 * (`/api/<articles slug>/slug/<slug>`, whatever the host named the collection), so this needs no
 * configuration. Returns false when the request is not a cached story read, for the normal stack to
 * handle (and fill the cache).
 */
export const serveCachedStory = (req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean> => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return false
  const cache = existingDeliveryCache()
  if (!cache) return false
  const queryAt = req.url.indexOf('?')
  // A query other than `format` (a preview, a draft, a page) is not what the cache holds.
  if (queryAt !== -1 && [...new URLSearchParams(req.url.slice(queryAt + 1)).keys()].some((key) => key !== 'format')) return false
  let path: string
  try {
    path = decodeURIComponent(queryAt === -1 ? req.url : req.url.slice(0, queryAt))
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
  const entry = cache.get(path)
  if (entry) return respond(entry)
  const building = inflightBuilds().get(path)
  return building ? building.then((built) => (built ? respond(built) : false)) : false
}
