import type { NewsroomSettings } from '../options'

import { errorResponse, id, json, ref } from './shared'
import { STAFF } from './staff'

/** Legal’s sign-off of the story’s latest text (staff only). */
export const legalSignOffPath = (settings: NewsroomSettings) => {
  const { articles } = settings.slugs
  return {
    [`/api/${articles}/{id}/legal-sign-off`]: {
      post: {
        summary: 'Legal signs off the story’s latest text (legal and admins only)',
        security: STAFF,
        description:
          'Saved on a new draft with a fingerprint of the body; a later change to the body voids it. A story quoting an anonymous source, or footage or a document not verified, is published only with a current sign-off.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { note: { type: 'string', maxLength: 2000 } } },
            },
          },
        },
        responses: {
          '200': json(ref('Message'), 'Signed off'),
          '400': errorResponse('Invalid note'),
          '401': errorResponse('Not logged in'),
          '403': errorResponse('Not legal or an admin'),
          '404': errorResponse('No article has this id'),
        },
      },
    },
  }
}
/** Legal’s takedown of a story, and its lifting (staff only). */
export const takedownPath = (settings: NewsroomSettings) => {
  const { articles } = settings.slugs
  return {
    [`/api/${articles}/{id}/takedown`]: {
      post: {
        summary:
          'A legal takedown (legal and admins only): the story leaves every public surface and stays unpublished until lifted',
        security: STAFF,
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['reason'],
                properties: { reason: { type: 'string', maxLength: 2000 } },
              },
            },
          },
        },
        responses: {
          '200': json(ref('Message'), 'Taken down'),
          '400': errorResponse('No reason given'),
          '401': errorResponse('Not logged in'),
          '403': errorResponse('Not legal or an admin'),
          '404': errorResponse('No article has this id'),
        },
      },
      delete: {
        summary:
          'Lift a takedown (legal and admins only); an editor may then publish the story again',
        security: STAFF,
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        responses: {
          '200': json(ref('Message'), 'Lifted'),
          '401': errorResponse('Not logged in'),
          '403': errorResponse('Not legal or an admin'),
          '404': errorResponse('No article has this id'),
          '409': errorResponse('Not taken down'),
        },
      },
    },
  }
}
