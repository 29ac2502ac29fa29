/** Reader site (readerSite.e2e.ts): what machines read: the Atom feed, the sitemaps, robots.txt and the newsroom's policies. */
import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLParser } from 'fast-xml-parser'

import { atomRuleViolations } from '../../helpers/atomRules'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { ADMIN, type ReaderSite, SLUG, story } from './context'

export const machines = (site: ReaderSite) => {
  const { reader, storyUrl } = site
  describe('feeds, sitemaps and policies, for machines', () => {
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
    const asAdmin = async (method: string, pathname: string, body: unknown) =>
      fetch(`${site.app.baseURL}${pathname}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `JWT ${await adminToken()}` },
        body: JSON.stringify(body),
      })
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' })

    it('serves an Atom feed a real feed parser reads, by Atom’s rules: the stories, newest change first, each with its HTML; cached with a strong ETag', async () => {
      const draft = await (
        await asAdmin('POST', '/api/articles', {
          title: 'A draft the feed must not carry',
          body: lexicalParagraphs('Not yet.'),
          embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
        })
      ).json()
      const res = await fetch(`${site.app.baseURL}/feed.xml`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
      const body = await res.text()
      expect(atomRuleViolations(body)).toEqual([])
      const feed = parseFeed(body)
      expect(feed.meta.type).toBe('atom')
      const entry = feed.items.find((item) => item.url?.endsWith(`/stories/${SLUG}`))!
      expect(entry.title).toBe(story.headline)
      expect(entry.content).toContain(story.paragraphs[0].slice(0, 40))
      expect(feed.items.some((item) => item.url?.endsWith(`/stories/${draft.doc.slug}`))).toBe(
        false,
      )
      const updated = feed.items.map((item) => item.updated!.getTime())
      expect(updated).toEqual([...updated].sort((a, b) => b - a))
      const again = await fetch(`${site.app.baseURL}/feed.xml`)
      expect(again.headers.get('x-cache')).toBe('HIT')
      expect(
        (
          await fetch(`${site.app.baseURL}/feed.xml`, {
            headers: { 'if-none-match': again.headers.get('etag')! },
          })
        ).status,
      ).toBe(304)
    })

    it('shows a published correction in the feed as soon as in the story (the same invalidation)', async () => {
      const { id } = await (await fetch(`${site.app.baseURL}/api/articles/slug/${SLUG}`)).json()
      const current = await (
        await fetch(`${site.app.baseURL}/api/articles/${id}?depth=0`, {
          headers: { authorization: `JWT ${await adminToken()}` },
        })
      ).json()
      const corrected = await asAdmin('PATCH', `/api/articles/${id}`, {
        _status: 'published',
        updateLog: [
          ...(current.updateLog ?? []),
          { type: 'correction', text: 'The vigil was on Tuesday, not Monday.' },
        ],
      })
      expect(corrected.status).toBe(200)
      const feed = parseFeed(await (await fetch(`${site.app.baseURL}/feed.xml`)).text())
      const entry = feed.items.find((item) => item.url?.endsWith(`/stories/${SLUG}`))!
      expect(entry.content).toContain('The vigil was on Tuesday, not Monday.')
      expect(entry.updated!.toISOString()).toBe((await corrected.json()).doc.dateModified)
      expect(feed.items[0].url).toMatch(new RegExp(`/stories/${SLUG}$`))
    })

    it('lists every published story in /sitemap.xml and the last two days’ in /news-sitemap.xml; robots.txt points at both', async () => {
      const fresh = await (
        await asAdmin('POST', '/api/articles', {
          title: 'Vigil planned for Friday',
          body: lexicalParagraphs('Neighbours will gather.'),
          _status: 'published',
        })
      ).json()
      const sitemap = xml.parse(await (await fetch(`${site.app.baseURL}/sitemap.xml`)).text())
      const locs = sitemap.urlset.url.map((url: { loc: string }) => url.loc)
      expect(locs).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`/stories/${SLUG}$`)),
          expect.stringMatching(/\/stories\/vigil-planned-for-friday$/),
        ]),
      )
      expect(locs.some((loc: string) => loc.includes('a-draft-the-feed-must-not-carry'))).toBe(
        false,
      )

      const news = xml.parse(await (await fetch(`${site.app.baseURL}/news-sitemap.xml`)).text())
      expect(news.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
      const item = news.urlset.url.find((url: { loc: string }) =>
        url.loc.endsWith('/stories/vigil-planned-for-friday'),
      )
      expect(item['news:news']).toEqual({
        'news:publication': { 'news:name': 'Newsroom', 'news:language': 'en' },
        'news:publication_date': fresh.doc.publishedAt,
        'news:title': 'Vigil planned for Friday',
      })
      for (const url of news.urlset.url) {
        expect(
          Date.now() - Date.parse(url['news:news']['news:publication_date']),
        ).toBeLessThanOrEqual(2 * 86_400_000)
      }

      const robots = await (await fetch(`${site.app.baseURL}/robots.txt`)).text()
      expect(robots).toMatch(/^Sitemap: http:\/\/\S+\/sitemap\.xml$/m)
      expect(robots).toMatch(/^Sitemap: http:\/\/\S+\/news-sitemap\.xml$/m)
    })

    it('publishes the newsroom’s policies: linked from every page, default texts marked as defaults; the JSON-LD names the publisher', async () => {
      const page = await reader('198.51.100.90')
      await page.goto(storyUrl())
      const links = await page
        .locator('footer nav a')
        .evaluateAll((anchors) =>
          anchors.map((anchor) => (anchor as HTMLAnchorElement).getAttribute('href')),
        )
      expect(links).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/\/policies\/corrections$/),
          expect.stringMatching(/\/policies\/unnamed-sources$/),
          expect.stringMatching(/\/policies\/verification$/),
          expect.stringMatching(/\/policies\/ethics$/),
          expect.stringMatching(/\/policies\/feedback$/),
        ]),
      )
      const jsonLd = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent())!,
      )
      // Without SERVER_URL (as here) the policies' URLs are not absolute, and structured data carries only absolute ones
      // (tests/integration/syndication.test.ts checks them with a SERVER_URL).
      expect(jsonLd.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Newsroom' })
      await page.goto(`${site.app.baseURL}/policies/unnamed-sources`)
      expect(await page.locator('h1').textContent()).toBe('Unnamed sources policy')
      expect(await page.locator('article.policy').textContent()).toContain(
        'This is the default text',
      )
      expect((await fetch(`${site.app.baseURL}/policies/nothing-like-this`)).status).toBe(404)
    })
  })
}
