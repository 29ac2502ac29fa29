import type { NewsroomSettings } from '../options'

import { NINJS_SCHEMA } from '../syndication/ninjs'
import { errorResponse, json, ref } from './shared'

/** Published stories: the list, and the story in one document (JSON, JSON-LD or ninjs). */
export const storyPaths = (settings: NewsroomSettings) => {
  const { articles } = settings.slugs
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
  }
}
/** The published story as it changes, as server-sent events. */
export const storyEventsPath = (settings: NewsroomSettings) => {
  const { articles } = settings.slugs
  return {
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
  }
}
