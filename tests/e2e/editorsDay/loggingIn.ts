/** Editor's day (editorsDay.e2e.ts): failed sign-ins get one error and a browser that keeps failing is stopped, the account not locked. */

import { type EditorsDay, LOGINS } from './context'

export const loggingIn = (day: EditorsDay) => {
  const { shot } = day
  describe('logging in', () => {
    it('shows one error for every failed sign-in, and stops a browser that keeps failing without locking the account (issue 27: 6)', async () => {
      const context = await day.browser.newContext({ viewport: { width: 1400, height: 1000 } })
      const page = await context.newPage()
      await page.goto(`${day.app.baseURL}/admin/login`)
      const attempt = async (password: string) => {
        await page.fill('#field-email', LOGINS.admin.email)
        await page.fill('#field-password', password)
        await page.click('button[type="submit"]')
      }
      await attempt('not the password')
      await page.waitForSelector('text=/email or password provided is incorrect/i')
      await shot(page, '4a-wrong-password')
      for (let i = 0; i < 9; i++) {
        await page.waitForTimeout(300)
        await attempt(`wrong ${i}`)
      }
      await page.waitForTimeout(1_000)
      await attempt(LOGINS.admin.password)
      await page.waitForSelector('text=/too many failed sign-ins/i')
      await shot(page, '4b-too-many-failures')
      // The account itself is not locked: its owner, from another network, signs in.
      const api = await fetch(`${day.app.baseURL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
        body: JSON.stringify(LOGINS.admin),
      })
      expect(api.status).toBe(200)
    })
  })
}
