/** Editor's day (editorsDay.e2e.ts): the admin asks no host but the app for anything (no Gravatar). */

import { type EditorsDay, LOGINS } from './context'

export const thirdParties = (day: EditorsDay) => {
  describe('the admin leaks nothing to third parties', () => {
    it('asks no host but the app for anything, from the login page to a story (no Gravatar)', async () => {
      const context = await day.browser.newContext({ viewport: { width: 1400, height: 1000 } })
      const elsewhere: string[] = []
      context.on('request', (request) => {
        const url = new URL(request.url())
        if (['blob:', 'data:'].includes(url.protocol)) {
          return
        }
        if (url.origin !== new URL(day.app.baseURL).origin) {
          elsewhere.push(request.url())
        }
      })
      const page = await context.newPage()
      await page.goto(`${day.app.baseURL}/admin/login`)
      await page.fill('#field-email', LOGINS.editor.email)
      await page.fill('#field-password', LOGINS.editor.password)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
      for (const path of [
        '/admin',
        '/admin/collections/articles',
        `/admin/collections/articles/${day.articleId}`,
        '/admin/collections/sources',
        '/admin/collections/comments',
        '/admin/account',
      ]) {
        await page.goto(`${day.app.baseURL}${path}`)
        await page.waitForLoadState('networkidle')
      }
      // The account menu shows the built-in avatar, not a picture from elsewhere.
      expect(await page.locator('img[src*="gravatar"]').count()).toBe(0)
      await context.close()
      expect(elsewhere).toEqual([])
    })
  })
}
