import type { NewsroomSettings } from '../../options'

import {
  EDITION_REASONS,
  LOG_ENTRY_TYPES,
  LOG_REVISION_ACTIONS,
  STORY_STATUS_VALUES,
  valuesOf,
} from '../../vocabulary'
import { id, nullable, ref } from '../shared'

/** The story as delivered: its document, pictures, log, comment threads, JSON-LD and stream events. */
export const deliverySchemas = (_settings: NewsroomSettings) => ({
  CommentThreads: {
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
  },
  StoryReady: { type: 'object', required: ['etag'], properties: { etag: { type: 'string' } } },
  StoryChanged: {
    oneOf: [
      {
        type: 'object',
        required: ['etag', 'dateModified', 'logEntry', 'commentCount'],
        properties: {
          etag: {
            type: 'string',
            description:
              'The story’s new ETag: refetch GET …/slug/{slug} when it differs from yours',
          },
          dateModified: { type: ['string', 'null'], format: 'date-time' },
          logEntry: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                required: ['id', 'type', 'text', 'date'],
                properties: {
                  id: { type: 'string' },
                  type: { enum: valuesOf(LOG_ENTRY_TYPES) },
                  text: { type: 'string' },
                  date: { type: 'string', format: 'date-time' },
                },
              },
            ],
          },
          commentCount: { type: 'integer', minimum: 0 },
        },
      },
      { type: 'object', required: ['published'], properties: { published: { const: false } } },
    ],
  },
  ThreadComment: {
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
  },
  LogEntry: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'text', 'date'],
    properties: {
      id: { type: 'string' },
      type: { enum: valuesOf(LOG_ENTRY_TYPES) },
      text: { type: 'string' },
      date: { type: 'string' },
    },
  },
  DeliveryImage: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'url', 'alt', 'sizes'],
    description:
      'A picture of the story (metadata stripped): the original, each resized copy by name (widths for srcset; wide16x9, standard4x3 and square crops around the focal point; only those made: no width is made by enlarging, so a 1600 px original has no 1920 px large), alt text, caption, credit and provenance',
    properties: {
      id,
      url: { type: 'string' },
      width: nullable({ type: 'integer' }),
      height: nullable({ type: 'integer' }),
      mimeType: nullable({ type: 'string' }),
      alt: { type: 'string' },
      caption: nullable({ type: 'string' }),
      credit: nullable({ type: 'string' }),
      focalX: nullable({ type: 'number' }),
      focalY: nullable({ type: 'number' }),
      provenance: {
        type: 'object',
        properties: {
          howObtained: nullable({ type: 'string' }),
          capturedAt: nullable({ type: 'string' }),
          verificationStatus: nullable({ type: 'string' }),
        },
      },
      sizes: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          required: ['url', 'width', 'height'],
          properties: {
            url: { type: 'string' },
            width: { type: 'integer' },
            height: { type: 'integer' },
          },
        },
      },
    },
  },
  DeliveryArticle: {
    type: 'object',
    additionalProperties: false,
    required: [
      'id',
      'slug',
      'title',
      'storyStatus',
      'body',
      'bodyHtml',
      'heroImage',
      'bodyImages',
      'meta',
      'quotes',
      'sources',
      'updateLog',
      'logRevisions',
      'commentsOpen',
      'commentCount',
      'comments',
    ],
    properties: {
      id,
      slug: { type: 'string' },
      title: { type: 'string' },
      dek: nullable({ type: 'string' }),
      byline: nullable({ type: 'string' }),
      storyStatus: { enum: [...STORY_STATUS_VALUES] },
      tags: { type: 'array', items: { type: 'string' } },
      publishedAt: nullable({ type: 'string' }),
      dateModified: nullable({ type: 'string' }),
      embargoedUntil: nullable({
        type: 'string',
        description: 'The embargo the story was held under, if it had one',
      }),
      body: nullable({
        ...ref('LexicalBody'),
        description:
          'Lexical JSON; inline blocks of type "quote" carry fields.quote, an id in `quotes`; upload nodes carry value, an id in `bodyImages`, and fields.caption. Null once the story is retracted.',
      }),
      heroImage: nullable({ ...ref('DeliveryImage'), description: 'The story’s main picture' }),
      bodyImages: {
        type: 'array',
        items: ref('DeliveryImage'),
        description:
          'The pictures inside the body, in reading order, each once. Empty once the story is retracted.',
      },
      meta: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'description', 'image'],
        description:
          'For a page’s <head>, Open Graph and JSON-LD: the editors’ search and social fields, each falling back to the headline, dek and main picture. Once retracted, only the title.',
        properties: {
          title: { type: 'string' },
          description: nullable({ type: 'string' }),
          image: nullable(ref('DeliveryImage')),
        },
      },
      retraction: nullable({
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text', 'date'],
        description:
          'Set once the story is retracted: the notice and its date. The story then has no body, dek, quotes or sources, and is answered 410 Gone.',
        properties: { id: { type: 'string' }, text: { type: 'string' }, date: { type: 'string' } },
      }),
      bodyHtml: {
        type: 'string',
        description:
          'The body as safe HTML: paragraphs; each quote a <q> (verbatim) or <span data-paraphrase> with data-quote (its id) and aria-describedby="source-<speaker id>". Render as is.',
      },
      quotes: { type: 'array', items: ref('Quote') },
      sources: { type: 'array', items: ref('Source') },
      updateLog: { type: 'array', items: ref('LogEntry') },
      logRevisions: {
        type: 'array',
        items: {
          type: 'object',
          required: ['entryId', 'action', 'changedAt'],
          properties: {
            entryId: { type: 'string' },
            action: { enum: [...LOG_REVISION_ACTIONS] },
            previousType: { type: 'string' },
            previousText: { type: 'string' },
            changedAt: { type: 'string' },
          },
        },
      },
      commentsOpen: { type: 'boolean' },
      edition: {
        type: 'integer',
        minimum: 1,
        description:
          'Which edition of the story this is: 1 for the first publish, one more for each publish that changed what readers see (see …/editions). Absent in a draft preview.',
      },
      commentCount: { type: 'integer', minimum: 0 },
      comments: ref('CommentThreads'),
    },
  },
  ChangedWords: {
    type: 'array',
    description: 'Runs of words in order: kept, `added: true` or `removed: true`.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['value'],
      properties: { value: { type: 'string' }, added: { const: true }, removed: { const: true } },
    },
  },
  EditionSummary: {
    type: 'object',
    additionalProperties: false,
    required: [
      'number',
      'datePublished',
      'dateModified',
      'reason',
      'current',
      'withheld',
      'logEntries',
      'url',
    ],
    properties: {
      number: { type: 'integer', minimum: 1 },
      datePublished: nullable({ type: 'string' }),
      dateModified: nullable({ type: 'string' }),
      reason: nullable({ enum: [...EDITION_REASONS.map((reason) => reason.value)] }),
      current: { type: 'boolean' },
      withheld: nullable({
        type: 'string',
        description: 'Why this earlier edition is no longer served; null: served at `url`.',
      }),
      logEntries: {
        type: 'array',
        items: ref('LogEntry'),
        description: 'The log entries this edition added',
      },
      url: nullable({ type: 'string' }),
    },
  },
  EditionList: {
    type: 'object',
    additionalProperties: false,
    required: ['slug', 'current', 'editions'],
    properties: {
      slug: { type: 'string' },
      current: { type: 'integer', minimum: 1 },
      editions: { type: 'array', items: ref('EditionSummary') },
    },
  },
  Edition: {
    type: 'object',
    additionalProperties: false,
    required: ['edition', 'datePublished', 'reason', 'document', 'changes'],
    properties: {
      edition: { type: 'integer', minimum: 1 },
      datePublished: nullable({ type: 'string' }),
      reason: nullable({ enum: [...EDITION_REASONS.map((reason) => reason.value)] }),
      document: {
        type: 'object',
        description:
          'The story as this edition was published: a DeliveryArticle without `commentCount` and `comments`.',
      },
      changes: nullable({
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to', 'title', 'dek', 'body', 'logEntries'],
        description:
          'The words removed and added since the edition before (null for the first, or when the one before is withheld).',
        properties: {
          from: { type: 'integer' },
          to: { type: 'integer' },
          title: ref('ChangedWords'),
          dek: ref('ChangedWords'),
          body: ref('ChangedWords'),
          logEntries: { type: 'array', items: ref('LogEntry') },
        },
      }),
    },
  },
  NewsArticleJsonLd: {
    type: 'object',
    required: ['@context', '@type', 'headline', 'citation', 'correction'],
    properties: {
      '@context': { const: 'https://schema.org' },
      '@type': { const: 'NewsArticle' },
      headline: { type: 'string' },
      citation: {
        type: 'array',
        items: {
          type: 'object',
          required: ['@type', 'text'],
          properties: { '@type': { const: 'Quotation' } },
        },
      },
      correction: {
        type: 'array',
        items: {
          type: 'object',
          required: ['@type', 'text'],
          properties: { '@type': { const: 'CorrectionComment' } },
        },
      },
    },
  },
})
