/** Newsroom workflow (newsroomWorkflow.e2e.ts): a retracted story stays at its URL with the notice and the headline, 410 Gone, without its text. */
import path from 'node:path'

import { eventually } from '../../helpers/browser'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { choose, type NewsroomWorkflow, SHOTS } from './context'

export const retraction = (workflow: NewsroomWorkflow) => {
  const { logIn, api } = workflow
  describe('a retraction', () => {
    it('leaves the story at its URL with the notice and the headline, 410 Gone, without its text', async () => {
      const created = await api('editor', 'POST', '/api/articles', {
        title: 'A sighting that was not',
        body: lexicalParagraphs('The body of a story that will be withdrawn.'),
        _status: 'published',
      })
      expect(created.status).toBe(201)
      const { id, slug } = created.body.doc
      const page = await logIn('editor')
      await page.goto(`${workflow.app.baseURL}/admin/collections/articles/${id}`)
      await page.getByRole('button', { name: 'Updates and corrections' }).click()
      await page.getByRole('button', { name: /Add Entry/i }).click()
      await choose(page, 'updateLog__0__type', 'Retraction')
      await page.fill(
        '#field-updateLog__0__text',
        'This story has been withdrawn: the sighting could not be confirmed.',
      )
      await page.click('#action-save')
      const gone = await eventually(
        async () => fetch(`${workflow.app.baseURL}/api/articles/slug/${slug}`),
        (res) => res.status === 410,
      )
      expect((await gone.json()).retraction.text).toMatch(/could not be confirmed/)

      const reader = await workflow.browser.newPage()
      const response = await reader.goto(`${workflow.app.baseURL}/stories/${slug}`)
      expect(response!.status()).toBe(410)
      expect(await reader.textContent('.retraction-notice')).toMatch(/could not be confirmed/)
      expect(await reader.textContent('h1')).toBe('A sighting that was not')
      expect(await reader.content()).not.toContain('will be withdrawn')
      await reader.screenshot({ path: path.join(SHOTS, '5g-retracted-story.png') })
      await reader.close()
      // The feed says so; the sitemaps no longer offer the page for indexing.
      const feed = await eventually(
        async () => (await fetch(`${workflow.app.baseURL}/feed.xml`)).text(),
        (xml) => xml.includes('Retracted: A sighting that was not'),
      )
      expect(feed).not.toContain('will be withdrawn')
      expect(await (await fetch(`${workflow.app.baseURL}/sitemap.xml`)).text()).not.toContain(slug)
      expect(await (await fetch(`${workflow.app.baseURL}/news-sitemap.xml`)).text()).not.toContain(
        slug,
      )
    })
  })
}
