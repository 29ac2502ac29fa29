import type { NewsroomSettings } from '../../options'

import { id, nullable } from '../shared'

/** What readers send (comments, error reports) and what they get back. */
export const submissionsSchemas = (settings: NewsroomSettings) => ({
  CommentSubmission: {
    type: 'object',
    required: ['article', 'authorName', 'authorEmail', 'body'],
    properties: {
      article: id,
      parent: id,
      authorName: { type: 'string', minLength: 1, maxLength: 80 },
      authorEmail: { type: 'string', format: 'email' },
      body: { type: 'string', minLength: 1, maxLength: 5000 },
    },
  },
  CommentAccepted: {
    type: 'object',
    required: ['message', 'doc'],
    properties: {
      message: { type: 'string' },
      doc: {
        type: 'object',
        required: ['id', 'article', 'authorName', 'body', 'status', 'createdAt'],
        properties: {
          id,
          article: id,
          parent: nullable(id),
          authorName: { type: 'string' },
          body: { type: 'string' },
          status: { enum: ['pending', 'approved'] },
          createdAt: { type: 'string' },
        },
        not: { anyOf: [{ required: ['authorEmail'] }, { required: ['ipHash'] }] },
      },
    },
  },
  CommentList: {
    type: 'object',
    required: ['docs', 'totalDocs', 'limit'],
    properties: {
      docs: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'authorName', 'body', 'status'],
          properties: {
            id,
            authorName: { type: 'string' },
            body: { type: 'string' },
            status: { const: 'approved' },
          },
          not: { anyOf: [{ required: ['authorEmail'] }, { required: ['ipHash'] }] },
        },
      },
      totalDocs: { type: 'integer' },
      limit: { type: 'integer', maximum: settings.comments.maxPageSize },
    },
  },
  ErrorReportSubmission: {
    type: 'object',
    required: ['text'],
    properties: {
      text: { type: 'string', minLength: 1, maxLength: 5000 },
      email: { type: 'string', format: 'email' },
    },
  },
  ErrorReportAccepted: {
    type: 'object',
    required: ['message', 'id'],
    properties: { message: { type: 'string' }, id },
  },
})
