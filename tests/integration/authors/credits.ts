/** Authors (authors.test.ts): A story’s credits: the printed byline, people in JSON-LD and ninjs, an editor’s own line, staff-only raw fields. */

import { containsDeep, makeArticle } from '../../helpers/fixtures'
import { type AuthorsSuite, stepsOf } from './context'

export const storyCredits = (suite: AuthorsSuite) => {
  const { storyOutputs } = stepsOf(suite)

  describe('a story’s credits', () => {
    it('print the byline from who wrote it, the others as contributors, in byline order', async () => {
      const { document } = await storyOutputs('credited-story')
      expect(document.byline).toBe('Jane Reporter')
      expect(document.authors.map((entry: any) => [entry.name, entry.role])).toEqual([
        ['Jane Reporter', 'written-by'],
        ['Gita Guest', 'additional-reporting'],
        ['Omar Photographer', 'photos-by'],
      ])
      expect(document.authors[0]).toMatchObject({
        slug: 'jane-reporter',
        url: '/authors/jane-reporter',
        jobTitle: 'Crime reporter',
        sameAs: ['https://social.example/@jane'],
        kind: 'person',
      })
      // The suite.newsroom's own facts about an author never reach readers.
      expect(containsDeep(document, 'jane@newsroom.example')).toBe(false)
    })

    it('are people in JSON-LD (author and contributors, with their pages) and in ninjs', async () => {
      const { jsonld, ninjs } = await storyOutputs('credited-story')
      expect(jsonld.author).toEqual([
        expect.objectContaining({
          '@type': 'Person',
          name: 'Jane Reporter',
          jobTitle: 'Crime reporter',
          sameAs: ['https://social.example/@jane'],
        }),
      ])
      expect(jsonld.contributor.map((agent: any) => agent.name)).toEqual([
        'Gita Guest',
        'Omar Photographer',
      ])
      expect(ninjs.by).toBe('Jane Reporter')
      expect(ninjs.people).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'Jane Reporter', rel: 'written-by' }),
          expect.objectContaining({ name: 'Omar Photographer', rel: 'photos-by' }),
        ]),
      )
    })

    it('an editor’s own line is printed instead, when set', async () => {
      await makeArticle(suite.newsroom.payload, {
        title: 'Hand set',
        byline: 'Jane Reporter in the city',
        authors: [{ author: suite.ids.jane, role: 'written-by' }],
      })
      expect((await storyOutputs('hand-set')).document.byline).toBe('Jane Reporter in the city')
    })

    it('are staff-only as raw fields: readers filter or read them through REST and GraphQL nowhere', async () => {
      const raw = await suite.newsroom.api('anonymous', 'GET', `/api/articles/${suite.ids.story}`)
      expect(raw.status).toBe(200)
      expect(raw.body.authors ?? []).toEqual([])
      expect(containsDeep(raw.body, 'Jane Reporter')).toBe(false)
      const filtered = await suite.newsroom.api(
        'anonymous',
        'GET',
        `/api/articles?where[authors.author][equals]=${suite.ids.jane}`,
      )
      expect(filtered.status).toBeGreaterThanOrEqual(400)
      expect(filtered.status).toBeLessThan(500)
      const graphql = await suite.newsroom.graphql(
        'anonymous',
        `{ Articles { docs { title authors { author { name } role } } } }`,
      )
      expect(containsDeep(graphql.body, 'Jane Reporter')).toBe(false)
    })
  })
}
