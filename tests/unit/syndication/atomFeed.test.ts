/** Syndication formats: the Atom feed, as a real feed parser reads it, and escaped. */
import { parseFeed } from '@rowanmanning/feed-parser'
import fc from 'fast-check'

import { atomFeed } from '../../../src/plugin/syndication/feeds'
import { atomRuleViolations } from '../../helpers/atomRules'
import { newsroom, story } from './stories'

describe('the Atom feed', () => {
  it('parses as Atom with a real feed parser, keeping Atom’s rules: newest material update first, updated = dateModified, the HTML with corrections and updates', () => {
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
          expect(atomRuleViolations(body)).toEqual([])
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
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more')
  })
})
