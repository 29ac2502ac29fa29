import type { Endpoint, SanitizedConfig } from 'payload'

import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { match } from 'path-to-regexp'

import { describeIds, isDatabaseId } from '../ids'
import { foreignOriginRefusal } from './sameOrigin'

type RouteArgs = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, args: RouteArgs) => Promise<Response>

const answer = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** A query string with a broken percent-escape (`?where=%`) makes Payload's parser throw. */
const malformedQuery = (url: URL) => {
  try {
    decodeURIComponent(url.search)
    return false
  } catch {
    return true
  }
}

/** Paging parameters Payload reads as numbers: one sent as an object (`limit[$gt]=1`) makes its queries fail. */
const PAGING = ['limit', 'page', 'depth'] as const
const pagingAsObject = (url: URL) =>
  PAGING.find((name) =>
    [...url.searchParams.keys()].some((key) => {
      try {
        return decodeURIComponent(key).startsWith(`${name}[`)
      } catch {
        return false
      }
    }),
  )

/**
 * The endpoint Payload will route this request to, found the way Payload finds it (the collection's
 * or global's endpoints in order, matched with path-to-regexp), with the path parameters it gets.
 */
const routeOf = (config: SanitizedConfig, method: string, pathname: string) => {
  const api = config.routes.api.replace(/\/$/, '')
  if (!pathname.startsWith(`${api}/`)) {
    return undefined
  }
  let rest = pathname.slice(api.length).replace(/\/$/, '')
  const isGlobal = rest.startsWith('/globals/')
  if (isGlobal) {
    rest = rest.slice('/globals'.length)
  }
  const slug = rest.split('/')[1]
  const owner = isGlobal
    ? config.globals.find((global) => global.slug === slug)
    : config.collections.find((collection) => collection.slug === slug)
  const endpoints = (owner ? owner.endpoints : config.endpoints) || []
  const path = (owner ? rest.slice(slug.length + 1) : rest) || '/'
  for (const endpoint of endpoints) {
    if (endpoint.method !== method) {
      continue
    }
    let matched: { params: Record<string, unknown> } | false
    try {
      matched = match(endpoint.path, { decode: decodeURIComponent })(path) as
        { params: Record<string, unknown> } | false
    } catch {
      return undefined // a broken escape in the path: Payload answers it as not found
    }
    if (matched) {
      return {
        collection: isGlobal ? undefined : slug,
        params: matched.params,
        endpoint,
        versioned: Boolean(owner && 'versions' in owner && owner.versions),
      }
    }
  }
  return undefined
}

/**
 * What Payload would answer with a 5xx although it understood the request, answered here instead:
 * - a path segment that names a document (`/api/<collection>/:id`, `/versions/:id`, `/:id/duplicate`,
 *   the plugin's `/:id/report`…) but cannot be an id of this database: 404, saying what ids look like;
 * - a query string with a broken %-escape: 400;
 * - `limit`, `page` or `depth` sent as an object (`limit[$gt]=1`): 400 naming it;
 * - a path no endpoint serves (Payload says 501 for collections without REST, e.g. migrations): 404.
 */
const guarded =
  (config: Promise<SanitizedConfig> | SanitizedConfig, handler: Handler): Handler =>
  async (request, args) => {
    const url = new URL(request.url)
    if (malformedQuery(url)) {
      return answer(400, 'The query string is malformed (a broken %-escape).')
    }
    const paging = pagingAsObject(url)
    if (paging) {
      return answer(
        400,
        `The following field is invalid: ${paging} (a whole number, not an object).`,
      )
    }
    const sanitized = await config
    const foreign = foreignOriginRefusal(sanitized, request)
    if (foreign) {
      return foreign
    }
    // Payload looks collections up in a plain object: /api/constructor would find Object's own.
    const segments = url.pathname.split('/')
    if (segments.some((segment) => segment in Object.prototype)) {
      return answer(404, `Not found: nothing answers ${request.method} ${url.pathname}.`)
    }
    const route = routeOf(sanitized, request.method.toLowerCase(), url.pathname)
    const id = route?.params.id
    if (route && typeof id === 'string' && !isDatabaseId(id, sanitized.db)) {
      return answer(
        404,
        `Not found: “${id.slice(0, 64)}” is not an id${route.collection ? ` in ${route.collection}` : ''} (an id here is ${describeIds(sanitized.db)}).`,
      )
    }
    // Payload serves /versions on every collection, and fails on those that keep none.
    if (route && !route.versioned && route.endpoint.path.startsWith('/versions')) {
      return answer(404, `Not found: ${route.collection ?? 'this'} keeps no versions.`)
    }
    const response = await handler(request, args)
    if (response.status === 501) {
      return answer(404, `Not found: nothing answers ${request.method} ${url.pathname}.`)
    }
    // Payload's SQLite adapter fails to delete a preference that is not there (a query on a missing column).
    if (
      response.status === 500 &&
      route?.collection === 'payload-preferences' &&
      request.method === 'DELETE'
    ) {
      return answer(404, 'Not found: no such preference.')
    }
    return response
  }

/**
 * Payload's REST route handlers, each behind the same guard: a host's `app/(payload)/api/[...slug]/route.ts`
 * exports `const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = restRoutes(config)` in place of Payload's own.
 */
export const restRoutes = (config: Promise<SanitizedConfig> | SanitizedConfig) => ({
  GET: guarded(config, REST_GET(config)),
  POST: guarded(config, REST_POST(config)),
  DELETE: guarded(config, REST_DELETE(config)),
  PATCH: guarded(config, REST_PATCH(config)),
  PUT: guarded(config, REST_PUT(config)),
  OPTIONS: guarded(config, REST_OPTIONS(config)),
})
