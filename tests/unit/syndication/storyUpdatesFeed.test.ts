/** Syndication formats: one story's own Atom feed (its log), as a real feed parser reads it, escaped, and by Atom's rules. */
import { parseFeed } from '@rowanmanning/feed-parser'
import fc from 'fast-check'
import { XMLParser } from 'fast-xml-parser'

import type { DeliveryArticle, DeliveryLogEntry } from '../../../src/plugin/delivery/types'

import { storyEntryHtml, storyUpdatesFeed } from '../../../src/plugin/syndication/feeds'
import { atomRuleViolations } from '../../helpers/atomRules'
import { newsroom, story } from './stories'

const STORY_URL = 'https://ledger.example/stories/the-flood'
const FEED_URL = 'https://ledger.example/stories/the-flood/feed.xml'
const base: DeliveryArticle = {
  ...fc.sample(story, { seed: 32, numRuns: 1 })[0],
  slug: 'the-flood',
  title: 'The river bursts its banks',
  dek: 'Homes evacuated along the valley.',
  byline: null,
  authors: [
    {
      id: 1,
      name: 'Wren Writer',
      slug: 'wren-writer',
      url: '/authors/wren-writer',
      kind: 'person',
      role: 'written-by',
      jobTitle: null,
      sameAs: [],
    },
  ],
  publishedAt: '2026-11-20T08:00:00.000Z',
  dateModified: '2026-11-20T12:00:00.000Z',
  bodyHtml: '<p>The water rose overnight.</p>',
  retraction: null,
}
const log = (
  id: string,
  type: DeliveryLogEntry['type'],
  text: string,
  date: string,
): DeliveryLogEntry => ({ id, type, text, date })
const feedOf = (one: DeliveryArticle) =>
  storyUpdatesFeed({ story: one, newsroom, feedUrl: FEED_URL, storyUrl: STORY_URL })
const elements = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => ['author', 'entry', 'link'].includes(name),
})

describe('a story’s own feed', () => {
  const withLog = {
    ...base,
    updateLog: [
      log('a1', 'update', 'Evacuation ordered for the lower town.', '2026-11-20T09:00:00.000Z'),
      log('b2', 'correction', 'The mayor’s name was misspelt.', '2026-11-20T11:00:00.000Z'),
      log('c3', 'update', 'The water has started to fall.', '2026-11-20T10:30:00.000Z'),
    ],
  }

  it('has an entry per log entry, newest first, each at its anchor on the page, then the story itself', () => {
    const xml = feedOf(withLog)
    const feed = parseFeed(xml)
    expect(feed.meta.type).toBe('atom')
    expect(feed.title).toBe('The river bursts its banks')
    expect(feed.url).toBe(STORY_URL)
    expect(feed.self).toBe(FEED_URL)
    expect(feed.updated?.toISOString()).toBe('2026-11-20T11:00:00.000Z')
    expect(feed.items.map((item) => item.id)).toEqual([
      `${STORY_URL}#update-b2`,
      `${STORY_URL}#update-c3`,
      `${STORY_URL}#update-a1`,
      STORY_URL,
    ])
    expect(feed.items.map((item) => item.url)).toEqual(feed.items.map((item) => item.id))
    expect(feed.items.map((item) => item.title)).toEqual([
      'Correction: The mayor’s name was misspelt.',
      'The water has started to fall.',
      'Evacuation ordered for the lower town.',
      'The river bursts its banks',
    ])
    expect(feed.items.map((item) => item.updated?.toISOString())).toEqual([
      '2026-11-20T11:00:00.000Z',
      '2026-11-20T10:30:00.000Z',
      '2026-11-20T09:00:00.000Z',
      '2026-11-20T08:00:00.000Z',
    ])
    expect(feed.items.map((item) => item.published?.toISOString())).toEqual(
      feed.items.map((item) => item.updated?.toISOString()),
    )
    expect(feed.items[1].content).toBe('<p>The water has started to fall.</p>')
    // The story's own entry is what the site feed carries for it: its text, with its log.
    expect(feed.items[3].content).toBe(storyEntryHtml(withLog, STORY_URL))
    for (const item of feed.items) {
      expect(item.authors.map((author) => [author.name, author.url])).toEqual([
        ['Wren Writer', 'https://ledger.example/authors/wren-writer'],
      ])
    }
    expect(atomRuleViolations(xml)).toEqual([])
  })

  it('titles a live update with its headline and carries its text as the page shows it, quotes marked up', () => {
    const html =
      '<p>The mayor said: “<q class="quote" data-quote="4" aria-describedby="source-2">We will rebuild.</q>”</p>'
    const xml = feedOf({
      ...base,
      updateLog: [
        {
          ...log('e5', 'update', 'The mayor said: “We will rebuild.”', '2026-11-20T09:00:00.000Z'),
          headline: 'Mayor promises to rebuild',
          html,
          keyEvent: true,
          pinned: false,
        },
      ],
    })
    const [first] = parseFeed(xml).items
    expect(first.title).toBe('Mayor promises to rebuild')
    expect(first.content).toBe(html)
    expect(atomRuleViolations(xml)).toEqual([])
  })

  it('credits an update to its own writers when it names them (a withheld one with no page), else the story’s', () => {
    const writer = {
      ...base.authors![0],
      id: 2,
      name: 'Lev Live',
      slug: 'lev-live',
      url: '/authors/lev-live',
    }
    const withheld = {
      ...writer,
      id: null,
      name: 'Staff',
      slug: null,
      url: null,
      kind: 'organization' as const,
    }
    const xml = feedOf({
      ...base,
      updateLog: [
        {
          ...log('h8', 'update', 'Filed from the bridge.', '2026-11-20T09:00:00.000Z'),
          authors: [writer, withheld],
        },
        { ...log('i9', 'update', 'The road reopened.', '2026-11-20T10:00:00.000Z'), authors: [] },
      ],
    })
    const items = parseFeed(xml).items
    expect(
      items.map((item) => item.authors.map((author) => [author.name, author.url ?? null])),
    ).toEqual([
      [['Wren Writer', 'https://ledger.example/authors/wren-writer']],
      [
        ['Lev Live', 'https://ledger.example/authors/lev-live'],
        ['Staff', null],
      ],
      [['Wren Writer', 'https://ledger.example/authors/wren-writer']],
    ])
    expect(atomRuleViolations(xml)).toEqual([])
  })

  it('titles a long update with its first words, cut at a word, and an ellipsis', () => {
    const words =
      'The council has opened the sports hall on Mill Road to families from the lower town, with beds, food and dry clothes, until the water falls.'
    const xml = feedOf({
      ...base,
      updateLog: [log('d4', 'update', words, '2026-11-20T09:00:00.000Z')],
    })
    const [first] = parseFeed(xml).items
    expect(first.title).toMatch(/…$/)
    const shown = first.title!.slice(0, -1)
    expect(shown.length).toBeLessThanOrEqual(110)
    expect(shown.length).toBeGreaterThan(60)
    expect(words.startsWith(shown)).toBe(true)
    expect(words[shown.length]).toMatch(/[\s,]/)
    expect(first.content).toBe(`<p>${words}</p>`)
  })

  it('writes titles as plain text: “<” and “&” as typed, no markup; log text escaped in the entries’ HTML', () => {
    const xml = feedOf({
      ...base,
      title: 'Profits <b>up</b> & “AT&amp;T” ]]> falls',
      updateLog: [
        log('e5', 'update', '<script>alert(1)</script> & more', '2026-11-20T09:00:00.000Z'),
        log('f6', 'clarification', 'Rates < 5% & rising', '2026-11-20T10:00:00.000Z'),
      ],
    })
    expect(xml).not.toContain('<b>')
    expect(xml).not.toContain('<script>')
    expect(atomRuleViolations(xml)).toEqual([])
    const parsed = elements.parse(xml).feed
    expect(parsed.title).toBe('Profits <b>up</b> & “AT&amp;T” ]]> falls')
    expect(parsed.entry.map((entry: { title: Record<string, string> }) => entry.title)).toEqual([
      { '#text': 'Clarification: Rates < 5% & rising', '@_type': 'text' },
      { '#text': '<script>alert(1)</script> & more', '@_type': 'text' },
      { '#text': 'Profits <b>up</b> & “AT&amp;T” ]]> falls', '@_type': 'text' },
    ])
    expect(parsed.entry[1].content['#text']).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>',
    )
  })

  it('drops the characters XML cannot carry (control characters, lone surrogates) and stays readable', () => {
    const xml = feedOf({
      ...base,
      title: 'Bell\u0007 rings\u0000 \uD800twice\uFFFF',
      updateLog: [log('g7', 'update', 'Sirens\u0008 at\u001B dawn', '2026-11-20T09:00:00.000Z')],
    })
    expect(atomRuleViolations(xml)).toEqual([])
    const feed = parseFeed(xml)
    expect(feed.title).toBe('Bell rings twice')
    expect(feed.items[0].title).toBe('Sirens at dawn')
    expect(feed.items[0].content).toBe('<p>Sirens at dawn</p>')
  })

  it('of a retracted story: the notice and the log, never its text', () => {
    const retraction = log(
      'r9',
      'retraction',
      'This story has been withdrawn: the figures could not be verified.',
      '2026-11-21T09:00:00.000Z',
    )
    const xml = feedOf({
      ...withLog,
      dek: null,
      // The delivery document of a retracted story has no text; were any left, the feed must not show it.
      bodyHtml: '<p>A SECRET the retraction took back.</p>',
      retraction: { id: retraction.id, text: retraction.text, date: retraction.date },
      updateLog: [...withLog.updateLog, retraction],
    })
    expect(xml).not.toContain('SECRET')
    expect(atomRuleViolations(xml)).toEqual([])
    const feed = parseFeed(xml)
    expect(feed.updated?.toISOString()).toBe(retraction.date)
    expect([feed.items[0].id, feed.items[0].title]).toEqual([
      `${STORY_URL}#update-r9`,
      'Retraction: This story has been withdrawn: the figures could not be verified.',
    ])
    const own = feed.items[feed.items.length - 1]
    expect(own.title).toBe('Retracted: The river bursts its banks')
    expect(own.content).toContain('This story has been retracted')
    expect(own.content).toContain('the figures could not be verified')
    expect(own.content).toContain('The water has started to fall.')
  })

  it('keeps Atom’s rules for any story and log (a real feed parser reads it; newest first; one entry each)', () => {
    const anyText = fc.oneof(
      fc.string({ minLength: 1, maxLength: 200 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
    )
    const entry = fc.record({
      id: fc.uuid().map((uuid) => uuid.replace(/-/g, '').slice(0, 24)),
      type: fc.constantFrom('update', 'correction', 'clarification', 'retraction'),
      text: anyText,
      date: fc
        .integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') })
        .map((ms) => new Date(ms).toISOString()),
    }) as fc.Arbitrary<DeliveryLogEntry>
    fc.assert(
      fc.property(
        story,
        anyText,
        fc.uniqueArray(entry, { maxLength: 8, selector: (one) => one.id }),
        (one, title, updateLog) => {
          const xml = feedOf({ ...one, title, updateLog })
          expect(atomRuleViolations(xml)).toEqual([])
          const feed = parseFeed(xml)
          expect(feed.items).toHaveLength(updateLog.length + 1)
          expect(feed.items[feed.items.length - 1].id).toBe(STORY_URL)
          const logged = feed.items.slice(0, -1).map((item) => item.updated!.getTime())
          expect(logged).toEqual([...logged].sort((a, b) => b - a))
          expect(new Set(feed.items.map((item) => item.id)).size).toBe(feed.items.length)
        },
      ),
      { numRuns: 100 },
    )
  })
})
