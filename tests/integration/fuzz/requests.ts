/** Fuzz generators: every kind of request the fuzz sends, as one arbitrary. */
import fc from 'fast-check'

import {
  anyJson,
  logEntryOfAnyShape,
  pictureFieldsOfAnyShape,
  pictureNodeOfAnyShape,
  rawBody,
  storyDatesOfAnyShape,
} from './bodies'
import { SLUG } from './context'
import { gqlQuery } from './graphql'
import { pathRequest } from './paths'
import { query, searchQuery } from './queryStrings'
import { dateOfAnyShape, scalar } from './scalars'

export const request = fc.oneof(
  pathRequest,
  searchQuery.map((path) => ({ method: 'GET', path })),
  gqlQuery.map((query) => ({
    method: 'POST',
    path: '/api/graphql',
    body: JSON.stringify({ query }),
    type: 'application/json',
  })),
  fc
    .tuple(
      fc.constantFrom(
        '/api/articles',
        '/api/sources',
        '/api/quotes',
        '/api/comments',
        '/api/authors',
        '/api/authors/slug/staff',
        `/api/articles/slug/${SLUG}`,
        '/api/articles/slug/%00',
        '/api/articles/1',
        '/api/comments/1',
        '/api/openapi.json',
        '/api/users',
        '/api/error-reports',
        '/api/comment-reports',
        '/api/webhooks',
        '/api/webhook-deliveries',
        '/api/articles/slug/no-such-story/events',
        '/api/globals/newsroom',
        `/api/articles/slug/${SLUG}?format=ninjs&x=1`,
      ),
      query,
    )
    .map(([path, q]) => ({ method: 'GET', path: `${path}${q}` })),
  fc
    .tuple(
      fc.constantFrom(
        '/api/comments',
        '/api/comments/1/report',
        '/api/articles/1/error-reports',
        '/api/articles/abc/error-reports',
        '/api/comment-reports',
        '/api/error-reports',
        '/api/graphql',
        '/api/users/login',
        '/api/webhooks',
        '/api/webhook-deliveries/1/resend',
        '/api/globals/newsroom',
      ),
      rawBody,
      fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''),
    )
    .map(([path, body, type]) => ({ method: 'POST', path, body, type })),
  fc
    .tuple(
      fc.constantFrom('/api/comments/1', '/api/articles/1', '/api/sources/1', '/api/authors/1'),
      rawBody,
    )
    .map(([path, body]) => ({ method: 'PATCH', path, body, type: 'application/json' })),
  // Legal's endpoints read their body before they look the article up: bodies of any shape, as legal, on no real article.
  fc
    .tuple(
      fc.constantFrom(
        '/api/articles/999999/legal-sign-off',
        '/api/articles/999999/takedown',
        '/api/editorial-notes',
        '/api/media',
        '/api/authors',
      ),
      rawBody,
    )
    .map(([path, body]) => ({
      method: 'POST',
      path,
      body,
      type: 'application/json',
      as: 'legal' as const,
    })),
  // The republish endpoint reads its log entry before it looks the story up: bodies of any shape, as an editor, on no real story.
  rawBody.map((body) => ({
    method: 'POST',
    path: '/api/articles/999999/republish',
    body,
    type: 'application/json',
    as: 'editor' as const,
  })),
  // The SEO plugin's generate endpoints, as staff: any body.
  fc
    .tuple(
      fc.constantFrom('title', 'description', 'image', 'url'),
      fc.oneof(
        rawBody,
        anyJson.map((doc) => JSON.stringify({ collectionSlug: 'articles', doc })),
        anyJson.map((id) => JSON.stringify({ collectionSlug: 'articles', id, doc: {} })),
      ),
    )
    .map(([what, body]) => ({
      method: 'POST',
      path: `/api/plugin-seo/generate-${what}`,
      body,
      type: 'application/json',
      as: 'editor' as const,
    })),
  fc.constantFrom('/api/comments/1', '/api/articles/1').map((path) => ({ method: 'DELETE', path })),
  // The fuzz's picture's own fields (how it was made, rights, credentials no one may write), as an editor.
  pictureFieldsOfAnyShape.map((fields) => ({
    method: 'PATCH',
    path: '/api/media/1',
    body: JSON.stringify(fields),
    type: 'application/json',
    as: 'editor' as const,
  })),
  // Dates of any shape, as an editor: a story's publication and embargo, a quote's date.
  storyDatesOfAnyShape.map((dates) => ({
    method: 'PATCH',
    path: '/api/articles/1?draft=true',
    body: JSON.stringify(dates),
    type: 'application/json',
    as: 'editor' as const,
  })),
  dateOfAnyShape.map((saidAt) => ({
    method: 'POST',
    path: '/api/quotes',
    body: JSON.stringify({ text: 'Fuzzed quote date.', saidAt }),
    type: 'application/json',
    as: 'editor' as const,
  })),
  // New stories, as an editor, whose bodies hold pictures of any shape: drafts (not validated) and published.
  fc
    .tuple(
      fc.constantFrom('/api/articles?draft=true', '/api/articles'),
      fc.constantFrom('draft', 'published'),
      fc.array(pictureNodeOfAnyShape, { minLength: 1, maxLength: 3 }),
      fc.nat(),
    )
    .map(([path, status, nodes, n]) => ({
      method: 'POST',
      path,
      body: JSON.stringify({
        title: `Fuzzed pictures ${n}`,
        _status: status,
        body: {
          root: {
            type: 'root',
            version: 1,
            children: [
              {
                type: 'paragraph',
                version: 1,
                children: [{ type: 'text', text: 'Text.', version: 1 }],
              },
              ...nodes,
            ],
          },
        },
      }),
      type: 'application/json',
      as: 'editor' as const,
    })),
  // Live stories, as an editor: log entries of any shape (bodies with quote chips of any value), an editor's note.
  fc
    .tuple(
      fc.constantFrom('/api/articles?draft=true', '/api/articles'),
      fc.constantFrom('draft', 'published'),
      fc.array(logEntryOfAnyShape, { minLength: 1, maxLength: 3 }),
      fc.oneof(fc.string({ maxLength: 1100 }), scalar),
      fc.nat(),
    )
    .map(([path, status, updateLog, editorsNote, n]) => ({
      method: 'POST',
      path,
      body: JSON.stringify({
        title: `Fuzzed live story ${n}`,
        _status: status,
        body: {
          root: {
            type: 'root',
            version: 1,
            children: [
              {
                type: 'paragraph',
                version: 1,
                children: [{ type: 'text', text: 'Text.', version: 1 }],
              },
            ],
          },
        },
        updateLog,
        editorsNote,
      }),
      type: 'application/json',
      as: 'editor' as const,
    })),
  // Read back populated, as staff and as readers.
  fc
    .constantFrom(
      '/api/articles?draft=true&depth=2&limit=5&sort=-createdAt',
      '/api/articles?depth=2&limit=5&sort=-createdAt',
    )
    .map((path) => ({ method: 'GET', path, as: 'editor' as const })),
)
