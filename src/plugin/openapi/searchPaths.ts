import { errorResponse, json, ref } from './shared'

/** `GET /api/search`: published stories found by their words. */
export const searchPaths = () => ({
  '/api/search': {
    get: {
      summary: 'Published stories found by their words, best first, a highlighted snippet each',
      description:
        'Searches what readers read: the title (ranked first), the quotes and who said them (public names only), the dek, tags and authors, then the text and live updates. Never a draft, an unpublished, taken-down or retracted story, nor an anonymous source’s name. `q` takes words, "quoted phrases", `or` and `-word`; a query of no searchable word finds nothing (200, no docs). Answers are cached until a story changes (Cache-Control 30 s, Surrogate-Key `stories`).',
      parameters: [
        {
          name: 'q',
          in: 'query',
          schema: { type: 'string', maxLength: 256 },
          example: 'police camera',
        },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50 } },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50 } },
        { name: 'tag', in: 'query', schema: { type: 'string', maxLength: 100 } },
        {
          name: 'author',
          in: 'query',
          description: 'An author’s slug',
          schema: { type: 'string', maxLength: 100 },
        },
        {
          name: 'from',
          in: 'query',
          description: 'Published on or after (ISO date)',
          schema: { type: 'string' },
          example: '2026-12-01',
        },
        {
          name: 'to',
          in: 'query',
          description: 'Published before (ISO date)',
          schema: { type: 'string' },
        },
      ],
      responses: {
        '200': json(ref('SearchResults'), 'A page of stories found'),
        '400': errorResponse(
          'A parameter that cannot be a search (given twice, too long, not a whole number, not a date), named in `data.errors[].path`',
        ),
      },
    },
  },
})
