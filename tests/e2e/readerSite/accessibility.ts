/** Reader site (readerSite.e2e.ts): no serious or critical axe violation on the pages readers open. */
import AxeBuilder from '@axe-core/playwright'

import { type ReaderSite, SLUG } from './context'

export const accessibility = (site: ReaderSite) => {
  const { reader } = site
  describe('accessibility (axe in Chromium)', () => {
    it.each([
      ['the front page', '/'],
      ['the story page', `/stories/${SLUG}`],
      ['the 404 page', '/stories/no-such-story'],
      ['a policy page', '/policies/unnamed-sources'],
      ['an author’s page', '/authors/staff'],
    ])('finds no serious or critical violation on %s', async (_name, pathname) => {
      const page = await reader('198.51.100.70')
      await page.goto(`${site.app.baseURL}${pathname}`)
      // Axe runs in the page: a browser with JavaScript reads the same page for it.
      const checker = await reader('198.51.100.91')
      await checker.goto(page.url())
      const results = await new AxeBuilder({ page: checker }).analyze()
      const serious = results.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      )
      expect(
        serious.map(
          (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`,
        ),
      ).toEqual([])
    })
  })
}
