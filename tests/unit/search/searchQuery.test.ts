/** Search's pure parts: the words as each database reads them, snippets as safe HTML, what a story is found by. */
import fc from 'fast-check'

import type { EditionDocument } from '../../../src/plugin/editions/buildEdition'

import { searchParamsOf } from '../../../src/plugin/search/searchParams'
import { snippetHtml } from '../../../src/plugin/search/searchResults'
import { searchRowOf } from '../../../src/plugin/search/searchText'
import { MARK_END, MARK_START, normalizeQuery } from '../../../src/plugin/search/searchWords'
import { fts5Query } from '../../../src/plugin/search/sqliteSearch'

describe('the words as FTS5 reads them', () => {
  it('makes each word a string, keeps phrases, reads or and -word', () => {
    expect(fts5Query('police camera')).toBe('"police" "camera"')
    expect(fts5Query('"the camera" rolling')).toBe('"the camera" "rolling"')
    expect(fts5Query('police or camera')).toBe('"police" OR "camera"')
    expect(fts5Query('police -camera')).toBe('"police" NOT "camera"')
    expect(fts5Query('AND NEAR(a b) title:x')).toBe('"AND" "NEAR(a" "b)" "title:x"')
    expect(fts5Query('-only')).toBe('')
    expect(fts5Query('or')).toBe('"or"')
    expect(fts5Query('a or')).toBe('"a" "or"')
  })

  it('never leaves a quote unpaired, whatever the words', () => {
    fc.assert(
      fc.property(fc.string(), (words) => {
        const query = fts5Query(normalizeQuery(words))
        // Outside the strings there is only whitespace, OR and NOT.
        expect(
          query
            .replace(/"(?:[^"]|"")*"/g, '')
            .replace(/\b(OR|NOT)\b/g, '')
            .trim(),
        ).toBe('')
      }),
    )
  })
})

describe('a reader’s words, normalised', () => {
  it('drops control, format and private-use characters, and keeps at most 16 words', () => {
    expect(normalizeQuery(' a\u0000b \u202Ec\uE000 ')).toBe('a b c')
    expect(normalizeQuery('ｆｕｌｌ width')).toBe('full width')
    expect(
      normalizeQuery(Array.from({ length: 30 }, (_, k) => `w${k}`).join(' ')).split(' '),
    ).toHaveLength(16)
  })
})

describe('snippets as HTML', () => {
  it('escapes the text and turns only the marks into <mark>', () => {
    expect(snippetHtml(`<b>x</b> & ${MARK_START}word${MARK_END} "q"`)).toBe(
      '&lt;b&gt;x&lt;/b&gt; &amp; <mark>word</mark> &quot;q&quot;',
    )
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(snippetHtml(text)).not.toMatch(/<(?!\/?mark>)/)
      }),
    )
  })
})

describe('the parameters', () => {
  it('names the parameter that cannot be a search', () => {
    const refused = (query: Record<string, unknown>) =>
      (searchParamsOf(query, 10) as { field?: string }).field
    expect(refused({ q: ['a', 'b'] })).toBe('q')
    expect(refused({ q: { $ne: 1 } })).toBe('q')
    expect(refused({ q: 'x'.repeat(257) })).toBe('q')
    expect(refused({ q: 'a', page: '0' })).toBe('page')
    expect(refused({ q: 'a', page: '51' })).toBe('page')
    expect(refused({ q: 'a', limit: '1.5' })).toBe('limit')
    expect(refused({ q: 'a', from: '2026-13-45' })).toBe('from')
    expect(refused({ q: 'a', from: '2026-02-01', to: '2026-01-01' })).toBe('to')
    expect(refused({ q: 'a', tag: 'x\u0001' })).toBe('tag')
    expect(searchParamsOf({ q: '  police  ', page: '2', from: '2026-12-01' }, 10)).toEqual({
      q: 'police',
      page: 2,
      limit: 10,
      from: '2026-12-01T00:00:00.000Z',
    })
  })
})

describe('what a story is found by', () => {
  const story = {
    id: 7,
    slug: 's',
    title: 'Title',
    dek: 'Dek',
    byline: 'Staff',
    authors: [
      {
        id: null,
        name: 'Staff',
        slug: null,
        url: null,
        kind: 'organization',
        role: 'written-by',
        jobTitle: null,
        sameAs: [],
      },
      {
        id: 2,
        name: 'Ana Writer',
        slug: 'ana-writer',
        url: '/authors/ana-writer',
        kind: 'person',
        role: 'written-by',
        jobTitle: null,
        sameAs: [],
      },
    ],
    tags: ['police'],
    body: null,
    quotes: [
      {
        id: 1,
        text: 'Named words.',
        kind: 'verbatim',
        speaker: 10,
        speakerTitle: null,
        via: null,
        context: null,
        saidAt: null,
      },
      {
        id: 2,
        text: 'Secret words.',
        kind: 'verbatim',
        speaker: 'anonymous-1',
        speakerTitle: null,
        via: null,
        context: null,
        saidAt: null,
      },
    ],
    sources: [
      {
        id: 10,
        kind: 'person',
        name: 'Public Name',
        description: 'a witness',
        role: null,
        anonymity: null,
        provenance: null,
      },
      {
        id: 'anonymous-1',
        kind: 'anonymous',
        name: null,
        description: 'an official',
        role: null,
        anonymity: { reason: 'r' },
        provenance: null,
      },
    ],
    updateLog: [],
    retraction: null,
    publishedAt: '2026-12-01T00:00:00.000Z',
    dateModified: null,
  } as unknown as EditionDocument

  it('holds public names only, and the withheld byline’s credit gives no slug', () => {
    const row = searchRowOf(story)!
    expect(row.quotes).toBe('Named words.\nPublic Name\nSecret words.')
    expect(row.authors).toEqual(['ana-writer'])
    expect(row.meta).toContain('Ana Writer')
  })

  it('is nothing for a retracted story', () => {
    expect(
      searchRowOf({ ...story, retraction: { id: 'r', text: 'Retracted.', date: 'x' } } as never),
    ).toBeNull()
  })
})
