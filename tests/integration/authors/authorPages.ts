/** Authors (authors.test.ts): Author pages: the public profile and stories, paged; not public without a published story; bad pages; nothing private. */

import { containsDeep, makeArticle } from '../../helpers/fixtures'
import { type AuthorsSuite, stepsOf } from './context'

export const authorPages = (suite: AuthorsSuite) => {
  const { makeAuthor } = stepsOf(suite)

  describe('author pages', () => {
    it('serve the public profile and the published stories, newest first, with the author’s roles', async () => {
      const page = await suite.newsroom.api('anonymous', 'GET', '/api/authors/slug/jane-reporter')
      expect(page.status).toBe(200)
      // Kept by a CDN like the other lists of stories, and dropped with them (a publish, a byline withheld).
      expect(page.headers.get('cache-control')).toMatch(/s-maxage=/)
      expect(page.headers.get('surrogate-key')).toBe('stories')
      expect(page.body.author).toMatchObject({
        name: 'Jane Reporter',
        jobTitle: 'Crime reporter',
        bio: 'Covers the police and the courts.',
        sameAs: ['https://social.example/@jane'],
        url: '/authors/jane-reporter',
      })
      expect(page.body.stories.docs.map((story: any) => story.title)).toEqual([
        'Hand set',
        'Credited story',
      ])
      expect(page.body.stories.docs[1].roles).toEqual(['written-by'])
      expect(containsDeep(page.body, 'jane@newsroom.example')).toBe(false)
      expect(page.body.author.user).toBeUndefined()
    })

    it('page through a prolific author’s stories 20 at a time, newest first, each story once', async () => {
      const prolific = await makeAuthor({ name: 'Pat Prolific' })
      for (let n = 1; n <= 23; n++) {
        await makeArticle(suite.newsroom.payload, {
          title: `Prolific ${n}`,
          publishedAt: new Date(Date.UTC(2026, 0, n)).toISOString(),
          // Credited twice on one story (two roles): still one story.
          authors: [
            { author: prolific, role: 'written-by' },
            ...(n === 5 ? [{ author: prolific, role: 'photos-by' }] : []),
          ],
        })
      }
      const first = (await suite.newsroom.api('anonymous', 'GET', '/api/authors/slug/pat-prolific'))
        .body
      const second = (
        await suite.newsroom.api('anonymous', 'GET', '/api/authors/slug/pat-prolific?page=2')
      ).body
      expect(first.stories).toMatchObject({
        page: 1,
        totalDocs: 23,
        totalPages: 2,
        hasNextPage: true,
      })
      expect(second.stories).toMatchObject({ page: 2, totalDocs: 23, hasNextPage: false })
      const listed = [...first.stories.docs, ...second.stories.docs]
      expect(listed.map((story: any) => story.title)).toEqual(
        Array.from({ length: 23 }, (_, at) => `Prolific ${23 - at}`),
      )
      expect(listed.find((story: any) => story.title === 'Prolific 5').roles).toEqual([
        'written-by',
        'photos-by',
      ])
    })

    it('are not public for an author no published story credits', async () => {
      expect(
        (await suite.newsroom.api('anonymous', 'GET', '/api/authors/slug/uma-unpublished')).status,
      ).toBe(404)
      expect(
        (await suite.newsroom.api('anonymous', 'GET', `/api/authors/${suite.ids.unpublished}`))
          .status,
      ).toBe(404)
      const list = await suite.newsroom.api('anonymous', 'GET', '/api/authors?limit=100')
      expect(list.body.docs.map((author: any) => author.name)).not.toContain('Uma Unpublished')
      // Staff see every author, and their stories (drafts included) in the admin's join.
      const staff = await suite.newsroom.api(
        'editor',
        'GET',
        `/api/authors/${suite.ids.unpublished}`,
      )
      expect(staff.body.stories.docs).toHaveLength(1)
    })

    it('answer a bad page with a 400 naming `page`, and an unknown slug with a 404', async () => {
      const bad = await suite.newsroom.api(
        'anonymous',
        'GET',
        '/api/authors/slug/jane-reporter?page=0',
      )
      expect(bad.status).toBe(400)
      expect(JSON.stringify(bad.body)).toContain('page')
      expect(
        (await suite.newsroom.api('anonymous', 'GET', '/api/authors/slug/nobody')).status,
      ).toBe(404)
      // A NUL byte no database stores: refused (PostgreSQL's guard says 400), never a 5xx.
      const odd = await suite.newsroom.api('anonymous', 'GET', '/api/authors/slug/nobody%00')
      expect([400, 404]).toContain(odd.status)
    })

    it('never show readers an author’s email, account or withholding, over REST or GraphQL', async () => {
      const rest = await suite.newsroom.api('anonymous', 'GET', '/api/authors?limit=100&depth=2')
      expect(rest.body.docs.length).toBeGreaterThan(0)
      for (const author of rest.body.docs) {
        expect(author.email).toBeUndefined()
        expect(author.user).toBeUndefined()
        expect(author.withholdByline).toBeUndefined()
        expect(author.stories).toBeUndefined()
      }
      const graphql = await suite.newsroom.graphql(
        'anonymous',
        '{ Authors { docs { name email user { email } withholdByline { withheld reason } } } }',
      )
      expect(containsDeep(graphql.body, 'jane@newsroom.example')).toBe(false)
      expect(containsDeep(graphql.body, 'reporter@test.newsroom')).toBe(false)
    })
  })
}
