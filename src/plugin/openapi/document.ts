import type { NewsroomSettings } from '../options'

import { openApiPaths } from './paths'
import { openApiSchemas } from './schemas'

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
  paths: openApiPaths(settings),
  components: { schemas: openApiSchemas(settings) },
})
