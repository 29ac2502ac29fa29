import type { NewsroomSettings } from '../options'

import { errorResponse, id, json, ref } from './shared'

/** Authors readers may see: the list, one by id, and the author's page (profile and published stories). */
export const authorPaths = (settings: NewsroomSettings) => {
  const { authors } = settings.slugs
  return {
    [`/api/${authors}`]: {
      get: {
        summary: 'Authors a published story credits by name (never one whose byline is withheld)',
        parameters: [
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
          { name: 'sort', in: 'query', schema: { type: 'string' }, example: 'name' },
        ],
        responses: { '200': json(ref('AuthorList'), 'A page of authors') },
      },
    },
    [`/api/${authors}/{id}`]: {
      get: {
        summary: 'One author a published story credits by name',
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        responses: {
          '200': json(ref('PublicAuthor'), 'The author'),
          '404': errorResponse('No public author has this id'),
        },
      },
    },
    [`/api/${authors}/slug/{slug}`]: {
      get: {
        summary: 'An author’s page: public profile and published stories, newest first',
        description:
          'Name, job title, bio, photo and links, and a page of 20 of their published stories (their roles on each), newest first; stories whose byline is withheld are left out. 404 for an author no published story credits by name, or whose byline is withheld. Cache-Control with s-maxage.',
        parameters: [
          { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
          {
            name: 'page',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 10000 },
          },
        ],
        responses: {
          '200': json(ref('AuthorPage'), 'The author and a page of their stories'),
          '400': errorResponse('`page` is not a whole number from 1 to 10,000'),
          '404': errorResponse('No public author has this slug'),
        },
      },
    },
  }
}
