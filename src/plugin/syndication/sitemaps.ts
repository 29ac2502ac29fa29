/** Sitemaps (the `sitemap` library writes the XML), Google News' sitemap and robots.txt. */
import { SitemapStream, streamToPromise } from 'sitemap'

import type { NewsroomFacts } from './newsroomFacts'

const xmlOf = async (items: object[], news = false) => {
  const stream = new SitemapStream({ xmlns: { news, xhtml: false, image: false, video: false } })
  for (const item of items) {
    stream.write(item)
  }
  stream.end()
  return (await streamToPromise(stream)).toString()
}

/** Every published story with its last material change (the `sitemap` library writes the XML). */
export const sitemapXml = (entries: { url: string; lastmod: null | string }[]) =>
  xmlOf(entries.map(({ url, lastmod }) => ({ url, ...(lastmod ? { lastmod } : {}) })))

/** Google News' rules for a news sitemap: stories first published in the last two days, at most 1,000. */
export const NEWS_SITEMAP_DAYS = 2
export const NEWS_SITEMAP_LIMIT = 1000

/** Google News wants ISO 639 codes, with zh-cn and zh-tw for Chinese scripts. */
const newsLanguage = (tag: string) => {
  const lower = tag.toLowerCase()
  if (/^zh-(hans|cn|sg)/.test(lower)) {
    return 'zh-cn'
  }
  if (/^zh-(hant|tw|hk|mo)/.test(lower)) {
    return 'zh-tw'
  }
  return lower.split('-')[0]
}

/** The Google News sitemap: publication name and language, publication date and title of each recent story, newest first. */
export const newsSitemapXml = (
  entries: { url: string; title: string; publishedAt: null | string }[],
  newsroom: NewsroomFacts,
  now = new Date(),
) => {
  const since = now.getTime() - NEWS_SITEMAP_DAYS * 24 * 60 * 60 * 1000
  const recent = entries
    .filter(
      (entry) =>
        entry.publishedAt &&
        Date.parse(entry.publishedAt) >= since &&
        Date.parse(entry.publishedAt) <= now.getTime(),
    )
    .sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!))
    .slice(0, NEWS_SITEMAP_LIMIT)
  return xmlOf(
    recent.map((entry) => ({
      url: entry.url,
      news: {
        publication: { name: newsroom.name, language: newsLanguage(newsroom.language) },
        publication_date: entry.publishedAt!,
        title: entry.title,
      },
    })),
    true,
  )
}

/** robots.txt that lets crawlers in and points them at the sitemaps. */
export const robotsTxt = (sitemaps: string[]) =>
  [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    '',
    ...sitemaps.map((url) => `Sitemap: ${url}`),
    '',
  ].join('\n')
