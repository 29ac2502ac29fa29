import type { NewsroomSettings } from '../options'

import { POLICIES } from '../vocabulary'
import { errorResponse, json } from './shared'

/** The newsroom’s public record, and each policy kept as text. */
export const newsroomPaths = (settings: NewsroomSettings) => ({
  [`/api/globals/${settings.slugs.newsroom}`]: {
    get: {
      summary:
        'The newsroom’s public record: name, URL, language, logo and its policies (a URL or text each)',
      responses: {
        '200': json(
          {
            type: 'object',
            required: ['name', 'language', 'policies'],
            properties: {
              name: { type: 'string' },
              url: { type: ['string', 'null'] },
              language: { type: 'string' },
              logoUrl: { type: ['string', 'null'] },
              policies: { type: 'object' },
            },
          },
          'The record',
        ),
      },
    },
  },
  [`/api/globals/${settings.slugs.newsroom}/policies/{policy}`]: {
    get: {
      summary: 'A policy kept as text, as a plain HTML page',
      parameters: [
        {
          name: 'policy',
          in: 'path',
          required: true,
          schema: { enum: POLICIES.map((policy) => policy.slug) },
        },
      ],
      responses: {
        '200': {
          description: 'The policy',
          content: { 'text/html': { schema: { type: 'string' } } },
        },
        '404': errorResponse('No such policy'),
      },
    },
  },
})
