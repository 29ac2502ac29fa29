/** Newsroom workflow (newsroomWorkflow.e2e.ts): search and social fields auto-generated in the SEO tab and used in the reader page's head. */
import { eventually } from '../../helpers/browser'
import { type NewsroomWorkflow } from './context'

export const seoFields = (workflow: NewsroomWorkflow) => {
  const { logIn, shot, api } = workflow
  describe('search and social fields', () => {
    it('are filled from the story in the SEO tab with “Auto-generate”, previewed, and used in the reader page’s head', async () => {
      const [story] = (
        await api(
          'editor',
          'GET',
          `/api/articles?where[title][equals]=${encodeURIComponent('A vigil on the second evening')}&depth=0`,
        )
      ).body.docs
      const page = await logIn('editor')
      await page.goto(`${workflow.app.baseURL}/admin/collections/articles/${story.id}`)
      await page.getByRole('button', { name: 'SEO', exact: true }).click()
      const generate = page.getByRole('button', { name: 'Auto-generate' })
      await eventually(
        async () => generate.count(),
        (count) => count === 3,
      )
      await generate.nth(0).click()
      await eventually(
        async () => page.inputValue('#field-meta__title'),
        (value) => value === 'A vigil on the second evening',
      )
      await page.fill(
        '#field-meta__description',
        'Neighbours lit candles outside the station on the second evening.',
      )
      await generate.nth(2).click()
      // The plugin's search-result preview shows what was generated.
      expect(
        await eventually(
          async () =>
            page.locator('a[href="/"]', { hasText: 'A vigil on the second evening' }).count(),
          (count) => count === 1,
        ),
      ).toBe(1)
      expect(
        await eventually(
          async () => page.getByText(/\/stories\/a-vigil-on-the-second-evening$/).count(),
          (count) => count === 1,
        ),
      ).toBe(1)
      await shot(page, '6c-seo-tab')
      await page.click('#action-save')
      const saved = await eventually(
        async () => (await api('editor', 'GET', `/api/articles/${story.id}?depth=0`)).body.meta,
        (meta: any) =>
          meta?.description?.startsWith('Neighbours lit candles') &&
          meta?.image === story.heroImage,
      )
      expect(saved.title).toBe('A vigil on the second evening')
      const reader = await workflow.browser.newPage()
      await reader.goto(`${workflow.app.baseURL}/stories/${story.slug}`)
      expect(await reader.locator('meta[property="og:description"]').getAttribute('content')).toBe(
        'Neighbours lit candles outside the station on the second evening.',
      )
      expect(await reader.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
        /1200x675\.jpg$/,
      )
      await reader.close()
    })
  })
}
