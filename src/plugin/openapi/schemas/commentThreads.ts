import { id, ref } from '../shared'

/** A page of a story’s comment threads, as delivered with the story and page by page. */
export const commentThreadsSchema = () => ({
  type: 'object',
  additionalProperties: false,
  required: ['docs', 'page', 'totalTopLevel', 'hasMore'],
  description:
    'A page of comment threads: top-level comments (pinned first, then oldest), each with its replies nested. `totalTopLevel` counts threads; the story’s `commentCount` counts every approved comment, replies included.',
  properties: {
    docs: { type: 'array', items: ref('ThreadComment') },
    page: { type: 'integer', minimum: 1 },
    totalTopLevel: { type: 'integer' },
    hasMore: { type: 'boolean' },
  },
})
/** One approved comment with its replies nested. */
export const threadCommentSchema = () => ({
  type: 'object',
  additionalProperties: false,
  required: ['id', 'authorName', 'body', 'pinned', 'createdAt', 'replies'],
  properties: {
    id,
    authorName: { type: 'string' },
    body: { type: 'string', description: 'Plain text as typed: escape when rendering' },
    pinned: { type: 'boolean' },
    createdAt: { type: 'string' },
    replies: { type: 'array', items: ref('ThreadComment') },
  },
})
