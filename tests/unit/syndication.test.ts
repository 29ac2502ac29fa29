import { parseFeed } from '@rowanmanning/feed-parser'
import fc from 'fast-check'
import { XMLParser } from 'fast-xml-parser'

import type {
  DeliveryArticle,
  DeliveryLogEntry,
  DeliverySource,
} from '../../src/plugin/delivery/types'

import { toNewsArticleJsonLd } from '../../src/plugin/delivery/jsonld'
import { DEFAULT_POLICIES } from '../../src/plugin/standards/defaultPolicies'
import { atomFeed, newsSitemapXml, robotsTxt, sitemapXml } from '../../src/plugin/syndication/feeds'
import { type NewsroomFacts, toNewsroomFacts } from '../../src/plugin/syndication/newsroomFacts'
import { toNinjs } from '../../src/plugin/syndication/ninjs'
import { POLICIES } from '../../src/plugin/vocabulary'
import { ninjsValidator } from '../helpers/standards'

const validateNinjs = ninjsValidator()
const xml = new XMLParser({ ignoreAttributes: false })

const newsroom: NewsroomFacts = toNewsroomFacts(
  {
    name: 'The Ledger',
    url: 'https://ledger.example',
    language: 'en-GB',
    logoUrl: 'https://ledger.example/logo.png',
  },
  { policyUrl: (policy) => `/policies/${policy}` },
)

const iso = fc
  .integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') })
  .map((ms) => new Date(ms).toISOString())
const text = fc.string({ minLength: 1, maxLength: 80 }).filter((value) => value.trim().length > 0)
const logEntry = fc.record({
  id: fc.uuid().map((uuid) => uuid.replace(/-/g, '').slice(0, 24)),
  type: fc.constantFrom('update', 'correction', 'clarification'),
  text,
  date: iso,
}) as fc.Arbitrary<DeliveryLogEntry>
const source = fc.record({
  id: fc.oneof(
    fc.nat().map((n) => n + 1),
    fc.nat({ max: 9 }).map((n) => `anonymous-${n + 1}`),
  ),
  description: text,
  kind: fc.constantFrom(
    'person',
    'official',
    'anonymous',
    'footage',
    'document',
    'social',
    'community',
  ),
  name: fc.option(text, { nil: null }),
  role: fc.option(text, { nil: null }),
  anonymity: fc.constant(null),
  provenance: fc.constant(null),
}) as fc.Arbitrary<DeliverySource>

/** Any story the delivery endpoint could serve: with or without updates, corrections, embargo, byline, tags, sources. */
const story: fc.Arbitrary<DeliveryArticle> = fc
  .record({
    id: fc.nat().map((n) => n + 1),
    title: text,
    dek: fc.option(text, { nil: null }),
    byline: fc.option(text, { nil: null }),
    authors: fc.constant([] as DeliveryArticle['authors']),
    storyStatus: fc.constantFrom('developing', 'updated', 'concluded'),
    tags: fc.array(text, { maxLength: 4 }),
    publishedAt: iso,
    dateModified: fc.option(iso, { nil: null }),
    embargoedUntil: fc.option(iso, { nil: null }),
    updateLog: fc.array(logEntry, { maxLength: 5 }),
    sources: fc.array(source, { maxLength: 4 }),
    paragraph: text,
  })
  .map(({ paragraph, ...fields }) => ({
    ...fields,
    slug: `story-${fields.id}`,
    body: {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', text: paragraph }] }],
      },
    },
    retraction: null,
    heroImage: null,
    bodyImages: [],
    meta: { title: fields.title, description: fields.dek, image: null },
    bodyHtml: `<p>${paragraph.replace(/[&<>"']/g, '')}</p>`,
    quotes: [],
    logRevisions: [],
    commentsOpen: true,
    commentCount: 0,
    comments: { docs: [], page: 1, totalTopLevel: 0, hasMore: false },
  }))

describe('IPTC ninjs 3.1', () => {
  it('is valid against the official schema for any story, with and without updates, corrections, embargo, byline and sources', () => {
    fc.assert(
      fc.property(story, (article) => {
        const ninjs = toNinjs(article, {
          url: `https://ledger.example/stories/${article.slug}`,
          newsroom,
          embargoedUntil: article.embargoedUntil,
        })
        expect(validateNinjs(ninjs)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('carries the story’s facts: headline, dek, HTML body and log, byline, tags, embargo, sources as printed, policies as trust indicators', () => {
    const article = fc.sample(story, { seed: 7, numRuns: 1 })[0]
    Object.assign(article, {
      title: 'Bridge reopens',
      dek: 'After a week of repairs.',
      byline: 'Staff',
      tags: ['transport'],
      embargoedUntil: '2026-11-26T18:00:00.000Z',
      updateLog: [
        {
          id: 'a'.repeat(24),
          type: 'correction',
          text: 'The bridge is the north one.',
          date: '2026-11-26T19:00:00.000Z',
        },
      ],
      sources: [
        {
          id: 'anonymous-1',
          description: 'an engineer who was not authorised to speak',
          kind: 'anonymous',
          name: 'Never Shown',
          role: null,
          anonymity: { reason: 'x' },
          provenance: null,
        },
        {
          id: 4,
          description: 'the city council',
          kind: 'official',
          name: null,
          role: null,
          anonymity: null,
          provenance: null,
        },
        {
          id: 5,
          description: 'a resident’s video',
          kind: 'footage',
          name: null,
          role: null,
          anonymity: null,
          provenance: null,
        },
      ],
    })
    const ninjs = toNinjs(article, {
      url: 'https://ledger.example/stories/bridge',
      newsroom,
      embargoedUntil: article.embargoedUntil,
    }) as any
    expect(ninjs).toMatchObject({
      uri: 'https://ledger.example/stories/bridge',
      type: 'text',
      pubStatus: 'usable',
      language: 'en-GB',
      headlines: [{ role: 'main', value: 'Bridge reopens' }],
      descriptions: [{ role: 'summary', value: 'After a week of repairs.' }],
      by: 'Staff',
      subjects: [{ name: 'transport' }],
      embargoedUntil: '2026-11-26T18:00:00.000Z',
      people: [
        {
          name: 'an engineer who was not authorised to speak',
          rel: 'anonymousSource',
          literal: 'anonymous-1',
        },
      ],
      organisations: [{ name: 'the city council' }],
      infoSources: [{ name: 'a resident’s video', role: 'footage' }],
    })
    expect(ninjs.bodies[0]).toMatchObject({
      role: 'main',
      contentType: 'text/html',
      value: article.bodyHtml,
    })
    expect(ninjs.bodies[1].value).toContain('The bridge is the north one.')
    expect(JSON.stringify(ninjs)).not.toContain('Never Shown')
    expect(ninjs.trustIndicators.map((indicator: any) => indicator.role)).toEqual(
      POLICIES.map((policy) => `http://cv.iptc.org/newscodes/trustindicator/${policy.iptc}`),
    )
    expect(ninjs.trustIndicators[0].href).toBe('https://ledger.example/policies/corrections')
  })
})

describe('JSON-LD', () => {
  const base = fc.sample(story, { seed: 3, numRuns: 1 })[0]
  const withLog = (storyStatus: DeliveryArticle['storyStatus'], updateLog: DeliveryLogEntry[]) => ({
    ...base,
    storyStatus,
    updateLog,
  })
  const update = (id: string, date: string): DeliveryLogEntry => ({
    id,
    type: 'update',
    text: `Update ${id}`,
    date,
  })

  it('names the publisher as a NewsMediaOrganization with every policy, and the language', () => {
    const ld = toNewsArticleJsonLd(withLog('developing', []), {
      url: 'https://ledger.example/stories/x',
      newsroom,
    }) as any
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.inLanguage).toBe('en-GB')
    expect(ld.publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      name: 'The Ledger',
      url: 'https://ledger.example',
      logo: { '@type': 'ImageObject', url: 'https://ledger.example/logo.png' },
      correctionsPolicy: 'https://ledger.example/policies/corrections',
      unnamedSourcesPolicy: 'https://ledger.example/policies/unnamed-sources',
      verificationFactCheckingPolicy: 'https://ledger.example/policies/verification',
      ethicsPolicy: 'https://ledger.example/policies/ethics',
      actionableFeedbackPolicy: 'https://ledger.example/policies/feedback',
    })
  })

  it('is also a LiveBlogPosting while the story has updates: coverage from publication, each update at its anchor, an end once concluded', () => {
    const updates = [
      update('1', '2026-11-26T10:00:00.000Z'),
      update('2', '2026-11-26T12:00:00.000Z'),
    ]
    const live = toNewsArticleJsonLd(withLog('developing', updates), {
      url: 'https://ledger.example/stories/x',
      newsroom,
    }) as any
    expect(live['@type']).toEqual(['NewsArticle', 'LiveBlogPosting'])
    expect(live.coverageStartTime).toBe(base.publishedAt)
    expect(live.coverageEndTime).toBeUndefined()
    expect(live.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        headline: 'Update 2',
        articleBody: 'Update 2',
        datePublished: '2026-11-26T12:00:00.000Z',
        url: 'https://ledger.example/stories/x#update-2',
      },
      {
        '@type': 'BlogPosting',
        headline: 'Update 1',
        articleBody: 'Update 1',
        datePublished: '2026-11-26T10:00:00.000Z',
        url: 'https://ledger.example/stories/x#update-1',
      },
    ])
    const concluded = toNewsArticleJsonLd(
      { ...withLog('concluded', updates), dateModified: '2026-11-27T08:00:00.000Z' },
      { url: 'https://ledger.example/stories/x', newsroom },
    ) as any
    expect(concluded.coverageEndTime).toBe('2026-11-27T08:00:00.000Z')
  })

  it('carries corrections as CorrectionComment', () => {
    const ld = toNewsArticleJsonLd(
      withLog('developing', [
        { id: 'c', type: 'correction', text: 'Fixed a name.', date: '2026-11-26T11:00:00.000Z' },
      ]),
      { newsroom },
    ) as any
    expect(ld.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'Fixed a name.',
        datePublished: '2026-11-26T11:00:00.000Z',
      },
    ])
  })
})

describe('the Atom feed', () => {
  it('parses as Atom with a real feed parser: newest material update first, updated = dateModified, the HTML with corrections and updates', () => {
    fc.assert(
      fc.property(
        fc
          .array(story, { minLength: 1, maxLength: 6 })
          .map((stories) =>
            stories.map((one, index) => ({ ...one, id: index + 1, slug: `story-${index + 1}` })),
          ),
        (stories) => {
          const body = atomFeed({
            stories,
            newsroom,
            feedUrl: 'https://ledger.example/feed.xml',
            storyUrl: (slug) => `https://ledger.example/stories/${slug}`,
          })
          const feed = parseFeed(body)
          expect(feed.meta.type).toBe('atom')
          expect(feed.title).toBe('The Ledger')
          const expected = [...stories].sort(
            (a, b) =>
              Date.parse(b.dateModified ?? b.publishedAt!) -
              Date.parse(a.dateModified ?? a.publishedAt!),
          )
          expect(feed.items.map((item) => item.url)).toEqual(
            expected.map((one) => `https://ledger.example/stories/${one.slug}`),
          )
          feed.items.forEach((item, index) => {
            const one = expected[index]
            expect(item.updated?.toISOString()).toBe(
              new Date(one.dateModified ?? one.publishedAt!).toISOString(),
            )
            expect(item.title).toBe(one.title.trim())
            // The parser hands back the entry's HTML with entities decoded: each log entry's words are in it.
            for (const entry of one.updateLog) {
              expect(item.content).toContain(entry.text.trim())
            }
          })
        },
      ),
      { numRuns: 50 },
    )
  })
})

describe('the Atom feed, safely', () => {
  it('escapes a log entry’s text: markup typed by an editor is shown, never run', () => {
    const one = {
      ...fc.sample(story, { seed: 5, numRuns: 1 })[0],
      updateLog: [
        {
          id: 'x',
          type: 'update' as const,
          text: '<script>alert(1)</script> & more',
          date: '2026-11-26T10:00:00.000Z',
        },
      ],
    }
    const body = atomFeed({
      stories: [one],
      newsroom,
      feedUrl: 'https://ledger.example/feed.xml',
      storyUrl: (slug) => `https://ledger.example/stories/${slug}`,
    })
    expect(body).not.toContain('<script>')
    expect(body).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; more')
  })
})

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

describe('the newsroom’s record', () => {
  it('fills every policy with the default text, marked as the default, linked at the site’s own page; a newsroom’s own URL wins', () => {
    const facts = toNewsroomFacts(
      {
        policies: {
          ethics: { url: 'https://ledger.example/about/ethics' },
          corrections: { text: 'Our own words.' },
        },
      },
      { serverURL: 'https://site.example', policyUrl: (policy) => `/policies/${policy}` },
    )
    expect(facts.name).toBe('Newsroom')
    expect(facts.language).toBe('en')
    const byKey = Object.fromEntries(facts.policies.map((policy) => [policy.key, policy]))
    expect(byKey.ethics).toMatchObject({
      url: 'https://ledger.example/about/ethics',
      isDefault: true,
      text: DEFAULT_POLICIES.ethics,
    })
    expect(byKey.corrections).toMatchObject({
      url: 'https://site.example/policies/corrections',
      isDefault: false,
      text: 'Our own words.',
    })
    expect(byKey.unnamedSources).toMatchObject({
      url: 'https://site.example/policies/unnamed-sources',
      isDefault: true,
    })
    for (const policy of POLICIES) {
      expect(DEFAULT_POLICIES[policy.key]).toMatch(/^This is the default text/)
    }
  })
})
