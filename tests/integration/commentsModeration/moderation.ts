/** Comments moderation: approving, rejecting and marking spam in bulk, and pinning a note. */
import { makeArticle, makeComment } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type ModerationSuite, readersView } from './context'

export const moderation = (suite: ModerationSuite) => {
  describe('moderation', () => {
    let newsroom: TestNewsroom
    const { commentCount } = readersView(suite)
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    it('approves, rejects and marks spam in bulk, and pins a note', async () => {
      const article = await makeArticle(newsroom.payload)
      const ids = []
      for (let i = 0; i < 3; i++) {
        ids.push((await makeComment(newsroom.payload, article.id, { status: 'pending' })).id)
      }
      const bulk = await newsroom.api(
        'moderator',
        'PATCH',
        `/api/comments?where[id][in]=${ids.join(',')}`,
        { status: 'approved' },
      )
      expect(bulk.status).toBe(200)
      expect(await commentCount(article.id)).toBe(3)
      await newsroom.api(
        'moderator',
        'PATCH',
        `/api/comments?where[id][in]=${ids.slice(0, 2).join(',')}`,
        { status: 'spam' },
      )
      expect(await commentCount(article.id)).toBe(1)
      const pin = await newsroom.api('moderator', 'PATCH', `/api/comments/${ids[2]}`, {
        pinned: true,
      })
      expect(pin.body.doc.pinned).toBe(true)
      expect(
        (await newsroom.api('editor', 'PATCH', `/api/comments/${ids[2]}`, { pinned: false }))
          .status,
      ).toBe(403)
    })
  })
}
