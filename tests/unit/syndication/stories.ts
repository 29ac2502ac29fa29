/**
 * Syndication formats (one test file per format in this folder): the newsroom they are published
 * for, and any story the delivery endpoint could serve (fast-check).
 */
import fc from 'fast-check'

import type {
  DeliveryArticle,
  DeliveryLogEntry,
  DeliverySource,
} from '../../../src/plugin/delivery/types'

import { type NewsroomFacts, toNewsroomFacts } from '../../../src/plugin/syndication/newsroomFacts'

export const newsroom: NewsroomFacts = toNewsroomFacts(
  {
    name: 'The Ledger',
    url: 'https://ledger.example',
    language: 'en-GB',
    logoUrl: 'https://ledger.example/logo.png',
  },
  { policyUrl: (policy) => `/policies/${policy}` },
)

const iso = fc
  .integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') })
  .map((ms) => new Date(ms).toISOString())
const text = fc.string({ minLength: 1, maxLength: 80 }).filter((value) => value.trim().length > 0)
const logEntry = fc.record({
  id: fc.uuid().map((uuid) => uuid.replace(/-/g, '').slice(0, 24)),
  type: fc.constantFrom('update', 'correction', 'clarification'),
  text,
  date: iso,
}) as fc.Arbitrary<DeliveryLogEntry>
const source = fc.record({
  id: fc.oneof(
    fc.nat().map((n) => n + 1),
    fc.nat({ max: 9 }).map((n) => `anonymous-${n + 1}`),
  ),
  description: text,
  kind: fc.constantFrom(
    'person',
    'official',
    'anonymous',
    'footage',
    'document',
    'social',
    'community',
  ),
  name: fc.option(text, { nil: null }),
  role: fc.option(text, { nil: null }),
  anonymity: fc.constant(null),
  provenance: fc.constant(null),
}) as fc.Arbitrary<DeliverySource>

/** Any story the delivery endpoint could serve: with or without updates, corrections, embargo, byline, tags, sources. */
export const story: fc.Arbitrary<DeliveryArticle> = fc
  .record({
    id: fc.nat().map((n) => n + 1),
    title: text,
    dek: fc.option(text, { nil: null }),
    byline: fc.option(text, { nil: null }),
    authors: fc.constant([] as DeliveryArticle['authors']),
    storyStatus: fc.constantFrom('developing', 'updated', 'concluded'),
    tags: fc.array(text, { maxLength: 4 }),
    publishedAt: iso,
    dateModified: fc.option(iso, { nil: null }),
    embargoedUntil: fc.option(iso, { nil: null }),
    updateLog: fc.array(logEntry, { maxLength: 5 }),
    sources: fc.array(source, { maxLength: 4 }),
    paragraph: text,
  })
  .map(({ paragraph, ...fields }) => ({
    ...fields,
    slug: `story-${fields.id}`,
    body: {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', text: paragraph }] }],
      },
    },
    retraction: null,
    heroImage: null,
    bodyImages: [],
    meta: { title: fields.title, description: fields.dek, image: null },
    bodyHtml: `<p>${paragraph.replace(/[&<>"']/g, '')}</p>`,
    quotes: [],
    logRevisions: [],
    commentsOpen: true,
    commentCount: 0,
    comments: { docs: [], page: 1, totalTopLevel: 0, hasMore: false },
  }))
