import { parseFeed } from '@rowanmanning/feed-parser'
import fc from 'fast-check'

import type { DeliveryArticle, DeliveryAuthor } from '../../src/plugin/delivery/types'

import { namesInByline } from '../../src/plugin/bylines/fromTextBylines'
import { bylineOf, type Credit, joinNames } from '../../src/plugin/bylines/printedByline'
import { withBylineWithheld } from '../../src/plugin/bylines/withheldBylines'
import { toNewsArticleJsonLd } from '../../src/plugin/delivery/jsonld'
import { atomFeed } from '../../src/plugin/syndication/feeds'
import { toNewsroomFacts } from '../../src/plugin/syndication/newsroomFacts'
import { toNinjs } from '../../src/plugin/syndication/ninjs'
import { AUTHOR_ROLES, type AuthorRole } from '../../src/plugin/vocabulary'
import { ninjsValidator } from '../helpers/standards'

const settings = {
  withheldName: 'Staff',
  authorUrl: ({ slug }: { slug: string }) => `/authors/${slug}`,
}
const newsroom = toNewsroomFacts(
  { name: 'The Ledger', url: 'https://ledger.example', language: 'en-GB' },
  { policyUrl: (policy) => `/policies/${policy}` },
)
const validateNinjs = ninjsValidator()

let nextId = 0
const credit = (
  name: string,
  role: AuthorRole = 'written-by',
  extra: Partial<Credit['author']> = {},
): Credit => ({
  role,
  author: {
    id: ++nextId,
    name,
    slug: name.toLowerCase().replace(/\W+/g, '-'),
    withheld: false,
    ...extra,
  },
})

const storyWith = (authors: DeliveryAuthor[], byline: null | string): DeliveryArticle => ({
  id: 7,
  slug: 'a-story',
  title: 'A story',
  dek: null,
  byline,
  authors,
  storyStatus: 'developing',
  tags: [],
  publishedAt: '2026-12-01T10:00:00.000Z',
  dateModified: null,
  embargoedUntil: null,
  body: { root: { type: 'root', children: [] } },
  bodyHtml: '<p>Text.</p>',
  retraction: null,
  heroImage: null,
  bodyImages: [],
  meta: { title: 'A story', description: null, image: null },
  quotes: [],
  sources: [],
  updateLog: [],
  logRevisions: [],
  commentsOpen: true,
  commentCount: 0,
  comments: { docs: [], page: 1, totalTopLevel: 0, hasMore: false },
})

describe('the printed byline', () => {
  it('names who wrote and reported it, in the roles’ order, joined as a byline reads', () => {
    const { byline, authors } = bylineOf(
      {
        credits: [
          credit('Pat Photo', 'photos-by'),
          credit('Rae Reporting', 'reporting-by'),
          credit('Wren Writer'),
          credit('Cy Writer'),
        ],
        storyWithheld: false,
        handSet: null,
      },
      settings,
    )
    expect(byline).toBe('Wren Writer, Cy Writer and Rae Reporting')
    expect(authors.map((entry) => entry.role)).toEqual([
      'written-by',
      'written-by',
      'reporting-by',
      'photos-by',
    ])
  })

  it('is the editors’ own line when they set one, unless a byline is withheld', () => {
    const credits = [credit('Wren Writer')]
    expect(
      bylineOf({ credits, storyWithheld: false, handSet: 'Wren in Paris' }, settings).byline,
    ).toBe('Wren in Paris')
    expect(
      bylineOf({ credits, storyWithheld: true, handSet: 'Wren in Paris' }, settings).byline,
    ).toBe('Staff')
    const withheldAuthor = [credit('Hidden Person', 'written-by', { withheld: true })]
    expect(
      bylineOf(
        { credits: withheldAuthor, storyWithheld: false, handSet: 'Hidden Person' },
        settings,
      ),
    ).toEqual({
      byline: 'Staff',
      authors: [expect.objectContaining({ id: null, name: 'Staff', url: null, slug: null })],
    })
  })

  it('never names a withheld author, whatever the credits, roles and hand-set line', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            role: fc.constantFrom(...AUTHOR_ROLES.map(({ value }) => value)),
            withheld: fc.boolean(),
          }),
          { maxLength: 6 },
        ),
        fc.boolean(),
        fc.option(fc.constantFrom('Secret Name', 'Public line'), { nil: null }),
        (rows, storyWithheld, handSet) => {
          const credits = rows.map(({ role, withheld }, at) =>
            credit(withheld ? `Secret Name ${at}` : `Public ${at}`, role, { withheld }),
          )
          const shown = bylineOf({ credits, storyWithheld, handSet }, settings)
          const story = storyWith(shown.authors, shown.byline)
          const outputs = JSON.stringify([
            shown,
            toNewsArticleJsonLd(story, { url: 'https://ledger.example/stories/a-story', newsroom }),
            toNinjs(story, { url: 'https://ledger.example/stories/a-story', newsroom }),
            atomFeed({
              stories: [story],
              newsroom,
              feedUrl: 'https://ledger.example/feed.xml',
              storyUrl: (slug) => `https://ledger.example/stories/${slug}`,
            }),
          ])
          const anyWithheld = storyWithheld || rows.some((row) => row.withheld)
          // A hand-set line is the editors' own words, printed only while nobody is withheld.
          if (anyWithheld || handSet !== 'Secret Name') {
            expect(outputs).not.toContain('Secret Name')
          }
          if (storyWithheld) {
            expect(outputs).not.toContain('Public ')
          }
          if (anyWithheld && handSet === 'Public line') {
            expect(shown.byline).not.toBe('Public line')
          }
        },
      ),
    )
  })
})

describe('credits in the standards', () => {
  const shown = bylineOf(
    {
      credits: [
        credit('Wren Writer', 'written-by', {
          jobTitle: 'Crime reporter',
          sameAs: [{ url: 'https://social.example/@wren' }],
        }),
        credit('Pat Photo', 'photos-by'),
        credit('Wire Desk', 'reporting-by', { kind: 'organization' }),
      ],
      storyWithheld: false,
      handSet: null,
    },
    settings,
  )
  const story = storyWith(shown.authors, shown.byline)
  const url = 'https://ledger.example/stories/a-story'

  it('jSON-LD: authors as Person (or the desk as Organization) with their page, job title and sameAs; the others as contributors', () => {
    const jsonld = toNewsArticleJsonLd(story, { url, newsroom }) as Record<string, any>
    expect(jsonld.author).toEqual([
      {
        '@type': 'Person',
        name: 'Wren Writer',
        url: 'https://ledger.example/authors/wren-writer',
        jobTitle: 'Crime reporter',
        sameAs: ['https://social.example/@wren'],
      },
      {
        '@type': 'Organization',
        name: 'Wire Desk',
        url: 'https://ledger.example/authors/wire-desk',
      },
    ])
    expect(jsonld.contributor).toEqual([
      { '@type': 'Person', name: 'Pat Photo', url: 'https://ledger.example/authors/pat-photo' },
    ])
  })

  it('ninjs: `by` is the byline; the people credited with their role, the desk among organisations; valid against the schema', () => {
    const ninjs = toNinjs(story, { url, newsroom }) as Record<string, any>
    expect(validateNinjs(ninjs)).toEqual([])
    expect(ninjs.by).toBe('Wren Writer and Wire Desk')
    expect(ninjs.people).toEqual([
      expect.objectContaining({
        name: 'Wren Writer',
        rel: 'written-by',
        uri: 'https://ledger.example/authors/wren-writer',
      }),
      expect.objectContaining({ name: 'Pat Photo', rel: 'photos-by' }),
    ])
    expect(ninjs.organisations).toEqual([
      expect.objectContaining({ name: 'Wire Desk', rel: 'reporting-by' }),
    ])
  })

  it('atom: an <author> per writer with their page, <contributor> for the others; a feed of its own title for an author', async () => {
    const body = atomFeed({
      stories: [story],
      newsroom,
      feedUrl: 'https://ledger.example/authors/wren-writer/feed.xml',
      link: 'https://ledger.example/authors/wren-writer',
      title: 'Wren Writer — The Ledger',
      storyUrl: (slug) => `https://ledger.example/stories/${slug}`,
    })
    expect(body).toContain('<uri>https://ledger.example/authors/wren-writer</uri>')
    expect(body).toMatch(/<contributor>\s*<name>Pat Photo<\/name>/)
    const feed = parseFeed(body)
    expect(feed.title).toBe('Wren Writer — The Ledger')
    expect(feed.items[0].authors.map((author) => author.name)).toEqual(['Wren Writer', 'Wire Desk'])
  })

  it('a withheld author taken out of a published document: their entry is the newsroom’s, the byline printed again', () => {
    const wren = shown.authors[0]
    const changed = withBylineWithheld(story, wren.id, 'Staff')!
    expect(JSON.stringify(changed)).not.toContain('Wren')
    expect(changed.byline).toBe('Staff and Wire Desk')
    expect(withBylineWithheld(story, 999, 'Staff')).toBeNull()
    const whole = withBylineWithheld(story, null, 'Staff')!
    expect(whole.authors).toEqual([expect.objectContaining({ id: null, name: 'Staff' })])
    expect(whole.byline).toBe('Staff')
  })
})

describe('text bylines from before authors were kept', () => {
  it('split into names as a byline reads', () => {
    expect(namesInByline('By Ann Old, Bob Older and Cy Oldest')).toEqual([
      'Ann Old',
      'Bob Older',
      'Cy Oldest',
    ])
    expect(namesInByline('Staff')).toEqual(['Staff'])
    expect(joinNames(namesInByline('Ann & Bob'))).toBe('Ann and Bob')
  })
})
