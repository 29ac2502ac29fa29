import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

const ALLOWED_METHODS = 'GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS'
const ALLOWED_HEADERS =
  'Accept, Authorization, Content-Type, If-None-Match, Last-Event-ID, X-Payload-HTTP-Method-Override, X-Requested-With'
/** What a frontend reads besides the body: the validator for conditional requests, how long to wait, cache state. */
const EXPOSED_HEADERS = 'ETag, Retry-After, X-Cache, Location'

const isCorsHeader = (name: string) => name.toLowerCase().startsWith('access-control-')

/** Drops CORS headers from the forms `writeHead` accepts: an object, `[name, value]` pairs or a flat list. */
const withoutCorsHeaders = (headers: unknown): unknown => {
  if (Array.isArray(headers)) {
    if (headers.every(Array.isArray)) {
      return (headers as [string, unknown][]).filter(([name]) => !isCorsHeader(String(name)))
    }
    const pairs: unknown[] = []
    for (let index = 0; index < headers.length; index += 2) {
      if (!isCorsHeader(String(headers[index]))) {
        pairs.push(headers[index], headers[index + 1])
      }
    }
    return pairs
  }
  if (headers && typeof headers === 'object') {
    return Object.fromEntries(
      Object.entries(headers as OutgoingHttpHeaders).filter(([name]) => !isCorsHeader(name)),
    )
  }
  return headers
}

const varyOnOrigin = (res: ServerResponse, headers: unknown) => {
  const key =
    headers && typeof headers === 'object' && !Array.isArray(headers)
      ? Object.keys(headers).find((name) => name.toLowerCase() === 'vary')
      : undefined
  const current = String(
    (key ? (headers as OutgoingHttpHeaders)[key] : res.getHeader('vary')) ?? '',
  )
  if (/(^|,)\s*(origin|\*)\s*(,|$)/i.test(current)) {
    return
  }
  const value = current ? `${current}, Origin` : 'Origin'
  if (key) {
    ;(headers as OutgoingHttpHeaders)[key] = value
  } else {
    res.setHeader('Vary', value)
  }
}

/**
 * The CORS headers of an answer given in one `writeHead` (a cached answer in front of express), as a
 * flat list: the same as `corsPolicy` sets on a simple request; nothing for an origin not listed.
 */
export const corsHeadersFor = (origins: string[]) => {
  const listed = new Set(origins)
  return (req: IncomingMessage): readonly string[] => {
    const origin = req.headers.origin
    return typeof origin === 'string' && listed.has(origin)
      ? [
          'Access-Control-Allow-Origin',
          origin,
          'Access-Control-Allow-Credentials',
          'true',
          'Access-Control-Expose-Headers',
          EXPOSED_HEADERS,
        ]
      : []
  }
}

/**
 * One CORS policy for every answer the server gives: Payload's, Next's, a cached story answered
 * before express, an event stream. A listed origin gets the origin, credentials and the headers it
 * may read; any other origin gets no CORS header at all (Payload alone would send allowed methods
 * and headers without an allowed origin, which looks configured and is not). Preflights from listed
 * origins are answered here. Returns true when it answered the request.
 */
export const corsPolicy = (origins: string[]) => {
  const listed = new Set(origins)
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined
    const granted = origin !== undefined && listed.has(origin)
    const preflight =
      granted && req.method === 'OPTIONS' && Boolean(req.headers['access-control-request-method'])
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
    res.writeHead = (status: number, ...rest: unknown[]) => {
      for (const name of res.getHeaderNames()) {
        if (isCorsHeader(name)) {
          res.removeHeader(name)
        }
      }
      const args = rest.map(withoutCorsHeaders)
      if (granted) {
        res.setHeader('Access-Control-Allow-Origin', origin)
        res.setHeader('Access-Control-Allow-Credentials', 'true')
        res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS)
      }
      if (preflight) {
        res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS)
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS)
        res.setHeader('Access-Control-Max-Age', '600')
      }
      // With origins listed, answers differ by origin: shared caches (the CDN) keep one per origin.
      if (listed.size) {
        varyOnOrigin(
          res,
          args.find((arg) => arg && typeof arg === 'object'),
        )
      }
      return writeHead(status, ...args)
    }
    if (!preflight) {
      return false
    }
    res.writeHead(204)
    res.end()
    return true
  }
}
