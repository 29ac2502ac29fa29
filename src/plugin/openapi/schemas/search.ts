import { nullable } from '../shared'

/** `GET /api/search`: a page of stories found, each as a results list shows it. */
export const searchSchemas = () => ({
  SearchHit: {
    type: 'object',
    additionalProperties: false,
    required: [
      'id',
      'slug',
      'url',
      'title',
      'dek',
      'byline',
      'authors',
      'tags',
      'publishedAt',
      'dateModified',
      'snippet',
    ],
    properties: {
      id: { type: 'string' },
      slug: { type: 'string' },
      url: { type: 'string', description: 'Where readers read the story' },
      title: { type: 'string' },
      dek: nullable({ type: 'string' }),
      byline: nullable({ type: 'string' }),
      authors: {
        type: 'array',
        description: 'The story’s public authors, with their pages (none for a withheld byline)',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'slug', 'url'],
          properties: {
            name: { type: 'string' },
            slug: { type: 'string' },
            url: { type: 'string' },
          },
        },
      },
      tags: { type: 'array', items: { type: 'string' } },
      publishedAt: nullable({ type: 'string' }),
      dateModified: nullable({ type: 'string' }),
      snippet: {
        type: 'string',
        description:
          'Where the words were found, as HTML: escaped text, the words in `<mark>` (no other markup)',
      },
    },
  },
  SearchResults: {
    type: 'object',
    additionalProperties: false,
    required: [
      'query',
      'page',
      'limit',
      'totalDocs',
      'totalExact',
      'totalPages',
      'hasNextPage',
      'docs',
    ],
    properties: {
      query: { type: 'string', description: 'The words as searched (normalised)' },
      page: { type: 'integer' },
      limit: { type: 'integer' },
      totalDocs: { type: 'integer' },
      totalExact: {
        type: 'boolean',
        description: 'False when there are more than totalDocs (counted up to 200)',
      },
      totalPages: { type: 'integer' },
      hasNextPage: { type: 'boolean' },
      docs: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } },
    },
  },
})
