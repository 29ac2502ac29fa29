/** Comments moderation: deleting a reported comment, and an article with its comments and error reports. */
import { makeArticle, makeComment } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type ModerationSuite, newClient } from './context'

export const deleting = (suite: ModerationSuite) => {
  describe('deleting', () => {
    let newsroom: TestNewsroom
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    it('a reported comment deletes its reports; an article deletes its comments and error reports', async () => {
      const article = await makeArticle(newsroom.payload)
      const comment = await makeComment(newsroom.payload, article.id)
      await newsroom.api('anonymous', 'POST', `/api/comments/${comment.id}/report`, {}, newClient())
      await newsroom.api(
        'anonymous',
        'POST',
        `/api/articles/${article.id}/error-reports`,
        { text: 'A typo' },
        newClient(),
      )
      expect(
        (await newsroom.api('moderator', 'DELETE', `/api/comments/${comment.id}`)).status,
      ).toBe(200)

      const other = await makeComment(newsroom.payload, article.id)
      await newsroom.api('anonymous', 'POST', `/api/comments/${other.id}/report`, {}, newClient())
      expect((await newsroom.api('editor', 'DELETE', `/api/articles/${article.id}`)).status).toBe(
        200,
      )
      for (const [collection, field] of [
        ['comments', 'article'],
        ['error-reports', 'article'],
      ] as const) {
        const { totalDocs } = await newsroom.payload.count({
          collection,
          where: { [field]: { equals: article.id } },
          overrideAccess: true,
        })
        expect(totalDocs).toBe(0)
      }
      expect(
        (
          await newsroom.payload.count({
            collection: 'comment-reports',
            where: { comment: { in: [comment.id, other.id] } },
            overrideAccess: true,
          })
        ).totalDocs,
      ).toBe(0)
    })
  })
}
