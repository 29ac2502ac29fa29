import type { NewsroomSettings } from '../options'

import { LOG_ENTRY_TYPES, valuesOf } from '../vocabulary'
import { errorResponse, id, json, ref } from './shared'
import { STAFF } from './staff'

/** A story’s editions: each as it was published, and the words changed since the one before. */
export const editionPaths = (settings: NewsroomSettings) => {
  const { articles } = settings.slugs
  return {
    [`/api/${articles}/slug/{slug}/editions`]: {
      get: {
        summary: 'Every edition of a published story, oldest first',
        description:
          'A story is served as the edition its last publish made, built once from the quotes, sources and pictures as they were. Each edition here: its number, when it was published, why (first publish, republish, correction, retraction, a change for safety), the log entries it added, and where to read it; an earlier edition withheld since (a retraction, a source granted anonymity) says why and has no URL.',
        parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': json(ref('EditionList'), 'The editions'),
          '404': errorResponse('No published article has this slug'),
        },
      },
    },
    [`/api/${articles}/slug/{slug}/editions/{number}`]: {
      get: {
        summary:
          'One edition as it was published, and the words removed and added since the one before',
        parameters: [
          { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'number', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
        ],
        responses: {
          '200': json(ref('Edition'), 'The edition'),
          '404': errorResponse('No published article has this slug, or it has no such edition'),
          '410': errorResponse(
            'This earlier edition is no longer served (the story was retracted, or a source it named was granted anonymity)',
          ),
        },
      },
    },
  }
}
/** Stories still showing a quote, source or picture as it was, and the republish that brings them up to date. */
export const republishPaths = (settings: NewsroomSettings) => {
  const { articles } = settings.slugs
  return {
    [`/api/${articles}/awaiting-republish`]: {
      get: {
        summary:
          'The published stories still showing a quote, source or picture as it was before a change (editorial staff)',
        security: STAFF,
        description:
          'A change to a quote, source or picture reaches readers only when a story citing it is republished. Name exactly one record (`quote`, `source` or `media`, with its id): the answer lists the published stories whose current edition shows it otherwise than it is now.',
        parameters: (['quote', 'source', 'media'] as const).map((name) => ({
          name,
          in: 'query',
          schema: id,
          description: `The ${name === 'media' ? 'picture' : name}’s id (exactly one of quote, source, media)`,
        })),
        responses: {
          '200': json(ref('StoriesAwaitingRepublish'), 'The stories awaiting a republish'),
          '400': errorResponse('Not exactly one of quote, source, media, or not an id'),
          '401': errorResponse('Not logged in'),
          '403': errorResponse('Not editorial staff'),
          '404': errorResponse('No such record'),
        },
      },
    },
    [`/api/${articles}/{id}/republish`]: {
      post: {
        summary:
          'Republish a story so readers get the quotes, sources and pictures it cites as they are now (editors and admins only)',
        security: STAFF,
        description:
          'An ordinary publish made as the editor: the publish gate and legal’s sign-off decide as for any other (their refusal is the answer), and the log entry is published with it, moving `dateModified`. Refused (409) while the story’s latest draft holds unpublished changes of its own.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['logEntry'],
                properties: {
                  logEntry: {
                    type: 'object',
                    required: ['type', 'text'],
                    properties: {
                      type: {
                        enum: valuesOf(LOG_ENTRY_TYPES),
                        not: { const: 'retraction' },
                        description: 'A retraction is made from the story itself',
                      },
                      text: { type: 'string', maxLength: 2000 },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': json(ref('Republished'), 'Republished: the new edition’s number'),
          '400': errorResponse(
            'No or an invalid log entry, or the publish gate refused (e.g. legal must sign the new text off)',
          ),
          '401': errorResponse('Not logged in'),
          '403': errorResponse('Not an editor or an admin'),
          '404': errorResponse('No published story has this id'),
          '409': errorResponse(
            'The story’s latest draft has unpublished changes of its own: publish it from the story',
          ),
        },
      },
    },
  }
}
