import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { openApiDocument } from '../openapi/document'

/** `GET /api/openapi.json`: the public endpoints described as OpenAPI 3.1. */
export const openApi = (settings: NewsroomSettings): Endpoint => {
  const body = JSON.stringify(openApiDocument(settings))
  return {
    path: '/openapi.json',
    method: 'get',
    handler: () => new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' } }),
  }
}
