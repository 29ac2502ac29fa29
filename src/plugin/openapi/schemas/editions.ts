import { EDITION_REASONS } from '../../vocabulary'
import { nullable, ref } from '../shared'

/** A story’s editions: the list, one edition as published, and the words changed between two. */
export const editionSchemas = () => ({
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
          updates: {
            type: 'array',
            description:
              'Live updates both editions carry whose words changed: their headline and text',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'headline', 'text'],
              properties: {
                id: { type: 'string' },
                headline: ref('ChangedWords'),
                text: ref('ChangedWords'),
              },
            },
          },
        },
      }),
    },
  },
})
