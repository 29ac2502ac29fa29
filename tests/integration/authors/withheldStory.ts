/** Authors (authors.test.ts): A story’s byline withheld: a draft save leaves the published story at once. */

import { containsDeep, makeArticle } from '../../helpers/fixtures'
import { type AuthorsSuite, stepsOf } from './context'

export const withheldForAStory = (suite: AuthorsSuite) => {
  const { storyOutputs } = stepsOf(suite)

  describe('a story’s byline withheld', () => {
    it('by a draft save, leaves the published story at once; a republish does not bring it back', async () => {
      const story = await makeArticle(suite.newsroom.payload, {
        title: 'Dangerous story',
        authors: [{ author: suite.ids.guest, role: 'written-by' }],
      })
      expect((await storyOutputs('dangerous-story')).document.byline).toBe('Gita Guest')
      const saved = await suite.newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${story.id}?draft=true`,
        {
          withholdByline: { withheld: true, reason: 'Legal advice' },
        },
      )
      expect(saved.status).toBe(200)
      const outputs = await storyOutputs('dangerous-story')
      expect(outputs.document.byline).toBe('Staff')
      expect(containsDeep(outputs, 'Gita')).toBe(false)
      const guestPage = await suite.newsroom.api('anonymous', 'GET', '/api/authors/slug/gita-guest')
      expect(guestPage.body.stories.docs.map((one: any) => one.title)).not.toContain(
        'Dangerous story',
      )
      // Published again from the draft: still withheld.
      await suite.newsroom.api('editor', 'PATCH', `/api/articles/${story.id}`, {
        _status: 'published',
        dek: 'More.',
      })
      expect(containsDeep(await storyOutputs('dangerous-story'), 'Gita')).toBe(false)
    })
  })
}
