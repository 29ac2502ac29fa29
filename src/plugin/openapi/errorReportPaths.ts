import type { NewsroomSettings } from '../options'

import { errorResponse, id, json, ref } from './shared'

/** A reader’s report of an error in a story, to the editors. */
export const errorReportPath = (settings: NewsroomSettings) => {
  const { articles } = settings.slugs
  return {
    [`/api/${articles}/{id}/error-reports`]: {
      post: {
        summary: 'Report an error in an article to the editors (private, never published)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('ErrorReportSubmission') } },
        },
        responses: {
          '201': json(ref('ErrorReportAccepted'), 'Filed'),
          '400': errorResponse('Invalid: each field with its reason'),
          '404': errorResponse('No published article has this id'),
          '429': {
            ...errorResponse('Too soon after the previous report from this client or email'),
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
          },
        },
      },
    },
  }
}
