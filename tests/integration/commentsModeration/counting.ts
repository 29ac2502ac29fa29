/** Comments moderation: a list counts every article's approved comments in one query. */
import { makeArticle, makeComment } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type ModerationSuite } from './context'

export const countingApprovedComments = (suite: ModerationSuite) => {
  describe('counting approved comments', () => {
    let newsroom: TestNewsroom
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    it('a list counts every article’s approved comments, each right, in one query for the page', async () => {
      const articles = [
        await makeArticle(newsroom.payload),
        await makeArticle(newsroom.payload),
        await makeArticle(newsroom.payload),
      ]
      for (const [k, article] of articles.entries()) {
        for (let i = 0; i < k; i++) {
          await makeComment(newsroom.payload, article.id, { status: 'approved' })
        }
        await makeComment(newsroom.payload, article.id, { status: 'pending' })
        await makeComment(newsroom.payload, article.id, { status: 'spam' })
      }
      const session = (newsroom.payload.db as any).drizzle.session
      const original = session.logger
      const statements: string[] = []
      session.logger = { logQuery: (sql: string) => statements.push(sql) }
      let list
      try {
        list = await newsroom.api(
          'anonymous',
          'GET',
          `/api/articles?where[id][in]=${articles.map((article) => article.id).join(',')}&depth=0&limit=10`,
        )
      } finally {
        session.logger = original
      }
      expect(list.status).toBe(200)
      const counts = new Map(list.body.docs.map((doc: any) => [doc.id, doc.commentCount]))
      expect(articles.map((article) => counts.get(article.id))).toEqual([0, 1, 2])
      expect(
        statements.filter((sql) => /count\(\*\)[\s\S]*from\s+"comments"/i.test(sql)),
      ).toHaveLength(1)
    })
  })
}
