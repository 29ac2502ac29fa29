import type { IncomingMessage, ServerResponse } from 'node:http'

import { deliver, type DeliveryEntry, existingDeliveryCache, inflightBuilds } from './cache'
import {
  type EventClient,
  type StoryFetcher,
  storyOfEventsPath,
  subscribe,
  unsubscribe,
  useStoryFetcher,
} from './events'

/**
 * The story's hot path, for a server in front of Payload (this app's express server; any host's own):
 * a cached story (or one being built right now) is answered straight from memory, without entering
 * the framework, Next or Payload. Stories are cached under the path they were asked for
 * (`/api/<articles slug>/slug/<slug>`, whatever the host named the collection), so this needs no
 * configuration. Returns false when the request is not a cached story read, for the normal stack to
 * handle (and fill the cache).
 */
export type CachedAnswerOptions = {
  /**
   * Headers every answer carries (security headers, CORS), as a flat `[name, value, …]` list written
   * with the answer's own in one `writeHead`: the server in front need not set them header by header.
   */
  headers?: readonly string[]
  /** Added to the answer's `Vary` (`Origin`, when CORS answers differ by origin). */
  vary?: string
  /** Answer only what the cache holds now, synchronously; a build in progress is left to the caller. */
  hitsOnly?: boolean
}

export const serveCachedStory = (
  req: IncomingMessage,
  res: ServerResponse,
  options: CachedAnswerOptions = {},
): boolean | Promise<boolean> => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) {
    return false
  }
  const cache = existingDeliveryCache()
  if (!cache) {
    return false
  }
  const queryAt = req.url.indexOf('?')
  const query = queryAt === -1 ? null : new URLSearchParams(req.url.slice(queryAt + 1))
  // A query other than `format`, and `page` once (a page of a story's comments), is not what the
  // cache holds (a preview, a draft, a search).
  if (
    query &&
    ([...query.keys()].some((key) => key !== 'format' && key !== 'page') ||
      query.getAll('page').length > 1)
  ) {
    return false
  }
  let path: string
  try {
    path = decodeURIComponent(queryAt === -1 ? req.url : req.url.slice(0, queryAt))
  } catch {
    return false
  }
  // Kept under the page asked for, as the endpoint keeps it (endpoints/commentThreads.ts).
  if (query?.has('page')) {
    path = `${path}?page=${query.get('page')}`
  }
  const respond = (entry: DeliveryEntry) => {
    const format = query?.get('format') ?? null
    const answer = deliver(
      entry,
      { format, accept: req.headers.accept, ifNoneMatch: req.headers['if-none-match'] },
      'HIT',
    )
    if (options.headers) {
      const headers = [...options.headers]
      for (const name in answer.headers) {
        const value = answer.headers[name]!
        headers.push(name, name === 'Vary' && options.vary ? `${value}, ${options.vary}` : value)
      }
      res.writeHead(answer.status, headers)
    } else {
      res.writeHead(answer.status, answer.headers)
    }
    res.end(req.method === 'HEAD' ? undefined : answer.body)
    return true
  }
  // Synchronous on a hit: no promise, no tick, on the path that carries almost all the traffic.
  const entry = cache.get(path)
  if (entry) {
    return respond(entry)
  }
  if (options.hitsOnly) {
    return false
  }
  const building = inflightBuilds().get(path)
  return building ? building.promise.then((built) => (built ? respond(built) : false)) : false
}

/**
 * A story's event stream (`<storiesPath>/slug/:slug/events`), held by the server in front of Payload:
 * a plain Node response per reader, no framework in between. `fetchStory` reads the public story
 * (this app asks its own delivery endpoint over loopback) at `<storiesPath>/slug/<slug>`, built from
 * a slug that passed the slug format, never from the rest of the request's path. Returns false for
 * any other request.
 */
export const serveStoryEvents = (
  req: IncomingMessage,
  res: ServerResponse,
  {
    fetchStory,
    clientAddress,
    maxPerAddress,
    refreshMs,
    resumeMs,
    storiesPath = '/api/articles',
  }: {
    fetchStory: StoryFetcher
    clientAddress: (req: IncomingMessage) => string
    maxPerAddress: number
    refreshMs?: number
    /** How long a story nobody listens to keeps its events for clients that reconnect. @default 60_000 */
    resumeMs?: number
    /** Where the stories collection's REST API is. @default '/api/articles' */
    storiesPath?: string
  },
): false | Promise<true> => {
  if (req.method !== 'GET' || !req.url) {
    return false
  }
  const queryAt = req.url.indexOf('?')
  const story = storyOfEventsPath(queryAt === -1 ? req.url : req.url.slice(0, queryAt), storiesPath)
  if (!story) {
    return false
  }
  useStoryFetcher(fetchStory, { refreshMs, resumeMs })
  const client: EventClient = {
    address: clientAddress(req),
    write: (chunk) => res.write(chunk),
    close: () => res.end(),
  }
  const start = () => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    })
    res.socket?.setNoDelay(true)
  }
  // Set before the story is read: a client that leaves meanwhile frees its slot too.
  let gone = false
  res.on('close', () => {
    gone = true
    unsubscribe(story.slug, client)
  })
  const lastEventId = req.headers['last-event-id']
  return subscribe(story, client, {
    lastEventId: Array.isArray(lastEventId) ? lastEventId[0] : lastEventId,
    maxPerAddress,
    start,
    gone: () => gone,
  }).then(
    (result) => {
      if (result.status !== 200 && !gone) {
        res.writeHead(result.status, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
        })
        res.end(JSON.stringify({ errors: [{ message: result.message }] }))
      }
      return true as const
    },
    () => {
      if (!res.headersSent) {
        res.writeHead(503, {
          'Content-Type': 'application/json; charset=utf-8',
          'Retry-After': '1',
        })
      }
      res.end(
        JSON.stringify({
          errors: [{ message: 'The story could not be read just now; try again.' }],
        }),
      )
      return true as const
    },
  )
}
