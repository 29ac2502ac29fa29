import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { graphQLLimitsOf, graphQLQueryTooLarge } from '../graphql/requestSize'
import { withoutSuggestions } from '../graphql/withoutSuggestions'
import { foreignOriginRefusal } from './sameOrigin'

const badRequest = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/**
 * Payload's GraphQL route, refusing with a 400 what it would answer with a 500: a JSON body that is
 * not JSON, or not an object with a `query` string; before Payload parses and validates it, a query
 * over the plugin's size limits (one of 100,000 aliases held the event loop for seconds); and
 * answering without GraphQL's "Did you mean …?" hints, which name fields the caller may not see.
 */
export const graphQLPost = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const post = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    const foreign = foreignOriginRefusal(await config, request)
    if (foreign) {
      return foreign
    }
    if ((request.headers.get('content-type') ?? '').includes('application/json')) {
      let body: unknown
      try {
        body = JSON.parse(await request.clone().text())
      } catch {
        return badRequest('The request body must be JSON: { "query": "…", "variables": { … } }.')
      }
      if (
        !body ||
        typeof body !== 'object' ||
        Array.isArray(body) ||
        typeof (body as { query?: unknown }).query !== 'string'
      ) {
        return badRequest('The request body must be an object with a "query" string.')
      }
      const tooLarge = graphQLQueryTooLarge(
        (body as { query: string }).query,
        graphQLLimitsOf(await config),
      )
      if (tooLarge) {
        return badRequest(tooLarge)
      }
    }
    return withoutSuggestions(await post(request))
  }
}
