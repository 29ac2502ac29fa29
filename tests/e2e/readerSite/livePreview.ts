/** Reader site (readerSite.e2e.ts): live preview shows an editor's unsaved draft on the reader page, to that editor alone. */
import path from 'node:path'

import { DOCS, EDITOR, type ReaderSite, SLUG } from './context'

export const livePreview = (site: ReaderSite) => {
  const { reader } = site
  describe('live preview for editors', () => {
    it('shows the draft on the reader page while the editor types, before saving; nobody else gets the draft', async () => {
      const context = await site.browser.newContext({ viewport: { width: 1600, height: 1000 } })
      site.contexts.push(context)
      const page = await context.newPage()
      await page.goto(`${site.app.baseURL}/admin/login`)
      await page.fill('#field-email', EDITOR.email)
      await page.fill('#field-password', EDITOR.password)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
      const { id } = await (await fetch(`${site.app.baseURL}/api/articles/slug/${SLUG}`)).json()
      await page.goto(`${site.app.baseURL}/admin/collections/articles/${id}`)
      await page.waitForSelector('#field-dek')
      await page.waitForTimeout(1_000)
      const frame = page.frameLocator('iframe')
      if (
        !(await frame
          .locator('h1')
          .isVisible()
          .catch(() => false))
      ) {
        await page.locator('#live-preview-toggler').click()
      }
      await frame.locator('.preview-banner').waitFor({ timeout: 30_000 })
      expect(await frame.locator('.story-body [data-quote]').count()).toBe(7)
      await page.fill('#field-dek', 'A dek typed in the admin, not saved yet.')
      const deadline = Date.now() + 10_000
      while (
        Date.now() < deadline &&
        (await frame.locator('.dek').textContent()) !== 'A dek typed in the admin, not saved yet.'
      ) {
        await page.waitForTimeout(200)
      }
      expect(await frame.locator('.dek').textContent()).toBe(
        'A dek typed in the admin, not saved yet.',
      )
      await page.screenshot({ path: path.join(DOCS, 'live-preview.png') })
      // Readers still get the published story; the preview URL is a 404 to anyone not logged in.
      expect(
        (await (await fetch(`${site.app.baseURL}/api/articles/slug/${SLUG}`)).json()).dek,
      ).not.toBe('A dek typed in the admin, not saved yet.')
      const anonymous = await reader('198.51.100.80')
      const response = await anonymous.goto(`${site.app.baseURL}/stories/${SLUG}?preview=${id}`)
      expect(response!.status()).toBe(404)
      expect(response!.headers()['x-cache']).toBeUndefined()
    })
  })
}
