/** Comments moderation: a comment is still moderated once its parent is spam or its story unpublished, and stays where it is. */
import { makeArticle, makeComment } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type ModerationSuite } from './context'

export const moderatingAfterTheThreadMovesOn = (suite: ModerationSuite) => {
  describe('moderating after the thread has moved on', () => {
    let newsroom: TestNewsroom
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    it('a reply to a comment later marked spam, or a comment on an article later unpublished, can still be moderated', async () => {
      const article = await makeArticle(newsroom.payload)
      const parent = await makeComment(newsroom.payload, article.id, { body: 'soon spam' })
      const reply = await makeComment(newsroom.payload, article.id, {
        body: 'a reply',
        parent: parent.id,
        status: 'pending',
      })
      expect(
        (await newsroom.api('moderator', 'PATCH', `/api/comments/${parent.id}`, { status: 'spam' }))
          .status,
      ).toBe(200)
      expect(
        (
          await newsroom.api('moderator', 'PATCH', `/api/comments/${reply.id}`, {
            status: 'approved',
          })
        ).status,
      ).toBe(200)
      await newsroom.payload.update({
        collection: 'articles',
        id: article.id,
        data: { _status: 'draft' } as never,
        overrideAccess: true,
      })
      expect(
        (
          await newsroom.api('moderator', 'PATCH', `/api/comments/${reply.id}`, {
            status: 'rejected',
          })
        ).status,
      ).toBe(200)
    })

    it('never moves a comment to another article or under another parent', async () => {
      const article = await makeArticle(newsroom.payload)
      const other = await makeArticle(newsroom.payload)
      const comment = await makeComment(newsroom.payload, article.id, { body: 'stays put' })
      await newsroom.api('admin', 'PATCH', `/api/comments/${comment.id}`, {
        article: other.id,
        parent: comment.id,
      })
      const stored = await newsroom.payload.findByID({
        collection: 'comments',
        id: comment.id,
        overrideAccess: true,
        depth: 0,
      })
      expect(stored.article).toBe(article.id)
      expect(stored.parent ?? null).toBeNull()
    })
  })
}
