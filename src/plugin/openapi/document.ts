import type { NewsroomSettings } from '../options'

import { openApiPaths } from './paths'
import { openApiSchemas } from './schemas'
import { openApiWebhooks, webhookSchemas } from './webhooks'

/**
 * OpenAPI 3.1 for the public endpoints (what frontends use without logging in). Every response
 * schema here is checked against real responses in tests/integration/openapi.test.ts. `serverUrl`:
 * where the API is (the app's SERVER_URL, else `/`: relative to where the document was fetched).
 */
export const openApiDocument = (settings: NewsroomSettings, serverUrl?: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Newsroom public API',
    version: '1.0.0',
    description:
      'Public endpoints of the newsroom: the story in one request, comments and reports. Reader text (comment bodies, names) is plain text stored as typed: escape it when rendering. Every other collection endpoint is Payload’s standard REST API.',
  },
  ...(serverUrl ? { servers: [{ url: serverUrl, description: 'This newsroom' }] } : {}),
  paths: withOperationIds(openApiPaths(settings)),
  webhooks: openApiWebhooks(settings),
  components: {
    schemas: { ...openApiSchemas(settings), ...webhookSchemas() },
    securitySchemes: {
      jwt: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description: '`JWT <token>`, the token from `POST /api/users/login` (staff only).',
      },
      cookie: {
        type: 'apiKey',
        in: 'cookie',
        name: 'payload-token',
        description: 'The login cookie, from this site or an origin in CORS_ORIGINS.',
      },
    },
  },
})

type Operation = { operationId?: string; security?: unknown }
const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const

/**
 * Each operation's `operationId` (what client generators name their functions by), made from its
 * method and path: `GET /api/articles/slug/{slug}` is `getArticlesSlugBySlug`. Those the paths name
 * themselves keep their own.
 */
const operationIdOf = (method: string, path: string) =>
  method +
  path
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment)
      const words = (param ? `by-${param[1]}` : segment).split(/[^A-Z0-9]+/i).filter(Boolean)
      return words.map((word) => word[0].toUpperCase() + word.slice(1)).join('')
    })
    .join('')

const withOperationIds = <T extends Record<string, object>>(paths: T): T => {
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = (item as Partial<Record<(typeof METHODS)[number], Operation>>)[method]
      if (operation && !operation.operationId) {
        operation.operationId = operationIdOf(method, path)
      }
    }
  }
  return paths
}
