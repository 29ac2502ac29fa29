import type { NewsroomSettings } from '../options'

import { LOG_ENTRY_TYPES, QUOTE_KINDS, SOURCE_KINDS, STORY_STATUS_VALUES, valuesOf, VERIFICATION_STATUSES } from '../vocabulary'
import { id, nullable, ref } from './shared'

/** The schemas the paths refer to; each is checked against real responses in tests/integration/openapi.test.ts. */
export const openApiSchemas = (settings: NewsroomSettings) => ({
  LexicalNode: {
    type: 'object',
    required: ['type'],
    description: 'A Lexical node: a paragraph, a text run, a link, an inline block…',
    properties: {
      type: { type: 'string' },
      version: { type: 'integer' },
      text: { type: 'string', description: 'A text node’s text' },
      format: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
      children: { type: 'array', items: ref('LexicalNode') },
      fields: {
        type: 'object',
        description: 'An inline block’s fields: a quote is `{ blockType: "quote", quote: <id in the story’s quotes> }`',
        properties: { blockType: { type: 'string' }, quote: id },
      },
    },
  },
  LexicalBody: {
    type: 'object',
    required: ['root'],
    description: 'Lexical’s serialized editor state (what Payload’s Lexical converters read)',
    properties: { root: { type: 'object', required: ['type', 'children'], properties: { type: { const: 'root' }, children: { type: 'array', items: ref('LexicalNode') } } } },
  },
  ArticleSummary: {
    type: 'object',
    required: ['id', 'title'],
    description: 'A populated article: enough to name and link it (its body is in the story document)',
    properties: { id, title: { type: 'string' }, slug: { type: 'string' }, publishedAt: nullable({ type: 'string' }), dateModified: nullable({ type: 'string' }), storyStatus: { enum: [...STORY_STATUS_VALUES] } },
    not: { anyOf: [{ required: ['body'] }, { required: ['dek'] }] },
  },
  PublicSource: {
    type: 'object',
    required: ['id', 'description', 'kind'],
    description: 'A source as readers get it over REST: an anonymous source has no name and no identity; the group of another kind is null',
    properties: {
      id,
      description: { type: 'string' },
      kind: { enum: valuesOf(SOURCE_KINDS) },
      name: nullable({ type: 'string' }),
      role: nullable({ type: 'string' }),
      anonymity: nullable({ type: 'object', additionalProperties: false, properties: { reason: nullable({ type: 'string' }) } }),
      provenance: nullable({
        type: 'object',
        additionalProperties: false,
        properties: { howObtained: nullable({ type: 'string' }), recordedAt: nullable({ type: 'string' }), verificationStatus: nullable({ enum: valuesOf(VERIFICATION_STATUSES) }) },
      }),
      publishedIn: { type: 'array', items: { anyOf: [id, ref('ArticleSummary')] } },
      quotedIn: { type: 'object', properties: { docs: { type: 'array' }, hasNextPage: { type: 'boolean' } } },
    },
    if: { properties: { kind: { const: 'anonymous' } } },
    then: { properties: { name: { type: 'null' } }, not: { anyOf: [{ required: ['publishedIn'] }, { required: ['quotedIn'] }] } },
  },
  PublicQuote: {
    type: 'object',
    required: ['id', 'text', 'kind'],
    description: 'A quote as readers get it over REST, its speaker and story populated (`depth`); who gave a quote is not shown for an anonymous source',
    properties: {
      id,
      text: { type: 'string' },
      kind: { enum: valuesOf(QUOTE_KINDS) },
      speaker: nullable({ anyOf: [id, ref('PublicSource')] }),
      speakerTitle: nullable({ type: 'string' }),
      via: nullable({ anyOf: [id, ref('PublicSource')] }),
      article: nullable({ anyOf: [id, ref('ArticleSummary')] }),
      context: nullable({ type: 'string' }),
      saidAt: nullable({ type: 'string' }),
      publishedIn: { type: 'array', items: { anyOf: [id, ref('ArticleSummary')] } },
    },
  },
  SourceList: {
    type: 'object',
    required: ['docs', 'totalDocs', 'page', 'totalPages', 'hasNextPage'],
    properties: { docs: { type: 'array', items: ref('PublicSource') }, totalDocs: { type: 'integer' }, page: { type: 'integer' }, totalPages: { type: 'integer' }, hasNextPage: { type: 'boolean' } },
  },
  QuoteList: {
    type: 'object',
    required: ['docs', 'totalDocs', 'page', 'totalPages', 'hasNextPage'],
    properties: { docs: { type: 'array', items: ref('PublicQuote') }, totalDocs: { type: 'integer' }, page: { type: 'integer' }, totalPages: { type: 'integer' }, hasNextPage: { type: 'boolean' } },
  },
  Message: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
  StoryReady: { type: 'object', required: ['etag'], properties: { etag: { type: 'string' } } },
  StoryChanged: {
    oneOf: [
      {
        type: 'object',
        required: ['etag', 'dateModified', 'logEntry', 'commentCount'],
        properties: {
          etag: { type: 'string', description: 'The story’s new ETag: refetch GET …/slug/{slug} when it differs from yours' },
          dateModified: { type: ['string', 'null'], format: 'date-time' },
          logEntry: {
            oneOf: [{ type: 'null' }, { type: 'object', required: ['id', 'type', 'text', 'date'], properties: { id: { type: 'string' }, type: { enum: ['update', 'correction', 'clarification'] }, text: { type: 'string' }, date: { type: 'string', format: 'date-time' } } }],
          },
          commentCount: { type: 'integer', minimum: 0 },
        },
      },
      { type: 'object', required: ['published'], properties: { published: { const: false } } },
    ],
  },
  Error: {
    type: 'object',
    required: ['errors'],
    properties: {
      errors: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['message'],
          properties: {
            message: { type: 'string' },
            name: { type: 'string' },
            data: {
              type: 'object',
              properties: {
                errors: { type: 'array', items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } } },
              },
            },
          },
        },
      },
    },
  },
  ArticleList: {
    type: 'object',
    required: ['docs', 'totalDocs', 'page', 'totalPages', 'hasNextPage'],
    properties: {
      docs: { type: 'array', items: { type: 'object', required: ['id', 'title', 'slug', '_status'], properties: { id, title: { type: 'string' }, slug: { type: 'string' }, _status: { const: 'published' } } } },
      totalDocs: { type: 'integer' },
      page: { type: 'integer' },
      totalPages: { type: 'integer' },
      hasNextPage: { type: 'boolean' },
    },
  },
  Quote: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'text', 'kind', 'speaker', 'speakerTitle', 'via', 'context', 'saidAt'],
    properties: {
      id,
      text: { type: 'string' },
      kind: { enum: valuesOf(QUOTE_KINDS) },
      speaker: nullable(id),
      speakerTitle: nullable({ type: 'string' }),
      via: nullable(id),
      context: nullable({ type: 'string' }),
      saidAt: nullable({ type: 'string' }),
    },
  },
  Source: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'description', 'kind', 'name', 'role', 'anonymity', 'provenance'],
    properties: {
      id,
      description: { type: 'string' },
      kind: { enum: valuesOf(SOURCE_KINDS) },
      name: nullable({ type: 'string' }),
      role: nullable({ type: 'string' }),
      anonymity: nullable({ type: 'object', additionalProperties: false, properties: { reason: nullable({ type: 'string' }) } }),
      provenance: nullable({
        type: 'object',
        additionalProperties: false,
        properties: { howObtained: nullable({ type: 'string' }), recordedAt: nullable({ type: 'string' }), verificationStatus: nullable({ enum: valuesOf(VERIFICATION_STATUSES) }) },
      }),
    },
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
    properties: { id: { type: 'string' }, type: { enum: valuesOf(LOG_ENTRY_TYPES) }, text: { type: 'string' }, date: { type: 'string' } },
  },
  DeliveryImage: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'url', 'alt', 'sizes'],
    description: 'A picture of the story (metadata stripped): the original, each resized copy by name (widths for srcset; wide16x9, standard4x3 and square crops around the focal point), alt text, caption, credit and provenance',
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
      provenance: { type: 'object', properties: { howObtained: nullable({ type: 'string' }), capturedAt: nullable({ type: 'string' }), verificationStatus: nullable({ type: 'string' }) } },
      sizes: { type: 'object', additionalProperties: { type: 'object', required: ['url', 'width', 'height'], properties: { url: { type: 'string' }, width: { type: 'integer' }, height: { type: 'integer' } } } },
    },
  },
  DeliveryArticle: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'slug', 'title', 'storyStatus', 'body', 'bodyHtml', 'meta', 'quotes', 'sources', 'updateLog', 'logRevisions', 'commentsOpen', 'commentCount', 'comments'],
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
      embargoedUntil: nullable({ type: 'string', description: 'The embargo the story was held under, if it had one' }),
      body: nullable({ ...ref('LexicalBody'), description: 'Lexical JSON; inline blocks of type "quote" carry fields.quote, an id in `quotes`. Null once the story is retracted.' }),
      heroImage: nullable({ ...ref('DeliveryImage'), description: 'The story’s main picture' }),
      meta: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'description', 'image'],
        description: 'For a page’s <head>, Open Graph and JSON-LD: the editors’ search and social fields, each falling back to the headline, dek and main picture. Once retracted, only the title.',
        properties: { title: { type: 'string' }, description: nullable({ type: 'string' }), image: nullable(ref('DeliveryImage')) },
      },
      retraction: nullable({
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text', 'date'],
        description: 'Set once the story is retracted: the notice and its date. The story then has no body, dek, quotes or sources, and is answered 410 Gone.',
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
          properties: { entryId: { type: 'string' }, action: { enum: ['edited', 'removed'] }, previousType: { type: 'string' }, previousText: { type: 'string' }, changedAt: { type: 'string' } },
        },
      },
      commentsOpen: { type: 'boolean' },
      commentCount: { type: 'integer', minimum: 0 },
      comments: {
        type: 'object',
        additionalProperties: false,
        required: ['docs', 'totalTopLevel', 'hasMore'],
        properties: { docs: { type: 'array', items: ref('ThreadComment') }, totalTopLevel: { type: 'integer' }, hasMore: { type: 'boolean' } },
      },
    },
  },
  NewsArticleJsonLd: {
    type: 'object',
    required: ['@context', '@type', 'headline', 'citation', 'correction'],
    properties: {
      '@context': { const: 'https://schema.org' },
      '@type': { const: 'NewsArticle' },
      headline: { type: 'string' },
      citation: { type: 'array', items: { type: 'object', required: ['@type', 'text'], properties: { '@type': { const: 'Quotation' } } } },
      correction: { type: 'array', items: { type: 'object', required: ['@type', 'text'], properties: { '@type': { const: 'CorrectionComment' } } } },
    },
  },
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
        properties: { id, article: id, parent: nullable(id), authorName: { type: 'string' }, body: { type: 'string' }, status: { enum: ['pending', 'approved'] }, createdAt: { type: 'string' } },
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
          properties: { id, authorName: { type: 'string' }, body: { type: 'string' }, status: { const: 'approved' } },
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
    properties: { text: { type: 'string', minLength: 1, maxLength: 5000 }, email: { type: 'string', format: 'email' } },
  },
  ErrorReportAccepted: { type: 'object', required: ['message', 'id'], properties: { message: { type: 'string' }, id } },
})
