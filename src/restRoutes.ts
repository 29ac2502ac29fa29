import type { SanitizedConfig } from 'payload'

import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

type RouteArgs = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, args: RouteArgs) => Promise<Response>

/** A query string with a broken percent-escape (`?where=%`) makes Payload's parser throw: a 400, not a 500. */
const refuseMalformedQuery =
  (handler: Handler): Handler =>
  async (request, args) => {
    try {
      decodeURIComponent(new URL(request.url).search)
    } catch {
      return Response.json({ errors: [{ message: 'The query string is malformed (a broken %-escape).' }] }, { status: 400 })
    }
    return handler(request, args)
  }

/** Payload's REST route handlers, each behind the same guard. */
export const restRoutes = (config: Promise<SanitizedConfig> | SanitizedConfig) => ({
  GET: refuseMalformedQuery(REST_GET(config)),
  POST: refuseMalformedQuery(REST_POST(config)),
  DELETE: refuseMalformedQuery(REST_DELETE(config)),
  PATCH: refuseMalformedQuery(REST_PATCH(config)),
  PUT: refuseMalformedQuery(REST_PUT(config)),
  OPTIONS: refuseMalformedQuery(REST_OPTIONS(config)),
})
