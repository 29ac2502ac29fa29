/** Reader site (readerSite.e2e.ts): pages that do not exist for readers (an unknown slug, a draft) answer 404 with a page that says so. */
import { lexicalParagraphs } from '../../helpers/fixtures'
import { ADMIN, type ReaderSite } from './context'

export const notFound = (site: ReaderSite) => {
  const { reader } = site
  describe('pages that do not exist for readers', () => {
    it('an unknown slug and a draft answer 404 with a page that says so', async () => {
      const login = await fetch(`${site.app.baseURL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      })
      const { token } = await login.json()
      const draft = await fetch(`${site.app.baseURL}/api/articles?draft=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({
          title: 'A draft nobody may read',
          body: lexicalParagraphs('Not yet.'),
          _status: 'draft',
        }),
      })
      expect(draft.status).toBe(201)
      const page = await reader('198.51.100.60')
      for (const slug of ['no-such-story', 'a-draft-nobody-may-read']) {
        const response = await page.goto(`${site.app.baseURL}/stories/${slug}`)
        expect(response!.status()).toBe(404)
        expect(await page.locator('h1').textContent()).toBe('Story not found')
        expect(await page.content()).not.toContain('Not yet.')
      }
    })
  })
}
