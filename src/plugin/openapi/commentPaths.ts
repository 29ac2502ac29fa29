import type { NewsroomSettings } from '../options'

import { errorResponse, id, json, ref } from './shared'

/** A story’s comment threads, page by page. */
export const commentThreadsPath = (settings: NewsroomSettings) => {
  const { articles } = settings.slugs
  return {
    [`/api/${articles}/{id}/comments`]: {
      get: {
        summary:
          'A page of the story’s comment threads (page 1 is the story document’s `comments`)',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: id },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000 } },
        ],
        responses: {
          '200': json(ref('CommentThreads'), 'The threads'),
          '400': errorResponse('`page` is not a whole number from 1 to 10000'),
          '404': errorResponse('No published article has this id'),
        },
      },
    },
  }
}
/** Readers’ comments: approved ones to read, new ones to moderate, flags for moderators. */
export const commentPaths = (settings: NewsroomSettings) => {
  const { comments } = settings.slugs
  return {
    [`/api/${comments}`]: {
      get: {
        summary: 'Approved comments (pinned first, then oldest first); page size capped',
        parameters: [
          {
            name: 'where',
            in: 'query',
            style: 'deepObject',
            schema: { type: 'object' },
            description: 'e.g. where[article][equals]=1',
          },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: settings.comments.maxPageSize },
          },
        ],
        responses: { '200': json(ref('CommentList'), 'A page of approved comments') },
      },
      post: {
        summary: 'Submit a comment (it awaits moderation)',
        description:
          'Only article, parent, authorName, authorEmail and body are read; anything else is ignored.',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('CommentSubmission') } },
        },
        responses: {
          '201': json(ref('CommentAccepted'), 'Accepted'),
          '400': errorResponse('Invalid: each field with its reason'),
          '403': errorResponse('Comments are closed on this article'),
          '429': {
            ...errorResponse('Too soon after the previous comment from this client or email'),
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
          },
        },
      },
    },
    [`/api/${comments}/{id}/report`]: {
      post: {
        summary: 'Flag an approved comment for moderators',
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { reason: { type: 'string', maxLength: 500 } },
              },
            },
          },
        },
        responses: {
          '202': json(ref('Message'), 'Noted (reporting twice counts once)'),
          '404': errorResponse('No published comment has this id'),
          '429': {
            ...errorResponse('Too many reports from this client'),
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
          },
        },
      },
    },
  }
}
