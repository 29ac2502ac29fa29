/** Comments moderation: a reader's words are never rewritten, and only moderators are told why a comment waits. */
import { makeArticle } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type ModerationSuite, newClient, takeClientNumber } from './context'

export const whatAReaderWrote = (suite: ModerationSuite) => {
  describe('what a reader wrote, and why it waits', () => {
    let newsroom: TestNewsroom
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    it('is never rewritten by a moderator or an admin: name, email and text stay as the reader sent them', async () => {
      const article = await makeArticle(newsroom.payload)
      const posted = await newsroom.api(
        'anonymous',
        'POST',
        '/api/comments',
        {
          article: article.id,
          authorName: 'Reader',
          authorEmail: 'reader-words@example.com',
          body: 'What I wrote.',
        },
        newClient(),
      )
      const id = posted.body.doc.id
      for (const who of ['moderator', 'admin'] as const) {
        const res = await newsroom.api(who, 'PATCH', `/api/comments/${id}`, {
          body: 'Words put in my mouth.',
          authorName: 'Someone else',
          authorEmail: 'other@example.com',
          status: 'approved',
        })
        expect(res.status).toBe(200)
      }
      const stored = await newsroom.payload.findByID({
        collection: 'comments',
        id,
        overrideAccess: true,
        depth: 0,
      })
      expect(stored).toMatchObject({
        body: 'What I wrote.',
        authorName: 'Reader',
        authorEmail: 'reader-words@example.com',
        status: 'approved',
      })
    })

    it('tells the moderator why a comment waits (too many links, every first comment) and never tells the reader', async () => {
      const article = await makeArticle(newsroom.payload)
      const post = async (body: string) =>
        (
          await newsroom.api(
            'anonymous',
            'POST',
            '/api/comments',
            {
              article: article.id,
              authorName: 'Reader',
              authorEmail: `why${takeClientNumber()}@example.com`,
              body,
            },
            newClient(),
          )
        ).body.doc.id
      const links = await post('See https://a.example, https://b.example and https://c.example')
      const plain = await post('A plain comment.')
      const asModerator = async (id: number | string) =>
        (await newsroom.api('moderator', 'GET', `/api/comments/${id}`)).body
      expect((await asModerator(links)).heldBecause).toBe('Held: 3 links (more than 2).')
      expect((await asModerator(plain)).heldBecause).toMatch(/waits for a moderator/)
      await newsroom.api('moderator', 'PATCH', `/api/comments/${plain}`, {
        status: 'approved',
        heldBecause: 'forged',
      })
      expect(
        (await newsroom.api('anonymous', 'GET', `/api/comments/${plain}`)).body,
      ).not.toHaveProperty('heldBecause')
      expect((await asModerator(plain)).heldBecause).toMatch(/waits for a moderator/)
    })
  })
}
