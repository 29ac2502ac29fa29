/** Comments moderation: what readers read (approved comments only, in order, capped pages, nested replies). */
import { makeArticle, makeComment } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type ModerationSuite, readersView } from './context'

export const readingComments = (suite: ModerationSuite) => {
  describe('reading comments', () => {
    let newsroom: TestNewsroom
    const { publicComments } = readersView(suite)
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    it('gives readers approved comments only, pinned first then oldest first, without emails or IP hashes', async () => {
      const article = await makeArticle(newsroom.payload)
      const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()
      const oldest = await makeComment(newsroom.payload, article.id, {
        createdAt: at(30),
        body: 'oldest',
      })
      await makeComment(newsroom.payload, article.id, {
        createdAt: at(20),
        body: 'pending one',
        status: 'pending',
      })
      const newer = await makeComment(newsroom.payload, article.id, {
        createdAt: at(10),
        body: 'newer',
      })
      const pinned = await makeComment(newsroom.payload, article.id, {
        createdAt: at(1),
        body: 'editor’s note',
        pinned: true,
      })
      await makeComment(newsroom.payload, article.id, {
        createdAt: at(5),
        body: 'spam',
        status: 'spam',
      })

      const page = await publicComments(article.id)
      expect(page.docs.map((c: any) => c.id)).toEqual([pinned.id, oldest.id, newer.id])
      for (const comment of page.docs) {
        expect(comment).not.toHaveProperty('authorEmail')
        expect(comment).not.toHaveProperty('ipHash')
        expect(comment).not.toHaveProperty('reportCount')
      }
    })

    it('caps the page size for readers, limit=0 included, but not for moderators', async () => {
      const article = await makeArticle(newsroom.payload)
      for (let i = 0; i < 7; i++) {
        await makeComment(newsroom.payload, article.id)
      }
      for (const limit of ['1000', '0', '-1', 'abc']) {
        const res = await newsroom.api(
          'anonymous',
          'GET',
          `/api/comments?where[article][equals]=${article.id}&limit=${limit}`,
        )
        expect(res.status).toBe(200)
        expect(res.body.docs.length).toBeLessThanOrEqual(5)
        expect(res.body.totalDocs).toBe(7)
      }
      const all = await newsroom.api(
        'moderator',
        'GET',
        `/api/comments?where[article][equals]=${article.id}&limit=100`,
      )
      expect(all.body.docs).toHaveLength(7)
    })

    it('nests approved replies under their parent', async () => {
      const article = await makeArticle(newsroom.payload)
      const root = await makeComment(newsroom.payload, article.id, { body: 'root' })
      const reply = await makeComment(newsroom.payload, article.id, {
        body: 'reply',
        parent: root.id,
      })
      await makeComment(newsroom.payload, article.id, {
        body: 'hidden reply',
        parent: root.id,
        status: 'pending',
      })
      const top = await publicComments(article.id, '&where[parent][exists]=false')
      expect(top.docs.map((c: any) => c.id)).toEqual([root.id])
      expect(top.docs[0].replies.docs.map((c: any) => c.id)).toEqual([reply.id])
    })
  })
}
