import type { NewsroomSettings } from '../../options'

import {
  QUOTE_KINDS,
  SOURCE_KINDS,
  STORY_STATUS_VALUES,
  valuesOf,
  VERIFICATION_STATUSES,
} from '../../vocabulary'
import { id, nullable, ref } from '../shared'

/** What readers learn of an anonymous source's anonymity: why it was granted, nothing else (null for other kinds). */
const publicAnonymity = nullable({
  type: 'object',
  additionalProperties: false,
  properties: { reason: nullable({ type: 'string' }) },
})

/** What readers learn of a recording's provenance (null for other kinds); who filmed it, the original and who verified it stay staff-only. */
const publicProvenance = nullable({
  type: 'object',
  additionalProperties: false,
  properties: {
    howObtained: nullable({ type: 'string' }),
    recordedAt: nullable({ type: 'string' }),
    verificationStatus: nullable({ enum: valuesOf(VERIFICATION_STATUSES) }),
    verificationMethod: nullable({ type: 'string' }),
    rights: nullable({ type: 'string' }),
  },
})

/** A source's public fields, the same over REST and in the story document. */
const publicSourceFields = {
  id,
  description: { type: 'string' },
  kind: { enum: valuesOf(SOURCE_KINDS) },
  name: nullable({ type: 'string' }),
  role: nullable({ type: 'string' }),
  anonymity: publicAnonymity,
  provenance: publicProvenance,
}

/** The REST collections as readers get them: lists, quotes, sources, Lexical bodies, errors. */
export const restSchemas = (_settings: NewsroomSettings) => ({
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
        description:
          'An inline block’s fields: a quote is `{ blockType: "quote", quote: <id in the story’s quotes> }`',
        properties: { blockType: { type: 'string' }, quote: id },
      },
    },
  },
  LexicalBody: {
    type: 'object',
    required: ['root'],
    description: 'Lexical’s serialized editor state (what Payload’s Lexical converters read)',
    properties: {
      root: {
        type: 'object',
        required: ['type', 'children'],
        properties: {
          type: { const: 'root' },
          children: { type: 'array', items: ref('LexicalNode') },
        },
      },
    },
  },
  ArticleSummary: {
    type: 'object',
    required: ['id', 'title'],
    description:
      'A populated article: enough to name and link it (its body is in the story document)',
    properties: {
      id,
      title: { type: 'string' },
      slug: { type: 'string' },
      publishedAt: nullable({ type: 'string' }),
      dateModified: nullable({ type: 'string' }),
      storyStatus: { enum: [...STORY_STATUS_VALUES] },
    },
    not: { anyOf: [{ required: ['body'] }, { required: ['dek'] }] },
  },
  PublicSource: {
    type: 'object',
    required: ['id', 'description', 'kind'],
    description:
      'A source as readers get it over REST: an anonymous source has no name and no identity; the group of another kind is null',
    properties: {
      ...publicSourceFields,
      publishedIn: { type: 'array', items: { anyOf: [id, ref('ArticleSummary')] } },
      quotedIn: {
        type: 'object',
        properties: { docs: { type: 'array' }, hasNextPage: { type: 'boolean' } },
      },
    },
    if: { properties: { kind: { const: 'anonymous' } } },
    then: {
      properties: { name: { type: 'null' } },
      not: { anyOf: [{ required: ['publishedIn'] }, { required: ['quotedIn'] }] },
    },
  },
  PublicQuote: {
    type: 'object',
    required: ['id', 'text', 'kind'],
    description:
      'A quote as readers get it over REST, its speaker and story populated (`depth`); who gave a quote is not shown for an anonymous source',
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
    properties: {
      docs: { type: 'array', items: ref('PublicSource') },
      totalDocs: { type: 'integer' },
      page: { type: 'integer' },
      totalPages: { type: 'integer' },
      hasNextPage: { type: 'boolean' },
    },
  },
  QuoteList: {
    type: 'object',
    required: ['docs', 'totalDocs', 'page', 'totalPages', 'hasNextPage'],
    properties: {
      docs: { type: 'array', items: ref('PublicQuote') },
      totalDocs: { type: 'integer' },
      page: { type: 'integer' },
      totalPages: { type: 'integer' },
      hasNextPage: { type: 'boolean' },
    },
  },
  Message: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
  StoriesAwaitingRepublish: {
    type: 'object',
    required: ['stories', 'total'],
    properties: {
      stories: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title', 'slug', 'edition', 'datePublished'],
          additionalProperties: false,
          properties: {
            id,
            title: { type: 'string' },
            slug: { type: 'string' },
            edition: { type: 'integer', minimum: 1 },
            datePublished: { type: ['string', 'null'] },
          },
        },
      },
      total: { type: 'integer', minimum: 0 },
    },
  },
  Republished: {
    type: 'object',
    required: ['message', 'edition'],
    properties: { message: { type: 'string' }, edition: { type: ['integer', 'null'] } },
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
                errors: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['path', 'message'],
                    properties: { path: { type: 'string' }, message: { type: 'string' } },
                  },
                },
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
      docs: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title', 'slug', '_status'],
          properties: {
            id,
            title: { type: 'string' },
            slug: { type: 'string' },
            _status: { const: 'published' },
          },
        },
      },
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
      ...publicSourceFields,
    },
  },
})
