/** Fuzz generators: paths with odd segments, any method, as a reader or (not on ids) an editor. */
import fc from 'fast-check'

import { SLUG } from './context'

/** A path segment as a URL carries it: odd bytes percent-encoded, broken escapes, overlong, numeric edge cases, encoded slashes. */
const percentEncoded = (text: string) =>
  [...Buffer.from(text, 'utf8')]
    .map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`)
    .join('')
const segment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }).map(percentEncoded),
  fc.string({ maxLength: 30 }).map((text) => encodeURIComponent(text)),
  fc.constantFrom(
    '%00',
    '%2F',
    '1%2F2',
    '..%2F..',
    '%2e%2e',
    '%',
    '%ZZ',
    '%E0%A4%A',
    '%C0%AF',
    '1%20',
    '%20',
    '%0A1',
  ),
  fc.constantFrom(
    '0',
    '-1',
    '1.5',
    '1e3',
    '01',
    '+1',
    '0x10',
    'Infinity',
    'NaN',
    '2147483647',
    '2147483648',
    '9007199254740991',
    '9007199254740993',
    '99999999999999999999',
    '1'.repeat(400),
  ),
  fc.constantFrom(
    'a'.repeat(5000),
    'abc',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    'me',
    'count',
    'versions',
    'slug',
    'unlock',
    'login',
    '507f1f77bcf86cd799439011',
  ),
)
const collectionSlug = fc.constantFrom(
  'articles',
  'editions',
  'sources',
  'authors',
  'quotes',
  'comments',
  'comment-reports',
  'error-reports',
  'editorial-notes',
  'media',
  'users',
  'webhooks',
  'webhook-deliveries',
  'payload-preferences',
  'payload-locked-documents',
  'payload-migrations',
  'payload-kv',
  'payload-jobs',
)
const pathWithSegment = fc.oneof(
  fc.tuple(collectionSlug, segment).map(([slug, seg]) => `/api/${slug}/${seg}`),
  fc.tuple(collectionSlug, segment).map(([slug, seg]) => `/api/${slug}/versions/${seg}`),
  fc.tuple(collectionSlug, segment).map(([slug, seg]) => `/api/${slug}/${seg}/duplicate`),
  fc.tuple(collectionSlug, segment, segment).map(([slug, a, b]) => `/api/${slug}/${a}/${b}`),
  segment.map((seg) => `/api/comments/${seg}/report`),
  segment.map((seg) => `/api/articles/${seg}/error-reports`),
  segment.map((seg) => `/api/articles/${seg}/comments`),
  segment.map((seg) => `/api/articles/1/comments?page=${seg}`),
  segment.map((seg) => `/api/articles/slug/${seg}`),
  segment.map((seg) => `/api/articles/slug/${seg}/events`),
  segment.map((seg) => `/api/authors/slug/${seg}`),
  segment.map((seg) => `/api/authors/slug/staff?page=${seg}`),
  segment.map((seg) => `/api/articles/slug/${seg}/editions`),
  fc
    .tuple(fc.constantFrom(SLUG, 'x'), segment)
    .map(([slug, seg]) => `/api/articles/slug/${slug}/editions/${seg}`),
  segment.map((seg) => `/api/webhook-deliveries/${seg}/resend`),
  segment.map((seg) => `/api/articles/${seg}/legal-sign-off`),
  segment.map((seg) => `/api/articles/${seg}/takedown`),
  segment.map((seg) => `/api/articles/${seg}/scheduled-publishing`),
  segment.map((seg) => `/api/articles/${seg}/legal-review`),
  segment.map((seg) => `/api/articles/${seg}/republish`),
  fc
    .tuple(fc.constantFrom('quote', 'source', 'media', 'bogus'), segment)
    .map(([record, seg]) => `/api/articles/awaiting-republish?${record}=${seg}`),
  segment.map((seg) => `/api/media/file/${seg}`),
  segment.map((seg) => `/api/payload-jobs/${seg}`),
  segment.map((seg) => `/api/plugin-seo/${seg}`),
  segment.map((seg) => `/api/globals/newsroom/policies/${seg}`),
  segment.map((seg) => `/api/${seg}`),
  segment.map((seg) => `/api/globals/${seg}`),
)
/** Anyone may try any method on any path; the editor too, but never on a plain number (that could delete the story). */
export const pathRequest = fc.oneof(
  fc
    .tuple(fc.constantFrom('GET', 'PATCH', 'DELETE', 'POST', 'PUT'), pathWithSegment)
    .map(([method, path]) => ({
      method,
      path,
      body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
      type: 'application/json',
    })),
  fc
    .tuple(fc.constantFrom('GET', 'PATCH', 'DELETE', 'POST'), pathWithSegment)
    .filter(([, path]) => !/\/\d+(\/|$)/.test(path))
    .map(([method, path]) => ({
      method,
      path,
      body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
      type: 'application/json',
      as: 'editor' as const,
    })),
)
