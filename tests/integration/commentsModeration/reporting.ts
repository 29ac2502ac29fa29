/** Comments moderation: one report per reader; at the threshold an approved comment goes back to pending. */
import { makeArticle, makeComment } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type ModerationSuite, newClient, readersView } from './context'

export const reportingAComment = (suite: ModerationSuite) => {
  describe('reporting a comment', () => {
    let newsroom: TestNewsroom
    const { commentCount } = readersView(suite)
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    it('counts one report per reader and sends an approved comment back to pending at the threshold', async () => {
      const article = await makeArticle(newsroom.payload)
      const comment = await makeComment(newsroom.payload, article.id)
      const report = (headers: Record<string, string>) =>
        newsroom.api(
          'anonymous',
          'POST',
          `/api/comments/${comment.id}/report`,
          { reason: 'Abusive' },
          headers,
        )

      const first = newClient()
      expect((await report(first)).status).toBe(202)
      expect((await report(first)).status).toBe(202)
      expect(
        (
          await newsroom.payload.findByID({
            collection: 'comments',
            id: comment.id,
            overrideAccess: true,
          })
        ).reportCount,
      ).toBe(1)

      await report(newClient())
      expect(await commentCount(article.id)).toBe(1)
      await report(newClient())
      const after = await newsroom.payload.findByID({
        collection: 'comments',
        id: comment.id,
        overrideAccess: true,
      })
      expect(after).toMatchObject({
        status: 'pending',
        reportCount: 3,
        heldBecause: 'Reported by 3 readers (the threshold is 3).',
      })
      expect(await commentCount(article.id)).toBe(0)
      expect((await report(newClient())).status).toBe(404)
    })
  })
}
