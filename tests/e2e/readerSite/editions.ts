/** Reader site (readerSite.e2e.ts): every edition of a story, as readers follow a correction from one to the next. */
import AxeBuilder from '@axe-core/playwright'

import { bodyQuoting } from '../../helpers/fixtures'
import { ADMIN, type ReaderSite } from './context'

export const editions = (site: ReaderSite) => {
  const { reader } = site
  describe('every edition, for readers', () => {
    const adminToken = async () =>
      (
        await (
          await fetch(`${site.app.baseURL}/api/users/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(ADMIN),
          })
        ).json()
      ).token as string
    const asAdmin = async (method: string, pathname: string, body?: unknown) =>
      fetch(`${site.app.baseURL}${pathname}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `JWT ${await adminToken()}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      })

    it('sees a quote edited after publication only once it is republished, then follows the correction to the words removed and added, without JavaScript', async () => {
      // A story of its own, so that no other test's draft goes out with its publishes.
      const source = await (
        await asAdmin('POST', '/api/sources', {
          kind: 'official',
          description: 'the fire chief',
          name: 'Marta Klein',
        })
      ).json()
      const quote = await (
        await asAdmin('POST', '/api/quotes', {
          text: 'The fire is contained.',
          kind: 'verbatim',
          speaker: source.doc.id,
        })
      ).json()
      const created = await (
        await asAdmin('POST', '/api/articles', {
          title: 'Warehouse fire contained',
          body: bodyQuoting(quote.doc.id, 'The fire chief said: “'),
          _status: 'published',
        })
      ).json()
      const published = created.doc
      const storyUrl = () => `${site.app.baseURL}/stories/${published.slug}`
      expect(
        (
          await asAdmin('PATCH', `/api/quotes/${quote.doc.id}`, {
            text: 'The fire is only partly contained.',
          })
        ).status,
      ).toBe(200)
      const page = await reader('198.51.100.90', { javaScript: false })
      await page.goto(storyUrl())
      // The page is the published edition: the edited quote waits for a publish.
      expect(await page.locator('.story-body').innerText()).toContain('The fire is contained.')

      const correction = 'The fire chief said the fire was only partly contained.'
      const republished = await asAdmin('PATCH', `/api/articles/${published.id}`, {
        _status: 'published',
        updateLog: [{ type: 'correction', text: correction }],
      })
      expect(republished.status).toBe(200)

      await page.goto(storyUrl())
      expect(await page.locator('.story-body').innerText()).toContain(
        'The fire is only partly contained.',
      )
      const entry = page.locator('.update-log li', { hasText: correction })
      expect(await entry.count()).toBe(1)
      await entry.getByRole('link', { name: 'What changed' }).click({ timeout: 10_000 })
      await page.waitForURL(/\/editions\/\d+$/)
      const changes = page.locator('.what-changed')
      expect(await changes.locator('ins').allInnerTexts()).toEqual([
        expect.stringContaining('only partly'),
      ])
      expect(await changes.locator('del').count()).toBe(0)
      // Said in words too, for a screen reader that does not announce <ins>.
      expect(await changes.locator('ins .visually-hidden').first().textContent()).toBe('[added: ')
      expect(await changes.innerText()).toContain(correction)
      // Axe runs in the page: a browser with JavaScript reads the same page for it.
      const checker = await reader('198.51.100.91')
      await checker.goto(page.url())
      const results = await new AxeBuilder({ page: checker }).analyze()
      expect(
        results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => violation.id),
      ).toEqual([])

      await page.getByRole('link', { name: 'All editions' }).click()
      await page.waitForURL(/\/editions$/)
      const current = page.locator('.edition-list > li').first()
      expect(await current.innerText()).toMatch(/^Edition \d+ \(current\): Corrected/)
      expect(await current.innerText()).toContain(correction)
      expect(await page.locator('.edition-list > li').last().innerText()).toMatch(
        /^Edition 1: First published/,
      )
    })
  })
}
