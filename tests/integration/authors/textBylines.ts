/** Authors (authors.test.ts): Stories from before authors were kept: their text bylines become authors. */
import { authorsFromTextBylines, settingsOf } from 'newsroom-payload'
import { createLocalReq } from 'payload'

import { containsDeep, makeArticle } from '../../helpers/fixtures'
import { type AuthorsSuite, stepsOf } from './context'

export const textBylinesMigrated = (suite: AuthorsSuite) => {
  const { storyOutputs } = stepsOf(suite)

  describe('stories from before authors were kept', () => {
    it('get authors from their text byline (a migration), printed the same', async () => {
      const old = await makeArticle(suite.newsroom.payload, {
        title: 'Old story',
        byline: 'Ann Old and Bob Older',
      })
      await authorsFromTextBylines(
        await createLocalReq({}, suite.newsroom.payload),
        settingsOf(suite.newsroom.payload),
      )
      const staff = await suite.newsroom.api('editor', 'GET', `/api/articles/${old.id}?depth=1`)
      expect(staff.body.authors.map((credit: any) => [credit.author.name, credit.role])).toEqual([
        ['Ann Old', 'written-by'],
        ['Bob Older', 'written-by'],
      ])
      expect(staff.body.byline ?? null).toBeNull()
      const page = await suite.newsroom.api('anonymous', 'GET', '/api/authors/slug/bob-older')
      expect(page.status).toBe(200)
      expect(page.body.stories.docs.map((one: any) => one.title)).toEqual(['Old story'])
      // Its edition, published before the credits, prints the names as a line: withholding one of them
      // withholds the line at once.
      expect((await storyOutputs('old-story')).document.byline).toBe('Ann Old and Bob Older')
      await suite.newsroom.api('editor', 'PATCH', `/api/authors/${page.body.author.id}`, {
        withholdByline: { withheld: true },
      })
      const outputs = await storyOutputs('old-story')
      expect(outputs.document.byline).toBe('Staff')
      expect(containsDeep(outputs, 'Bob Older')).toBe(false)
    })
  })
}
