import { quoteRefsIn, storyText } from '../../../src/plugin/richText/lexical'
import {
  newKeyEventsBetween,
  type PublicFacts,
  publicFactsOf,
} from '../../../src/plugin/webhooks/articleEvents'
/** The plugin's pure rules for live coverage: what a story's text is (body and updates), and which key events are new. */
import { lexicalParagraphs } from '../../helpers/fixtures'
import { bodyCiting } from './documents'

describe('a story’s text (issue 32)', () => {
  const body = lexicalParagraphs('The council met.')

  it('is the body itself when no update has a text: fingerprints taken before live updates still match', () => {
    expect(storyText({ body })).toBe(body)
    expect(
      storyText({
        body,
        updateLog: [{ type: 'update' }, { type: 'correction', body: bodyCiting(3) }],
      }),
    ).toBe(body)
  })

  it('is the body, then each update’s text in log order: every quote the gate and legal must see', () => {
    const text = storyText({
      body: bodyCiting(1),
      updateLog: [
        { type: 'update', body: bodyCiting(2) },
        { type: 'update', body: lexicalParagraphs('   ') },
        { type: 'update', body: bodyCiting(3) },
      ],
    })
    expect(quoteRefsIn(text)).toEqual([1, 2, 3])
    expect(
      quoteRefsIn(storyText({ updateLog: [{ type: 'update', body: bodyCiting(4) }] })),
    ).toEqual([4])
  })
})

describe('new key events (article.key_event)', () => {
  const facts = (published: boolean, keyEvents: string[], takenDown = false): PublicFacts =>
    publicFactsOf({
      _status: published ? 'published' : 'draft',
      slug: 'live',
      updateLog: keyEvents.map((id) => ({
        id,
        type: 'update',
        text: `Line ${id}`,
        headline: id === 'b' ? 'Headline b' : null,
        keyEvent: true,
      })),
      takedown: takenDown ? { takenDownAt: '2026-12-07T00:00:00Z' } : null,
    })!

  it('is the newest readers get with this save, with the headline or else the line', () => {
    expect(newKeyEventsBetween(facts(true, ['a']), facts(true, ['a', 'b']))).toEqual([
      { id: 'b', headline: 'Headline b' },
    ])
    expect(newKeyEventsBetween(facts(true, ['b']), facts(true, ['a', 'b']))).toEqual([
      { id: 'a', headline: 'Line a' },
    ])
    expect(newKeyEventsBetween(facts(true, ['a']), facts(true, ['a']))).toEqual([])
  })

  it('is one alert at most per save: a first publish with many key events, or many marked at once', () => {
    expect(newKeyEventsBetween(undefined, facts(true, ['a', 'b', 'c']))).toEqual([
      { id: 'c', headline: 'Line c' },
    ])
    expect(newKeyEventsBetween(facts(true, []), facts(true, ['a', 'b']))).toEqual([
      { id: 'b', headline: 'Headline b' },
    ])
  })

  it('are none while readers get nothing: a draft, or a story taken down', () => {
    expect(newKeyEventsBetween(undefined, facts(false, ['a']))).toEqual([])
    expect(newKeyEventsBetween(facts(true, []), facts(true, ['a'], true))).toEqual([])
    expect(newKeyEventsBetween(facts(false, ['a']), facts(true, ['a']))).toEqual([
      { id: 'a', headline: 'Line a' },
    ])
  })
})
