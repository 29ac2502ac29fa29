import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { seedStory } from '../../seed/seed'
import { DEFAULT_POLICIES } from '../../src/plugin/standards/defaultPolicies'
import { atomFeed } from '../../src/plugin/syndication/feeds'
import { toNewsroomFacts } from '../../src/plugin/syndication/newsroomFacts'
import { lexicalParagraphs } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { ninjsValidator } from '../helpers/standards'

/**
 * The story for machines, through real HTTP: IPTC ninjs (validated by the official schema), the
 * JSON-LD's publisher and live-blog typing, and the `newsroom` global that feeds them.
 */
const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
const validateNinjs = ninjsValidator()

let newsroom: TestNewsroom
let articleId: number | string
beforeAll(async () => {
  newsroom = await startNewsroom({ overrides: { serverURL: 'https://ledger.example' } })
  articleId = (await seedStory(newsroom.payload, { log: () => {} })).articleId
})
afterAll(async () => newsroom?.close())

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${newsroom.baseURL}${path}`, { headers })

describe('IPTC ninjs', () => {
  it('serves the seeded story as ninjs 3.1, valid against the official schema, by ?format=ninjs or Accept', async () => {
    const byFormat = await get(`/api/articles/slug/${SLUG}?format=ninjs`)
    expect(byFormat.status).toBe(200)
    expect(byFormat.headers.get('content-type')).toBe('application/ninjs+json; charset=utf-8')
    const ninjs = await byFormat.json()
    expect(validateNinjs(ninjs)).toEqual([])
    expect(ninjs).toMatchObject({
      uri: `https://ledger.example/stories/${SLUG}`,
      type: 'text',
      pubStatus: 'usable',
      language: 'en',
      headlines: [{ role: 'main', value: expect.stringMatching(/^The officer was taken away/) }],
    })
    expect(ninjs.bodies[0].value).toContain('<q')
    // The anonymous colleague appears as the story prints them, under the story's own id.
    expect(ninjs.people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rel: 'anonymousSource', literal: 'anonymous-1' }),
      ]),
    )
    expect(ninjs.trustIndicators).toHaveLength(5)

    const byAccept = await get(`/api/articles/slug/${SLUG}`, { accept: 'application/ninjs+json' })
    expect(await byAccept.json()).toEqual(ninjs)
    const etag = byAccept.headers.get('etag')!
    expect(etag).not.toBe((await get(`/api/articles/slug/${SLUG}`)).headers.get('etag'))
    expect(
      (await get(`/api/articles/slug/${SLUG}?format=ninjs`, { 'if-none-match': etag })).status,
    ).toBe(304)
  })

  it('carries the embargo a story was held under, once it is out; never a draft’s', async () => {
    const past = new Date(Date.now() - 60_000).toISOString()
    const created = await newsroom.api('editor', 'POST', '/api/articles', {
      title: 'Held until this morning',
      body: lexicalParagraphs('Now it can be told.'),
      embargoUntil: past,
      _status: 'published',
      tags: ['inquiry'],
      byline: 'Staff',
    })
    expect(created.status).toBe(201)
    const ninjs = await (
      await get(`/api/articles/slug/${created.body.doc.slug}?format=ninjs`)
    ).json()
    expect(validateNinjs(ninjs)).toEqual([])
    expect(ninjs).toMatchObject({
      embargoedUntil: past,
      by: 'Staff',
      subjects: [{ name: 'inquiry' }],
    })

    const future = new Date(Date.now() + 3_600_000).toISOString()
    const draft = await newsroom.api('editor', 'POST', '/api/articles', {
      title: 'Still under embargo',
      body: lexicalParagraphs('Not yet.'),
      embargoUntil: future,
    })
    expect(draft.status).toBe(201)
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/articles/${draft.body.doc.id}`)).status,
    ).toBe(404)
    const list = await newsroom.api(
      'anonymous',
      'GET',
      `/api/articles?where[embargoUntil][exists]=true&limit=100`,
    )
    expect(JSON.stringify(list.body)).not.toContain(future)
  })
})

describe('JSON-LD', () => {
  it('names the publisher with its policies and language; becomes a LiveBlogPosting with its first update', async () => {
    const ld = await (await get(`/api/articles/slug/${SLUG}?format=jsonld`)).json()
    expect(ld.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'Newsroom',
      correctionsPolicy: 'https://ledger.example/policies/corrections',
    })
    expect(Object.keys(ld.publisher)).toEqual(
      expect.arrayContaining([
        'unnamedSourcesPolicy',
        'verificationFactCheckingPolicy',
        'ethicsPolicy',
        'actionableFeedbackPolicy',
      ]),
    )
    expect(ld.inLanguage).toBe('en')

    const current = (await newsroom.api('editor', 'GET', `/api/articles/${articleId}?depth=0`)).body
    const updated = await newsroom.api('editor', 'PATCH', `/api/articles/${articleId}`, {
      _status: 'published',
      updateLog: [
        ...(current.updateLog ?? []),
        { type: 'update', text: 'The officer has been suspended.' },
      ],
    })
    expect(updated.status).toBe(200)
    const live = await (await get(`/api/articles/slug/${SLUG}?format=jsonld`)).json()
    expect(live['@type']).toEqual(['NewsArticle', 'LiveBlogPosting'])
    const entry = updated.body.doc.updateLog.at(-1)
    expect(live.liveBlogUpdate[0]).toMatchObject({
      '@type': 'BlogPosting',
      articleBody: 'The officer has been suspended.',
      url: `https://ledger.example/stories/${SLUG}#update-${entry.id}`,
    })
  })
})

describe('the newsroom global', () => {
  it('is read by anyone with every policy filled by default, and changed by admins only', async () => {
    const record = await newsroom.api('anonymous', 'GET', '/api/globals/newsroom')
    expect(record.status).toBe(200)
    expect(record.body).toMatchObject({
      name: 'Newsroom',
      language: 'en',
      policies: { corrections: { text: DEFAULT_POLICIES.corrections } },
    })
    for (const who of ['anonymous', 'moderator', 'editor'] as const) {
      expect(
        (await newsroom.api(who, 'POST', '/api/globals/newsroom', { name: 'Taken over' })).status,
      ).toBe(403)
      const graphql = await newsroom.graphql(
        who,
        'mutation { updateNewsroom(data: { name: "Taken over" }) { name } }',
      )
      expect(graphql.body.errors?.[0]?.message).toBeTruthy()
    }
    expect((await newsroom.api('anonymous', 'GET', '/api/globals/newsroom')).body.name).toBe(
      'Newsroom',
    )
    expect(
      (await newsroom.graphql('anonymous', '{ Newsroom { name language } }')).body.data.Newsroom,
    ).toEqual({ name: 'Newsroom', language: 'en' })
  })

  it('refuses a bad language or URL, naming the field', async () => {
    for (const [data, path] of [
      [{ language: 'English!' }, 'language'],
      [{ url: 'not a url' }, 'url'],
      [{ policies: { ethics: { url: 'javascript:alert(1)' } } }, 'policies.ethics.url'],
    ] as const) {
      const res = await newsroom.api('admin', 'POST', '/api/globals/newsroom', data)
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors[0].path).toBe(path)
    }
  })

  it('feeds a changed name and policy into the served story at once', async () => {
    const before = await get(`/api/articles/slug/${SLUG}?format=jsonld`)
    const res = await newsroom.api('admin', 'POST', '/api/globals/newsroom', {
      name: 'The Ledger',
      language: 'en-GB',
      policies: { ethics: { url: 'https://ledger.example/about/ethics' } },
    })
    expect(res.status).toBe(200)
    const after = await get(`/api/articles/slug/${SLUG}?format=jsonld`)
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
    const ld = await after.json()
    expect(ld.publisher).toMatchObject({
      name: 'The Ledger',
      ethicsPolicy: 'https://ledger.example/about/ethics',
    })
    expect(ld.inLanguage).toBe('en-GB')
    expect((await (await get(`/api/articles/slug/${SLUG}?format=ninjs`)).json()).language).toBe(
      'en-GB',
    )
  })

  it('serves a policy kept as text as a plain page, and 404 for an unknown one', async () => {
    const page = await get('/api/globals/newsroom/policies/unnamed-sources')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await page.text()
    expect(html).toContain('<h1>Unnamed sources policy</h1>')
    expect(html).toContain('This is the default text')
    expect((await get('/api/globals/newsroom/policies/nope')).status).toBe(404)
  })
})

describe('the Atom feed (what /feed.xml serves)', () => {
  it('stays well-formed XML whatever the words: a tag with <, & or ]]>, and titles and deks are plain text (type="text")', async () => {
    const title = 'Profits <b>up</b> & “sharply” ]]> at AT&T'
    const dek = 'What <i>the</i> board said ]]> ]]> & why'
    const tags = ['a<b', 'R&D', 'x]]>y', 'quote"s', 'bell\u0007tag']
    const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
      title,
      dek,
      tags,
      body: lexicalParagraphs('Text with ]]> twice ]]> and <angle> brackets.'),
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    const published = await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, {
      _status: 'published',
    })
    expect(published.status).toBe(200)
    // As the /feed.xml route does: the delivery documents over REST, written by atomFeed.
    const story = await (await get(`/api/articles/slug/${published.body.doc.slug}`)).json()
    const facts = toNewsroomFacts(
      (await newsroom.api('anonymous', 'GET', '/api/globals/newsroom')).body,
      { serverURL: 'https://ledger.example', policyUrl: (policy) => `/policies/${policy}` },
    )
    const body = atomFeed({
      stories: [story],
      newsroom: facts,
      feedUrl: 'https://ledger.example/feed.xml',
      storyUrl: (slug) => `https://ledger.example/stories/${slug}`,
    })

    expect(XMLValidator.validate(body)).toBe(true)
    const entry = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'category',
    }).parse(body).feed.entry
    expect(entry.title).toEqual({ '#text': title, '@_type': 'text' })
    expect(entry.summary).toEqual({ '#text': dek, '@_type': 'text' })
    expect(
      entry.category.map((category: Record<string, string>) => [
        category['@_term'],
        category['@_label'],
      ]),
    ).toEqual(['a<b', 'R&D', 'x]]>y', 'quote"s', 'belltag'].map((tag) => [tag, tag]))
    const parsed = parseFeed(body)
    expect(parsed.items[0].title).toBe(title)
    expect(parsed.items[0].content).toContain('Text with ]]> twice ]]> and')
  })
})
