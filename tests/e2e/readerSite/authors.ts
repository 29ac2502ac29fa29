/** Reader site (readerSite.e2e.ts): bylines that lead to the author's page, and the author's feed. */
import { parseFeed } from '@rowanmanning/feed-parser'

import { atomRuleViolations } from '../../helpers/atomRules'
import { type ReaderSite, SLUG, story } from './context'

export const authors = (site: ReaderSite) => {
  const { reader, storyUrl } = site
  describe('authors, for readers', () => {
    it('follows the byline to the author’s page without JavaScript, and back to the story', async () => {
      const page = await reader('198.51.100.120', { javaScript: false })
      await page.goto(storyUrl())
      const byline = page.locator('header .meta a[rel="author"]')
      await byline.waitFor({ timeout: 10_000 })
      expect(await byline.textContent()).toBe('Staff')
      await byline.click()
      await page.waitForURL(/\/authors\/staff$/, { timeout: 10_000 })
      expect(await page.locator('h1').textContent()).toBe('Staff')
      const listed = page.locator('.story-list a', { hasText: story.headline })
      await listed.waitFor({ timeout: 10_000 })
      await listed.click()
      await page.waitForURL(new RegExp(`/stories/${SLUG}$`), { timeout: 10_000 })
      // The page points feed readers at the author's feed.
      await page.goto(`${site.app.baseURL}/authors/staff`)
      expect(
        await page
          .locator('link[rel="alternate"][type="application/atom+xml"]')
          .first()
          .getAttribute('href'),
      ).toMatch(/\/authors\/staff\/feed\.xml$/)
    })

    it('answers an author no published story credits with the 404 page', async () => {
      const res = await fetch(`${site.app.baseURL}/authors/nobody-credited`)
      expect(res.status).toBe(404)
    })

    it('serves the author’s stories as an Atom feed a real feed parser reads, each entry naming the author', async () => {
      const res = await fetch(`${site.app.baseURL}/authors/staff/feed.xml`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
      const body = await res.text()
      expect(atomRuleViolations(body)).toEqual([])
      const feed = parseFeed(body)
      expect(feed.meta.type).toBe('atom')
      expect(feed.title).toMatch(/^Staff — /)
      const entry = feed.items.find((item) => item.url?.endsWith(`/stories/${SLUG}`))!
      expect(entry.title).toBe(story.headline)
      expect(entry.authors.map((author) => author.name)).toEqual(['Staff'])
      expect((await fetch(`${site.app.baseURL}/authors/nobody-credited/feed.xml`)).status).toBe(404)
    })
  })
}
