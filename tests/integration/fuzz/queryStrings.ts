/** Fuzz generators: query strings (where, sort, select, populate, depth, limit, page, joins). */
import fc from 'fast-check'

import { scalar } from './scalars'

const fieldNames = fc.constantFrom(
  'title',
  'slug',
  'status',
  'label',
  'authorEmail',
  'ipHash',
  'anonymity.trueIdentity',
  'article',
  'parent',
  'body',
  'createdAt',
  'id',
  '_status',
  'speaker.anonymity.trueIdentity',
  'article.title',
  '__proto__',
  'constructor',
  '',
  'a'.repeat(300),
)
const operators = fc.constantFrom(
  'equals',
  'not_equals',
  'like',
  'contains',
  'in',
  'exists',
  'greater_than',
  'near',
  'all',
  'bogus',
  '$where',
  '$ne',
)
const queryPart = fc.oneof(
  fc
    .tuple(fieldNames, operators, scalar)
    .map(([field, op, value]) => `where[${field}][${op}]=${encodeURIComponent(String(value))}`),
  fc
    .tuple(fieldNames, operators, scalar)
    .map(
      ([field, op, value]) => `where[or][0][${field}][${op}]=${encodeURIComponent(String(value))}`,
    ),
  fieldNames.map((field) => `sort=${encodeURIComponent(field)}`),
  fieldNames.map((field) => `select[${field}]=true`),
  fieldNames.map((field) => `populate[sources][${field}]=true`),
  fc
    .oneof(fc.integer({ min: -5, max: 50 }), fc.string())
    .map((d) => `depth=${encodeURIComponent(String(d))}`),
  fc
    .oneof(fc.integer({ min: -5, max: 100000 }), fc.string())
    .map((l) => `limit=${encodeURIComponent(String(l))}`),
  fc
    .oneof(fc.integer({ min: -5, max: 100000 }), fc.string())
    .map((p) => `page=${encodeURIComponent(String(p))}`),
  fc
    .tuple(
      fc.constantFrom('quotedIn', 'replies', 'nothing', '__proto__'),
      fieldNames,
      operators,
      scalar,
    )
    .map(
      ([join, field, op, value]) =>
        `joins[${join}][where][${field}][${op}]=${encodeURIComponent(String(value))}`,
    ),
  fc
    .tuple(
      fc.constantFrom('quotedIn', 'replies'),
      fc.constantFrom('limit', 'page', 'sort', 'count'),
      fc.oneof(fc.integer({ min: -5, max: 100000 }), fc.string(), fieldNames),
    )
    .map(([join, key, value]) => `joins[${join}][${key}]=${encodeURIComponent(String(value))}`),
  fc.constantFrom('joins=false', 'joins[quotedIn]=false', 'joins[replies][limit]=0', 'joins[]=1'),
  fc.constantFrom(
    'draft=true',
    'locale=xx',
    'format=jsonld',
    'where=%',
    '%E0%A4%A',
    'where[=1',
    'depth[]=1',
    'limit[$gt]=1',
  ),
)
export const query = fc
  .array(queryPart, { maxLength: 4 })
  .map((parts) => (parts.length ? `?${parts.join('&')}` : ''))

/** A search as a client might send it: any words (search syntax, odd Unicode, very long), any filters. */
export const searchQuery = fc
  .record(
    {
      q: fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom(
          '"',
          '(((',
          'a & b | !c',
          'x:*',
          '-x',
          'or or',
          'NEAR(a b)',
          'title:x',
          '*',
          'a'.repeat(400),
        ),
        scalar.map(String),
      ),
      page: scalar.map(String),
      limit: scalar.map(String),
      tag: fc.string({ maxLength: 120 }),
      author: fc.string({ maxLength: 120 }),
      from: fc.oneof(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        scalar.map(String),
      ),
      to: scalar.map(String),
      twice: fc.boolean(),
    },
    { requiredKeys: ['q'] },
  )
  .map(({ twice, ...params }) => {
    // A lone surrogate cannot be encoded: sent as the invalid UTF-8 it would be.
    const encode = (value: string) => {
      try {
        return encodeURIComponent(value)
      } catch {
        return '%ED%A0%80'
      }
    }
    const pairs = Object.entries(params).map(([name, value]) => `${name}=${encode(String(value))}`)
    return `/api/search?${[...pairs, ...(twice ? ['q=again'] : [])].join('&')}`
  })
