import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { openApiDocument } from '../openapi/document'

/**
 * `GET /api/openapi.json`: the public endpoints described as OpenAPI 3.1. Its server is the config's
 * `serverURL`; without one, `/` (relative to where the document was fetched, as OpenAPI allows),
 * never a name taken from the request's Host header.
 */
export const openApi = (settings: NewsroomSettings): Endpoint => {
  let body: string | undefined
  return {
    path: '/openapi.json',
    method: 'get',
    handler: (req) => {
      body ??= JSON.stringify(openApiDocument(settings, req.payload.config.serverURL || '/'))
      return new Response(body, {
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'public, max-age=300',
        },
      })
    },
  }
}
