/** Reader site (readerSite.e2e.ts): a live story opens with its pinned entry and key events, its updates' quotes attributed, accessible and valid HTML. */
import { bodyQuoting } from '../../helpers/fixtures'
import { type ReaderSite } from './context'
import { htmlValidationMessages, seriousAxeViolations } from './pageChecks'

export const liveCoverage = (site: ReaderSite) => {
  const { reader } = site
  describe('a live story, for readers', () => {
    /** The admin's write, checked, and the document it made or changed. */
    const asAdmin = async (method: string, pathname: string, body?: unknown) => {
      const res = await site.asAdmin(method, pathname, body)
      expect(res.status).toBeLessThan(300)
      return (await res.json()).doc
    }

    it('opens with the pinned update and the key events linked to their place, quotes in updates attributed, without JavaScript', async () => {
      const source = await asAdmin('POST', '/api/sources', {
        kind: 'official',
        description: 'the harbour master',
        name: 'Ines Sato',
        role: 'Harbour master',
      })
      const quote = await asAdmin('POST', '/api/quotes', {
        text: 'The ferry will sail again at noon.',
        kind: 'verbatim',
        speaker: source.id,
      })
      const writer = await asAdmin('POST', '/api/authors', {
        name: 'Kai Harbour',
        slug: 'kai-harbour',
      })
      const story = await asAdmin('POST', '/api/articles', {
        title: 'Harbour closed after the storm',
        body: bodyQuoting(quote.id, 'Earlier the harbour master said: “'),
        _status: 'published',
        updateLog: [
          { type: 'update', text: 'The storm reached the coast at dawn.', keyEvent: true },
          {
            type: 'update',
            text: '',
            headline: 'Ferries to resume at noon',
            body: bodyQuoting(quote.id, 'The harbour master told reporters: “'),
            keyEvent: true,
            pinned: true,
            authors: [writer.id],
          },
          { type: 'update', text: 'Volunteers are filling sandbags.' },
        ],
      })
      const page = await reader('198.51.100.140', { javaScript: false })
      await page.goto(`${site.app.baseURL}/stories/${story.slug}`)
      const pinned = page.locator('.pinned-entry')
      await pinned.waitFor({ timeout: 10_000 })
      expect(await pinned.locator('h2').textContent()).toBe('Pinned: Ferries to resume at noon')
      expect(await pinned.innerText()).toContain('The ferry will sail again at noon.')
      // Key events newest first, each a link to its entry in the log.
      const keyEvents = page.locator('.key-events li a')
      expect(await keyEvents.count()).toBe(2)
      expect(await keyEvents.nth(0).innerText()).toMatch(/: Ferries to resume at noon$/)
      expect(await keyEvents.nth(1).innerText()).toMatch(/: The storm reached the coast at dawn\.$/)
      const target = await keyEvents.nth(0).getAttribute('href')
      expect(target).toMatch(/^#update-/)
      expect(await page.locator(`${target} h3`).textContent()).toBe('Ferries to resume at noon')
      // Who wrote it, linked to their page.
      expect(await page.locator(`${target}`).innerText()).toContain('By Kai Harbour')
      expect(await page.locator(`${target} a[rel="author"]`).getAttribute('href')).toBe(
        '/authors/kai-harbour',
      )
      // The update's quote is marked and numbered like the body's, pointing at its speaker.
      const mark = page.locator(`${target} .update-text sup.quote-source a`)
      expect(await mark.getAttribute('href')).toBe(`#source-${source.id}`)
      expect(await page.locator(`#source-${source.id}`).innerText()).toContain('Ines Sato')

      // Accessible, and valid HTML.
      const withScripts = await reader('198.51.100.141')
      await withScripts.goto(`${site.app.baseURL}/stories/${story.slug}`)
      await withScripts.locator('.key-events').waitFor({ timeout: 10_000 })
      expect(await seriousAxeViolations(withScripts)).toEqual([])
      const html = await (await fetch(`${site.app.baseURL}/stories/${story.slug}`)).text()
      expect(await htmlValidationMessages(html)).toEqual([])
    })
  })
}
