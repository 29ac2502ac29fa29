import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { graphQLLimitsOf, graphQLQueryTooLarge } from 'newsroom-payload'

const badRequest = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/**
 * Payload's GraphQL route, refusing with a 400 what it would answer with a 500: a JSON body that is
 * not JSON, or not an object with a `query` string; and, before Payload parses and validates it, a
 * query over the plugin's size limits (one of 100,000 aliases held the event loop for seconds).
 */
export const graphQLPost = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const post = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    if ((request.headers.get('content-type') ?? '').includes('application/json')) {
      let body: unknown
      try {
        body = JSON.parse(await request.clone().text())
      } catch {
        return badRequest('The request body must be JSON: { "query": "…", "variables": { … } }.')
      }
      if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { query?: unknown }).query !== 'string') {
        return badRequest('The request body must be an object with a "query" string.')
      }
      const tooLarge = graphQLQueryTooLarge((body as { query: string }).query, graphQLLimitsOf(await config))
      if (tooLarge) return badRequest(tooLarge)
    }
    return post(request)
  }
}
