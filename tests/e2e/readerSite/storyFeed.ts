/** Reader site (readerSite.e2e.ts): a story's own Atom feed, its log for readers who follow that one story. */
import { parseFeed } from '@rowanmanning/feed-parser'

import { atomRuleViolations } from '../../helpers/atomRules'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { type ReaderSite } from './context'

const ATOM = 'application/atom+xml; charset=utf-8'

export const storyFeed = (site: ReaderSite) => {
  const { reader } = site
  describe('a story’s own feed', () => {
    const asAdmin = async (method: string, pathname: string, body: unknown) => {
      const res = await site.asAdmin(method, pathname, body)
      expect(res.status).toBeLessThan(300)
      return res.json()
    }
    /** Publishes the story with one more log entry (dated by the publish). */
    const addEntry = async (id: number, type: string, text: string) => {
      const current = await (await site.asAdmin('GET', `/api/articles/${id}?depth=0`)).json()
      return asAdmin('PATCH', `/api/articles/${id}`, {
        _status: 'published',
        updateLog: [...(current.updateLog ?? []), { type, text }],
      })
    }
    const feedPath = (slug: string) => `/stories/${slug}/feed.xml`
    const get = (pathname: string) => fetch(`${site.app.baseURL}${pathname}`)

    it('lists a story’s updates and correction newest first, each at its anchor, by Atom’s rules; linked from the page and the story document', async () => {
      const { doc } = await asAdmin('POST', '/api/articles', {
        title: 'Storm closes the coast road',
        body: lexicalParagraphs('The coast road is closed between the harbour and the point.'),
        _status: 'published',
      })
      await addEntry(doc.id, 'update', 'A diversion runs through the upper village.')
      await addEntry(doc.id, 'update', 'Buses are running again on the diversion.')
      await addEntry(doc.id, 'correction', 'The road closed at 6 a.m., not 8 a.m.')
      const story = await (await get(`/api/articles/slug/${doc.slug}`)).json()
      expect(story.feedUrl).toBe(feedPath(doc.slug))

      const res = await get(feedPath(doc.slug))
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe(ATOM)
      expect(res.headers.get('surrogate-key')).toBe(`story:${doc.slug}`)
      expect(res.headers.get('cache-tag')).toBe(`story:${doc.slug}`)
      const xml = await res.text()
      expect(atomRuleViolations(xml)).toEqual([])
      const feed = parseFeed(xml)
      expect(feed.title).toBe('Storm closes the coast road')
      expect(feed.self).toMatch(new RegExp(`^http://[^/]+${feedPath(doc.slug)}$`))
      const pageUrl = feed.url!
      expect(pageUrl).toMatch(new RegExp(`^http://[^/]+/stories/${doc.slug}$`))
      const [update1, update2, correction] = story.updateLog
      expect(feed.items.map((item) => [item.id, item.url, item.title])).toEqual([
        [
          `${pageUrl}#update-${correction.id}`,
          `${pageUrl}#update-${correction.id}`,
          'Correction: The road closed at 6 a.m., not 8 a.m.',
        ],
        [
          `${pageUrl}#update-${update2.id}`,
          `${pageUrl}#update-${update2.id}`,
          'Buses are running again on the diversion.',
        ],
        [
          `${pageUrl}#update-${update1.id}`,
          `${pageUrl}#update-${update1.id}`,
          'A diversion runs through the upper village.',
        ],
        [pageUrl, pageUrl, 'Storm closes the coast road'],
      ])
      expect(feed.items[0].updated!.toISOString()).toBe(correction.date)
      expect(feed.updated!.toISOString()).toBe(correction.date)
      expect(feed.items[3].content).toContain('The coast road is closed')

      // The page points feed readers at it, and says so where the log is; each anchor is on the page.
      const page = await reader('198.51.100.140', { javaScript: false })
      await page.goto(`${site.app.baseURL}/stories/${doc.slug}`)
      const alternate = page.locator(
        'link[rel="alternate"][type="application/atom+xml"][title="Updates to this story"]',
      )
      expect(await alternate.getAttribute('href')).toMatch(new RegExp(`${feedPath(doc.slug)}$`))
      const follow = page.getByRole('link', { name: 'Follow this story (Atom feed)' })
      expect(await follow.isVisible()).toBe(true)
      expect(await follow.getAttribute('href')).toBe(feedPath(doc.slug))
      for (const entry of story.updateLog) {
        expect(await page.locator(`#update-${entry.id}`).count()).toBe(1)
      }
    })

    it('is kept in memory and dropped by the next publish: a new update shows at once', async () => {
      const { doc } = await asAdmin('POST', '/api/articles', {
        title: 'Ferry services suspended',
        body: lexicalParagraphs('No ferries will sail today.'),
        _status: 'published',
      })
      await addEntry(doc.id, 'update', 'The first ferry will sail at noon.')
      // The first reading is kept (a write's late invalidation may drop it once: read until it is).
      let hit = await get(feedPath(doc.slug))
      for (let tries = 0; tries < 10 && hit.headers.get('x-cache') !== 'HIT'; tries++) {
        await hit.arrayBuffer()
        await new Promise((resolve) => setTimeout(resolve, 100))
        hit = await get(feedPath(doc.slug))
      }
      expect(hit.headers.get('x-cache')).toBe('HIT')
      expect(hit.headers.get('surrogate-key')).toBe(`story:${doc.slug}`)
      expect(
        (
          await fetch(`${site.app.baseURL}${feedPath(doc.slug)}`, {
            headers: { 'if-none-match': hit.headers.get('etag')! },
          })
        ).status,
      ).toBe(304)

      await addEntry(doc.id, 'update', 'Ferries are sailing to the normal timetable.')
      const fresh = await get(feedPath(doc.slug))
      expect(fresh.headers.get('x-cache')).not.toBe('HIT')
      const feed = parseFeed(await fresh.text())
      expect(feed.items[0].title).toBe('Ferries are sailing to the normal timetable.')
      expect(feed.items).toHaveLength(3)
    })

    it('answers 404 for an unknown story and a draft, and shows nothing of a published story’s draft', async () => {
      const unknown = await get(feedPath('no-such-story'))
      expect(unknown.status).toBe(404)
      expect(unknown.headers.get('content-type')).toBe('text/plain; charset=utf-8')

      const draft = await asAdmin('POST', '/api/articles?draft=true', {
        title: 'A draft the story feed must not carry',
        body: lexicalParagraphs('Not yet.'),
        _status: 'draft',
      })
      const drafted = await get(feedPath(draft.doc.slug))
      expect(drafted.status).toBe(404)
      expect(await drafted.text()).not.toContain('Not yet.')

      const { doc } = await asAdmin('POST', '/api/articles', {
        title: 'Harbour wall repaired',
        body: lexicalParagraphs('The wall was repaired overnight.'),
        _status: 'published',
      })
      await get(feedPath(doc.slug))
      const current = await (await site.asAdmin('GET', `/api/articles/${doc.id}?depth=0`)).json()
      await asAdmin('PATCH', `/api/articles/${doc.id}?draft=true`, {
        _status: 'draft',
        title: 'Harbour wall DRAFT headline',
        updateLog: [...(current.updateLog ?? []), { type: 'update', text: 'A DRAFT update.' }],
      })
      const xml = await (await get(feedPath(doc.slug))).text()
      expect(xml).toContain('Harbour wall repaired')
      expect(xml).not.toContain('DRAFT')

      // Odd addresses are refused, never an error.
      for (const slug of ['%ZZ', '%00', '..%2F..', '%C0%AF', 'a'.repeat(2000)]) {
        expect((await get(feedPath(slug))).status).toBeLessThan(500)
      }
    })

    it('of a retracted story answers 410 Gone, as its JSON and page do, with the notice and the log, never the text', async () => {
      const { doc } = await asAdmin('POST', '/api/articles', {
        title: 'Sighting of a wildcat',
        body: lexicalParagraphs('A wildcat was SEEN on the moor.'),
        _status: 'published',
      })
      await addEntry(doc.id, 'update', 'A second walker reported the animal.')
      await get(feedPath(doc.slug))
      await addEntry(doc.id, 'retraction', 'This story has been withdrawn: the photo was of a pet.')
      expect((await get(`/api/articles/slug/${doc.slug}`)).status).toBe(410)
      const gone = await get(feedPath(doc.slug))
      expect(gone.status).toBe(410)
      expect(gone.headers.get('content-type')).toBe(ATOM)
      const xml = await gone.text()
      expect(xml).not.toContain('SEEN')
      expect(atomRuleViolations(xml)).toEqual([])
      const feed = parseFeed(xml)
      expect(feed.items.map((item) => item.title)).toEqual([
        'Retraction: This story has been withdrawn: the photo was of a pet.',
        'A second walker reported the animal.',
        'Retracted: Sighting of a wildcat',
      ])
    })
  })
}
