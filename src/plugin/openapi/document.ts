import type { NewsroomSettings } from '../options'
import { NINJS_SCHEMA } from '../syndication/ninjs'

import { LOG_ENTRY_TYPES, POLICIES, QUOTE_KINDS, SOURCE_KINDS, STORY_STATUS_VALUES, valuesOf, VERIFICATION_STATUSES } from '../vocabulary'

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] })
const id = { anyOf: [{ type: 'integer' }, { type: 'string' }] }
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } })
const errorResponse = (description: string) => json(ref('Error'), description)

/**
 * OpenAPI 3.1 for the public endpoints (what frontends use without logging in). Every response
 * schema here is checked against real responses in tests/openapi.test.ts.
 */
export const openApiDocument = (settings: NewsroomSettings) => {
  const { articles, comments } = settings.slugs
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsroom public API',
      version: '1.0.0',
      description:
        'Public endpoints of the newsroom: the story in one request, comments and reports. Reader text (comment bodies, names) is plain text stored as typed: escape it when rendering. Every other collection endpoint is Payload’s standard REST API.',
    },
    paths: {
      [`/api/${articles}`]: {
        get: {
          summary: 'List published articles',
          parameters: [
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
            { name: 'sort', in: 'query', schema: { type: 'string' }, example: '-publishedAt' },
            { name: 'where', in: 'query', style: 'deepObject', schema: { type: 'object' }, description: 'Payload query, e.g. where[slug][equals]=…' },
          ],
          responses: { '200': json(ref('ArticleList'), 'A page of published articles') },
        },
      },
      [`/api/${articles}/slug/{slug}`]: {
        get: {
          summary: 'The published story in one document',
          description:
            'Body, public fields of its quotes and sources, update and correction log, the first page of approved comments (threaded) and the comment count. Strong ETag, 304 on If-None-Match, Cache-Control with s-maxage and stale-while-revalidate. `?format=jsonld` or `Accept: application/ld+json` returns schema.org NewsArticle (a LiveBlogPosting too while it has updates; its publisher a NewsMediaOrganization with the newsroom’s policies); `?format=ninjs` or `Accept: application/ninjs+json` returns IPTC ninjs 3.1.',
          parameters: [
            { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'format', in: 'query', schema: { enum: ['json', 'jsonld', 'ninjs'] } },
            { name: 'If-None-Match', in: 'header', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'The story',
              headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
              content: {
                'application/json': { schema: ref('DeliveryArticle') },
                'application/ld+json': { schema: ref('NewsArticleJsonLd') },
                'application/ninjs+json': { schema: { type: 'object', required: ['uri'], description: `IPTC ninjs 3.1, valid against ${NINJS_SCHEMA}` } },
              },
            },
            '304': { description: 'Not modified: the ETag sent is current' },
            '404': errorResponse('No published article has this slug (never published, unpublished, or taken down)'),
            '410': { description: 'Retracted: the story document with its `retraction` notice and without its text', content: { 'application/json': { schema: ref('DeliveryArticle') } } },
          },
        },
      },
      [`/api/globals/${settings.slugs.newsroom}`]: {
        get: {
          summary: 'The newsroom’s public record: name, URL, language, logo and its policies (a URL or text each)',
          responses: { '200': json({ type: 'object', required: ['name', 'language', 'policies'], properties: { name: { type: 'string' }, url: { type: ['string', 'null'] }, language: { type: 'string' }, logoUrl: { type: ['string', 'null'] }, policies: { type: 'object' } } }, 'The record') },
        },
      },
      [`/api/globals/${settings.slugs.newsroom}/policies/{policy}`]: {
        get: {
          summary: 'A policy kept as text, as a plain HTML page',
          parameters: [{ name: 'policy', in: 'path', required: true, schema: { enum: POLICIES.map((policy) => policy.slug) } }],
          responses: { '200': { description: 'The policy', content: { 'text/html': { schema: { type: 'string' } } } }, '404': errorResponse('No such policy') },
        },
      },
      [`/api/${articles}/slug/{slug}/events`]: {
        get: {
          summary: 'Server-sent events: the published story as it changes',
          description:
            'A `text/event-stream`. First `event: ready` (data: StoryReady) with the story’s current ETag; then `event: story` (data: StoryChanged) within a second of every change readers see (a published edit, a log entry, a correction, an approved comment), or `{ "published": false }` before the stream closes when the story is unpublished. Event ids let a reconnecting client resume with `Last-Event-ID`; a comment line every 20 s keeps proxies from closing it. A client that does not keep up is disconnected and resumes.',
          parameters: [
            { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'Last-Event-ID', in: 'header', schema: { type: 'string' }, description: 'The last event id received: what was missed is sent first.' },
          ],
          responses: {
            '200': { description: 'The stream (events: ready, story)', content: { 'text/event-stream': { schema: { type: 'string' } } } },
            '404': errorResponse('No published article has this slug'),
            '429': errorResponse(`More than ${settings.delivery.eventStreamsPerClient} open streams from this client`),
          },
        },
      },
      [`/api/${articles}/{id}/error-reports`]: {
        post: {
          summary: 'Report an error in an article to the editors (private, never published)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
          requestBody: { required: true, content: { 'application/json': { schema: ref('ErrorReportSubmission') } } },
          responses: {
            '201': json(ref('ErrorReportAccepted'), 'Filed'),
            '400': errorResponse('Invalid: each field with its reason'),
            '404': errorResponse('No published article has this id'),
            '429': { ...errorResponse('Too soon after the previous report from this client or email'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
          },
        },
      },
      [`/api/${articles}/{id}/legal-sign-off`]: {
        post: {
          summary: 'Legal signs off the story’s latest text (legal and admins only)',
          description: 'Saved on a new draft with a fingerprint of the body; a later change to the body voids it. A story quoting an anonymous source, or footage or a document not verified, is published only with a current sign-off.',
          parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { note: { type: 'string', maxLength: 2000 } } } } } },
          responses: { '200': json(ref('Message'), 'Signed off'), '400': errorResponse('Invalid note'), '401': errorResponse('Not logged in'), '403': errorResponse('Not legal or an admin'), '404': errorResponse('No article has this id') },
        },
      },
      [`/api/${articles}/{id}/takedown`]: {
        post: {
          summary: 'A legal takedown (legal and admins only): the story leaves every public surface and stays unpublished until lifted',
          parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['reason'], properties: { reason: { type: 'string', maxLength: 2000 } } } } } },
          responses: { '200': json(ref('Message'), 'Taken down'), '400': errorResponse('No reason given'), '401': errorResponse('Not logged in'), '403': errorResponse('Not legal or an admin'), '404': errorResponse('No article has this id') },
        },
        delete: {
          summary: 'Lift a takedown (legal and admins only); an editor may then publish the story again',
          parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
          responses: { '200': json(ref('Message'), 'Lifted'), '401': errorResponse('Not logged in'), '403': errorResponse('Not legal or an admin'), '404': errorResponse('No article has this id'), '409': errorResponse('Not taken down') },
        },
      },
      [`/api/${comments}`]: {
        get: {
          summary: 'Approved comments (pinned first, then oldest first); page size capped',
          parameters: [
            { name: 'where', in: 'query', style: 'deepObject', schema: { type: 'object' }, description: 'e.g. where[article][equals]=1' },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: settings.comments.maxPageSize } },
          ],
          responses: { '200': json(ref('CommentList'), 'A page of approved comments') },
        },
        post: {
          summary: 'Submit a comment (it awaits moderation)',
          description: 'Only article, parent, authorName, authorEmail and body are read; anything else is ignored.',
          requestBody: { required: true, content: { 'application/json': { schema: ref('CommentSubmission') } } },
          responses: {
            '201': json(ref('CommentAccepted'), 'Accepted'),
            '400': errorResponse('Invalid: each field with its reason'),
            '403': errorResponse('Comments are closed on this article'),
            '429': { ...errorResponse('Too soon after the previous comment from this client or email'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
          },
        },
      },
      [`/api/${comments}/{id}/report`]: {
        post: {
          summary: 'Flag an approved comment for moderators',
          parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { reason: { type: 'string', maxLength: 500 } } } } } },
          responses: {
            '202': json(ref('Message'), 'Noted (reporting twice counts once)'),
            '404': errorResponse('No published comment has this id'),
            '429': { ...errorResponse('Too many reports from this client'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
          },
        },
      },
    },
    components: {
      schemas: {
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
            body: nullable({ type: 'object', description: 'Lexical JSON; inline blocks of type "quote" carry fields.quote, an id in `quotes`. Null once the story is retracted.' }),
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
      },
    },
  }
}
