import type { NewsroomSettings } from '../options'

import { valuesOf, WEBHOOK_EVENTS } from '../vocabulary'
import { id, nullable, ref } from './shared'

/**
 * What a webhook receiver gets (OpenAPI 3.1 `webhooks`): one POST per event, a Standard Webhooks
 * signed JSON body (`webhook-id`, `webhook-timestamp`, `webhook-signature` headers; verify with any
 * Standard Webhooks library and the webhook's `whsec_` secret). Built from the vocabulary, so a new
 * event type is documented as soon as it exists.
 */
export const webhookSchemas = () => ({
  WebhookEvent: {
    type: 'object',
    required: ['type', 'timestamp', 'data'],
    additionalProperties: false,
    properties: {
      type: { type: 'string', enum: valuesOf(WEBHOOK_EVENTS) },
      timestamp: { type: 'string', format: 'date-time' },
      data: {
        type: 'object',
        required: ['id', 'slug', 'url', 'etag', 'edition'],
        additionalProperties: false,
        properties: {
          id,
          slug: { type: 'string' },
          url: { type: 'string', description: 'The story’s public URL.' },
          etag: {
            ...nullable({ type: 'string' }),
            description:
              'The ETag of the story document this event leaves (null when the story left readers): fetch it and compare.',
          },
          edition: {
            ...nullable({ type: 'integer', minimum: 1 }),
            description:
              'The edition readers now get (GET …/slug/{slug}/editions/{edition}); null when the story left readers.',
          },
          commentId: { ...id, description: 'comment.approved only: the approved comment.' },
          update: {
            type: 'object',
            required: ['id', 'headline', 'url'],
            additionalProperties: false,
            description: 'article.key_event only: the update marked a key event.',
            properties: {
              id: { type: 'string' },
              headline: {
                type: 'string',
                description: 'Its headline, else its line: what a push alert says.',
              },
              url: { type: 'string', description: 'The update on the story page (an anchor).' },
            },
          },
        },
      },
    },
  },
})

const signatureHeaders = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    schema: { type: 'string' },
    description: 'Unique per message (the same on every retry): use it to drop duplicates.',
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    schema: { type: 'string' },
    description: 'Unix seconds when this attempt was signed.',
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    schema: { type: 'string' },
    description: 'v1,<base64 HMAC-SHA256 of id.timestamp.body> with the webhook’s secret.',
  },
]

export const openApiWebhooks = (_settings: NewsroomSettings) =>
  Object.fromEntries(
    WEBHOOK_EVENTS.map(({ value, label }) => [
      value,
      {
        post: {
          operationId: `webhook_${value.replace(/[._-](\w)/g, (_match, letter: string) => letter.toUpperCase())}`,
          summary: label,
          parameters: signatureHeaders,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('WebhookEvent') } },
          },
          responses: {
            '2XX': {
              description:
                'Received. Any other answer (or none within the timeout) is retried with backoff.',
            },
          },
        },
      },
    ]),
  )
