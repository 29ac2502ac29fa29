import type { NewsroomSettings } from '../options'

import { NINJS_SCHEMA } from '../syndication/ninjs'
import { LOG_ENTRY_TYPES, POLICIES, valuesOf } from '../vocabulary'
import { errorResponse, id, json, ref } from './shared'

/** A page of a public collection: Payload's list parameters, readers' page size capped at 100. */
const listParameters = (example: string) => [
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
  { name: 'sort', in: 'query', schema: { type: 'string' } },
  {
    name: 'where',
    in: 'query',
    style: 'deepObject',
    schema: { type: 'object' },
    description: `Payload query, e.g. ${example}`,
  },
  {
    name: 'depth',
    in: 'query',
    schema: { type: 'integer', minimum: 0, maximum: 3 },
    description:
      'How deep relationships are populated (a populated article carries its title, slug and dates, not its body)',
  },
]

/** Staff endpoints: a login as a header token or the cookie (see `components.securitySchemes`). */
const STAFF = [{ jwt: [] }, { cookie: [] }]

/** The public endpoints: what frontends use without logging in, plus legal's two. */
export const openApiPaths = (settings: NewsroomSettings) => {
  const { articles, comments, sources, quotes } = settings.slugs
  return {
    [`/api/${articles}`]: {
      get: {
        summary: 'List published articles',
        parameters: [
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
          { name: 'sort', in: 'query', schema: { type: 'string' }, example: '-publishedAt' },
          {
            name: 'where',
            in: 'query',
            style: 'deepObject',
            schema: { type: 'object' },
            description: 'Payload query, e.g. where[slug][equals]=…',
          },
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
            headers: {
              ETag: { schema: { type: 'string' } },
              'Cache-Control': { schema: { type: 'string' } },
            },
            content: {
              'application/json': { schema: ref('DeliveryArticle') },
              'application/ld+json': { schema: ref('NewsArticleJsonLd') },
              'application/ninjs+json': {
                schema: {
                  type: 'object',
                  required: ['uri'],
                  description: `IPTC ninjs 3.1, valid against ${NINJS_SCHEMA}`,
                },
              },
            },
          },
          '304': { description: 'Not modified: the ETag sent is current' },
          '404': errorResponse(
            'No published article has this slug (never published, unpublished, or taken down)',
          ),
          '410': {
            description:
              'Retracted: the story document with its `retraction` notice and without its text',
            content: { 'application/json': { schema: ref('DeliveryArticle') } },
          },
        },
      },
    },
    [`/api/${articles}/slug/{slug}/editions`]: {
      get: {
        summary: 'Every edition of a published story, oldest first',
        description:
          'A story is served as the edition its last publish made, built once from the quotes, sources and pictures as they were. Each edition here: its number, when it was published, why (first publish, republish, correction, retraction, a change for safety), the log entries it added, and where to read it; an earlier edition withheld since (a retraction, a source granted anonymity) says why and has no URL.',
        parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': json(ref('EditionList'), 'The editions'),
          '404': errorResponse('No published article has this slug'),
        },
      },
    },
    [`/api/${articles}/slug/{slug}/editions/{number}`]: {
      get: {
        summary:
          'One edition as it was published, and the words removed and added since the one before',
        parameters: [
          { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'number', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
        ],
        responses: {
          '200': json(ref('Edition'), 'The edition'),
          '404': errorResponse('No published article has this slug, or it has no such edition'),
          '410': errorResponse(
            'This earlier edition is no longer served (the story was retracted, or a source it named was granted anonymity)',
          ),
        },
      },
    },
    [`/api/globals/${settings.slugs.newsroom}`]: {
      get: {
        summary:
          'The newsroom’s public record: name, URL, language, logo and its policies (a URL or text each)',
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['name', 'language', 'policies'],
              properties: {
                name: { type: 'string' },
                url: { type: ['string', 'null'] },
                language: { type: 'string' },
                logoUrl: { type: ['string', 'null'] },
                policies: { type: 'object' },
              },
            },
            'The record',
          ),
        },
      },
    },
    [`/api/globals/${settings.slugs.newsroom}/policies/{policy}`]: {
      get: {
        summary: 'A policy kept as text, as a plain HTML page',
        parameters: [
          {
            name: 'policy',
            in: 'path',
            required: true,
            schema: { enum: POLICIES.map((policy) => policy.slug) },
          },
        ],
        responses: {
          '200': {
            description: 'The policy',
            content: { 'text/html': { schema: { type: 'string' } } },
          },
          '404': errorResponse('No such policy'),
        },
      },
    },
    [`/api/${articles}/slug/{slug}/events`]: {
      get: {
        summary: 'Server-sent events: the published story as it changes',
        description:
          'A `text/event-stream`. First `event: ready` (data: StoryReady) with the story’s current ETag; then `event: story` (data: StoryChanged) within a second of every change readers see (a published edit, a log entry, a correction, an approved comment), or `{ "published": false }` before the stream closes when the story is unpublished. Event ids let a reconnecting client resume with `Last-Event-ID`; a comment line every 20 s keeps proxies from closing it. A client that does not keep up is disconnected and resumes.',
        parameters: [
          { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
          {
            name: 'Last-Event-ID',
            in: 'header',
            schema: { type: 'string' },
            description: 'The last event id received: what was missed is sent first.',
          },
        ],
        responses: {
          '200': {
            description: 'The stream (events: ready, story)',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          '404': errorResponse('No published article has this slug'),
          '429': errorResponse(
            `More than ${settings.delivery.eventStreamsPerClient} open streams from this client`,
          ),
        },
      },
    },
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
    [`/api/${articles}/{id}/error-reports`]: {
      post: {
        summary: 'Report an error in an article to the editors (private, never published)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('ErrorReportSubmission') } },
        },
        responses: {
          '201': json(ref('ErrorReportAccepted'), 'Filed'),
          '400': errorResponse('Invalid: each field with its reason'),
          '404': errorResponse('No published article has this id'),
          '429': {
            ...errorResponse('Too soon after the previous report from this client or email'),
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
          },
        },
      },
    },
    [`/api/${articles}/{id}/legal-sign-off`]: {
      post: {
        summary: 'Legal signs off the story’s latest text (legal and admins only)',
        security: STAFF,
        description:
          'Saved on a new draft with a fingerprint of the body; a later change to the body voids it. A story quoting an anonymous source, or footage or a document not verified, is published only with a current sign-off.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { note: { type: 'string', maxLength: 2000 } } },
            },
          },
        },
        responses: {
          '200': json(ref('Message'), 'Signed off'),
          '400': errorResponse('Invalid note'),
          '401': errorResponse('Not logged in'),
          '403': errorResponse('Not legal or an admin'),
          '404': errorResponse('No article has this id'),
        },
      },
    },
    [`/api/${articles}/awaiting-republish`]: {
      get: {
        summary:
          'The published stories still showing a quote, source or picture as it was before a change (editorial staff)',
        security: STAFF,
        description:
          'A change to a quote, source or picture reaches readers only when a story citing it is republished. Name exactly one record (`quote`, `source` or `media`, with its id): the answer lists the published stories whose current edition shows it otherwise than it is now.',
        parameters: (['quote', 'source', 'media'] as const).map((name) => ({
          name,
          in: 'query',
          schema: id,
          description: `The ${name === 'media' ? 'picture' : name}’s id (exactly one of quote, source, media)`,
        })),
        responses: {
          '200': json(ref('StoriesAwaitingRepublish'), 'The stories awaiting a republish'),
          '400': errorResponse('Not exactly one of quote, source, media, or not an id'),
          '401': errorResponse('Not logged in'),
          '403': errorResponse('Not editorial staff'),
          '404': errorResponse('No such record'),
        },
      },
    },
    [`/api/${articles}/{id}/republish`]: {
      post: {
        summary:
          'Republish a story so readers get the quotes, sources and pictures it cites as they are now (editors and admins only)',
        security: STAFF,
        description:
          'An ordinary publish made as the editor: the publish gate and legal’s sign-off decide as for any other (their refusal is the answer), and the log entry is published with it, moving `dateModified`. Refused (409) while the story’s latest draft holds unpublished changes of its own.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['logEntry'],
                properties: {
                  logEntry: {
                    type: 'object',
                    required: ['type', 'text'],
                    properties: {
                      type: {
                        enum: valuesOf(LOG_ENTRY_TYPES),
                        not: { const: 'retraction' },
                        description: 'A retraction is made from the story itself',
                      },
                      text: { type: 'string', maxLength: 2000 },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': json(ref('Republished'), 'Republished: the new edition’s number'),
          '400': errorResponse(
            'No or an invalid log entry, or the publish gate refused (e.g. legal must sign the new text off)',
          ),
          '401': errorResponse('Not logged in'),
          '403': errorResponse('Not an editor or an admin'),
          '404': errorResponse('No published story has this id'),
          '409': errorResponse(
            'The story’s latest draft has unpublished changes of its own: publish it from the story',
          ),
        },
      },
    },
    [`/api/${articles}/{id}/takedown`]: {
      post: {
        summary:
          'A legal takedown (legal and admins only): the story leaves every public surface and stays unpublished until lifted',
        security: STAFF,
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['reason'],
                properties: { reason: { type: 'string', maxLength: 2000 } },
              },
            },
          },
        },
        responses: {
          '200': json(ref('Message'), 'Taken down'),
          '400': errorResponse('No reason given'),
          '401': errorResponse('Not logged in'),
          '403': errorResponse('Not legal or an admin'),
          '404': errorResponse('No article has this id'),
        },
      },
      delete: {
        summary:
          'Lift a takedown (legal and admins only); an editor may then publish the story again',
        security: STAFF,
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        responses: {
          '200': json(ref('Message'), 'Lifted'),
          '401': errorResponse('Not logged in'),
          '403': errorResponse('Not legal or an admin'),
          '404': errorResponse('No article has this id'),
          '409': errorResponse('Not taken down'),
        },
      },
    },
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
    [`/api/${sources}`]: {
      get: {
        summary:
          'Sources cited by published stories (an anonymous source without any name or identity)',
        parameters: listParameters('where[kind][equals]=footage'),
        responses: { '200': json(ref('SourceList'), 'A page of sources') },
      },
    },
    [`/api/${sources}/{id}`]: {
      get: {
        summary: 'One source cited by a published story',
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        responses: {
          '200': json(ref('PublicSource'), 'The source'),
          '404': errorResponse('No source a published story cites has this id'),
        },
      },
    },
    [`/api/${quotes}`]: {
      get: {
        summary: 'Quotes cited by published stories, each with its speaker and story',
        parameters: listParameters('where[article][equals]=1'),
        responses: { '200': json(ref('QuoteList'), 'A page of quotes') },
      },
    },
    [`/api/${quotes}/{id}`]: {
      get: {
        summary: 'One quote cited by a published story',
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        responses: {
          '200': json(ref('PublicQuote'), 'The quote'),
          '404': errorResponse('No quote a published story cites has this id'),
        },
      },
    },
  }
}
