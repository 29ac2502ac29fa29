/** Syndication formats: the sitemaps (Google News' rules for the news one) and robots.txt. */
import { XMLParser } from 'fast-xml-parser'

import { newsSitemapXml, robotsTxt, sitemapXml } from '../../../src/plugin/syndication/sitemaps'
import { newsroom } from './stories'

const xml = new XMLParser({ ignoreAttributes: false })

describe('sitemaps', () => {
  it('lists every story with its lastmod', async () => {
    const parsed = xml.parse(
      await sitemapXml([
        { url: 'https://ledger.example/stories/a', lastmod: '2026-11-26T10:00:00.000Z' },
        { url: 'https://ledger.example/stories/b', lastmod: null },
      ]),
    )
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(parsed.urlset.url).toEqual([
      { loc: 'https://ledger.example/stories/a', lastmod: '2026-11-26T10:00:00.000Z' },
      { loc: 'https://ledger.example/stories/b' },
    ])
  })

  it('keeps Google News’ rules: stories first published in the last two days, newest first, at most 1,000, with publication name, language, date and title', async () => {
    const now = new Date('2026-11-26T12:00:00.000Z')
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()
    const entries = [
      ...Array.from({ length: 1_100 }, (_, i) => ({
        url: `https://ledger.example/stories/s${i}`,
        title: `Story & “${i}”`,
        publishedAt: hoursAgo(i / 30),
      })),
      { url: 'https://ledger.example/stories/old', title: 'Old', publishedAt: hoursAgo(49) },
      { url: 'https://ledger.example/stories/future', title: 'Future', publishedAt: hoursAgo(-1) },
      { url: 'https://ledger.example/stories/none', title: 'Never published', publishedAt: null },
    ]
    const parsed = xml.parse(await newsSitemapXml(entries, newsroom, now))
    expect(parsed.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
    const urls = parsed.urlset.url as any[]
    expect(urls).toHaveLength(1_000)
    expect(urls[0]).toEqual({
      loc: 'https://ledger.example/stories/s0',
      'news:news': {
        'news:publication': { 'news:name': 'The Ledger', 'news:language': 'en' },
        'news:publication_date': hoursAgo(0),
        'news:title': 'Story & “0”',
      },
    })
    for (const url of urls) {
      expect(
        now.getTime() - Date.parse(url['news:news']['news:publication_date']),
      ).toBeLessThanOrEqual(2 * 24 * 3_600_000)
    }
    expect(urls.map((url) => url.loc)).not.toEqual(
      expect.arrayContaining([
        'https://ledger.example/stories/old',
        'https://ledger.example/stories/future',
        'https://ledger.example/stories/none',
      ]),
    )
  })

  it('robots.txt points at both sitemaps', () => {
    expect(
      robotsTxt(['https://ledger.example/sitemap.xml', 'https://ledger.example/news-sitemap.xml']),
    ).toBe(
      'User-agent: *\nAllow: /\nDisallow: /admin\n\nSitemap: https://ledger.example/sitemap.xml\nSitemap: https://ledger.example/news-sitemap.xml\n',
    )
  })
})
