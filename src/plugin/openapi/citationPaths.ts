import type { NewsroomSettings } from '../options'

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

/** The sources and quotes published stories cite, as readers may see them. */
export const citationPaths = (settings: NewsroomSettings) => {
  const { sources, quotes } = settings.slugs
  return {
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
