/** Authors (authors.test.ts): Who edits authors: reporters their own and unpublished guests, editors everyone; credited authors kept; bad links. */

import { type AuthorsSuite } from './context'

export const whoEditsAuthors = (suite: AuthorsSuite) => {
  describe('who edits authors', () => {
    it('a reporter edits their own profile and unpublished guests, not a published colleague', async () => {
      expect(
        (
          await suite.newsroom.api('reporter', 'PATCH', `/api/authors/${suite.ids.jane}`, {
            bio: 'New bio.',
          })
        ).status,
      ).toBe(200)
      expect(
        (
          await suite.newsroom.api('reporter', 'PATCH', `/api/authors/${suite.ids.omar}`, {
            bio: 'Hijacked.',
          })
        ).status,
      ).toBe(403)
      const guest = await suite.newsroom.api('reporter', 'POST', '/api/authors', {
        name: 'New Guest',
      })
      expect(guest.status).toBe(201)
      expect(
        (
          await suite.newsroom.api('reporter', 'PATCH', `/api/authors/${guest.body.doc.id}`, {
            jobTitle: 'Writer',
          })
        ).status,
      ).toBe(200)
    })

    it('only editors withhold a byline or link an account', async () => {
      await suite.newsroom.api('reporter', 'PATCH', `/api/authors/${suite.ids.jane}`, {
        withholdByline: { withheld: true, reason: 'Trying' },
        user: suite.newsroom.userId('editor'),
      })
      const after = await suite.newsroom.api(
        'editor',
        'GET',
        `/api/authors/${suite.ids.jane}?depth=0`,
      )
      expect(after.body.withholdByline?.withheld).toBe(false)
      expect(after.body.user).toBe(suite.newsroom.userId('reporter'))
    })

    it('a credited author is not deleted: 409 naming the credits', async () => {
      const refused = await suite.newsroom.api('editor', 'DELETE', `/api/authors/${suite.ids.omar}`)
      expect(refused.status).toBe(409)
      expect(JSON.stringify(refused.body)).toContain('credited')
    })

    it('a bad link is a 400 naming the field', async () => {
      const bad = await suite.newsroom.api('editor', 'PATCH', `/api/authors/${suite.ids.guest}`, {
        sameAs: [{ url: 'javascript:alert(1)' }],
      })
      expect(bad.status).toBe(400)
      expect(JSON.stringify(bad.body)).toContain('sameAs')
    })
  })
}
