import { runSql, sqlDialectOf } from '../../src/plugin/database/sqlTables'
import { ensureSearchIndex } from '../../src/plugin/search/searchIndex'
import { settingsOf } from '../../src/plugin/settings'
import {
  bodyQuoting,
  containsDeep,
  lexicalParagraphs,
  makeAnonymousSource,
  makeNamedSource,
  makeQuote,
} from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

/**
 * Search (issue 33): `GET /api/search` finds published stories by their words as readers read them
 * (title, dek, text, quotes and who said them, tags, authors), ranked with the title and quotes above
 * the text, a highlighted snippet each; never a draft, an unpublished, taken-down or retracted story,
 * nor an anonymous source's name; bad input a 400 naming the parameter.
 */
let newsroom: TestNewsroom

const search = async (query: string) => {
  const res = await newsroom.api('anonymous', 'GET', `/api/search?${query}`)
  return res
}
const found = async (query: string) => {
  const res = await search(query)
  expect(res.status).toBe(200)
  return res.body as { docs: any[]; totalDocs: number; totalExact: boolean; hasNextPage: boolean }
}
const slugsFor = async (q: string, more = '') =>
  (await found(`q=${encodeURIComponent(q)}${more}`)).docs.map((doc) => doc.slug)

const publishStory = async (data: Record<string, unknown>) => {
  const res = await newsroom.api('editor', 'POST', '/api/articles', {
    body: lexicalParagraphs('Nothing much happened.'),
    ...data,
    _status: 'published',
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; slug: string }
}

beforeAll(async () => {
  newsroom = await startNewsroom()
})
afterAll(async () => newsroom?.close())

describe('finding stories', () => {
  it('by the words of the title, the text and the quotes, and the speaker’s name; the title ranks first', async () => {
    const mayor = (
      await makeNamedSource(newsroom.payload, {
        kind: 'official',
        description: 'the mayor',
        name: 'Ana Quintero',
        role: 'Mayor',
      })
    ).id
    const quote = await makeQuote(newsroom.payload, {
      text: 'The aqueduct will be rebuilt stone by stone.',
      speaker: mayor,
    })
    const inTitle = await publishStory({
      title: 'Aqueduct collapses after the storm',
      slug: 'aqueduct-title',
    })
    const inBody = await publishStory({
      title: 'Council budget meeting',
      slug: 'aqueduct-body',
      body: lexicalParagraphs('Repairs to the old aqueduct were mentioned in passing.'),
    })
    const quoted = await publishStory({
      title: 'Mayor speaks',
      slug: 'aqueduct-quote',
      body: bodyQuoting(quote.id, 'The mayor said: “'),
    })
    const slugs = await slugsFor('aqueduct')
    expect(slugs).toEqual(expect.arrayContaining([inTitle.slug, inBody.slug, quoted.slug]))
    // Title above quotes above the text.
    expect(slugs.indexOf(inTitle.slug)).toBeLessThan(slugs.indexOf(quoted.slug))
    expect(slugs.indexOf(quoted.slug)).toBeLessThan(slugs.indexOf(inBody.slug))
    // Who said it finds the story too; stemming finds "stones".
    expect(await slugsFor('Quintero')).toEqual([quoted.slug])
    expect(await slugsFor('stones')).toEqual([quoted.slug])
    // Each hit: what a results list shows, its words marked.
    const { docs } = await found('q=aqueduct')
    const hit = docs.find((doc) => doc.slug === inBody.slug)
    expect(hit).toMatchObject({
      title: 'Council budget meeting',
      url: expect.stringMatching(/aqueduct-body$/),
      publishedAt: expect.any(String),
    })
    expect(hit.snippet).toMatch(/<mark>aqueduct<\/mark>/i)
  })

  it('writes snippets as safe HTML: a story’s own angle brackets are text, only <mark> is markup', async () => {
    await publishStory({
      title: 'Markup in a story',
      slug: 'markup-story',
      body: lexicalParagraphs('The zeppelin <script>alert(1)</script> & "quotes" landed.'),
    })
    const [hit] = (await found('q=zeppelin')).docs
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/)
    // SQLite keeps the brackets as text (escaped); PostgreSQL's headline drops what looks like a tag.
    expect(hit.snippet).toMatch(/&lt;script&gt;alert\(1\)|\salert\(1\)\s/)
    expect(hit.snippet).toContain('&amp; &quot;quotes&quot;')
    expect(hit.snippet).toContain('<mark>zeppelin</mark>')
  })

  it('filters by tag, author and date', async () => {
    const author = (
      await newsroom.payload.create({
        collection: 'authors',
        data: { name: 'Ines Filter', slug: 'ines-filter' } as never,
        overrideAccess: true,
      })
    ).id
    await publishStory({ title: 'Harbour dredging begins', slug: 'harbour-a', tags: ['port'] })
    await publishStory({
      title: 'Harbour dredging paused',
      slug: 'harbour-b',
      authors: [{ author, role: 'written-by' }],
    })
    expect((await slugsFor('harbour')).sort()).toEqual(['harbour-a', 'harbour-b'])
    expect(await slugsFor('harbour', '&tag=port')).toEqual(['harbour-a'])
    expect(await slugsFor('harbour', '&tag=PORT')).toEqual(['harbour-a'])
    expect(await slugsFor('harbour', '&author=ines-filter')).toEqual(['harbour-b'])
    // A hit names its public authors with their pages, and its tags as written.
    const { docs } = await found('q=harbour')
    expect(docs.find((hit) => hit.slug === 'harbour-b').authors).toEqual([
      { name: 'Ines Filter', slug: 'ines-filter', url: expect.stringMatching(/ines-filter$/) },
    ])
    expect(docs.find((hit) => hit.slug === 'harbour-a').tags).toEqual(['port'])
    expect(await slugsFor('harbour', '&from=2000-01-01&to=2001-01-01')).toEqual([])
    expect(await slugsFor('harbour', '&from=2000-01-01')).toHaveLength(2)
  })
})

describe('pages', () => {
  it('pages through every hit once, and a page past the last still counts them', async () => {
    for (const n of [1, 2, 3]) {
      await publishStory({ title: `Lighthouse keeper ${n} retires`, slug: `lighthouse-${n}` })
    }
    const pages = await Promise.all(
      [1, 2, 3].map((page) => found(`q=lighthouse&limit=2&page=${page}`)),
    )
    expect(pages.map((page) => [page.docs.length, page.totalDocs, page.hasNextPage])).toEqual([
      [2, 3, true],
      [1, 3, false],
      [0, 3, false],
    ])
    expect(pages.flatMap((page) => page.docs.map((doc) => doc.slug)).sort()).toEqual([
      'lighthouse-1',
      'lighthouse-2',
      'lighthouse-3',
    ])
    expect(pages[0].totalExact).toBe(true)
    expect(await found('q=nothingmatchesthis')).toMatchObject({ docs: [], totalDocs: 0 })
  })
})

describe('what is never found', () => {
  it('a draft, or a draft’s new words on a published story', async () => {
    const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
      title: 'Unreleased quokka report',
      body: lexicalParagraphs('Quokka.'),
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    const story = await publishStory({ title: 'Wombat census', slug: 'wombat' })
    await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}?draft=true`, {
      title: 'Wombat and platypus census',
      _status: 'draft',
    })
    expect(await slugsFor('quokka')).toEqual([])
    expect(await slugsFor('platypus')).toEqual([])
    expect(await slugsFor('wombat')).toEqual(['wombat'])
  })

  it('an emptied index (an upgrade, its tables emptied by hand) is refilled at start from what readers have', async () => {
    await publishStory({ title: 'Quokka census', slug: 'quokka-census' })
    const retired = await publishStory({ title: 'Quokka rumour', slug: 'quokka-rumour' })
    await newsroom.api('editor', 'PATCH', `/api/articles/${retired.id}`, { _status: 'draft' })
    const draft = await newsroom.api('editor', 'POST', '/api/articles', {
      title: 'Quokka draft',
      body: lexicalParagraphs('Not yet.'),
    })
    expect(draft.status).toBe(201)
    const { payload } = newsroom
    const tables =
      sqlDialectOf(payload) === 'postgres'
        ? ['newsroom_search']
        : ['newsroom_search_fts', 'newsroom_search_docs']
    for (const table of tables) {
      await runSql(payload, `DELETE FROM ${table}`)
    }
    // What the plugin's onInit does at every start: an empty index is refilled.
    await ensureSearchIndex(payload, settingsOf(payload))
    expect(await slugsFor('quokka')).toEqual(['quokka-census'])
  })

  it('a story unpublished, taken down or deleted leaves at once; republished, it is back', async () => {
    const story = await publishStory({ title: 'Narwhal sighting', slug: 'narwhal' })
    expect(await slugsFor('narwhal')).toEqual(['narwhal'])
    await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}`, { _status: 'draft' })
    expect(await slugsFor('narwhal')).toEqual([])
    await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}`, { _status: 'published' })
    expect(await slugsFor('narwhal')).toEqual(['narwhal'])
    const takedown = await newsroom.api('legal', 'POST', `/api/articles/${story.id}/takedown`, {
      reason: 'Court order',
    })
    expect(takedown.status).toBeLessThan(300)
    expect(await slugsFor('narwhal')).toEqual([])

    const other = await publishStory({ title: 'Axolotl rescue', slug: 'axolotl' })
    expect(await slugsFor('axolotl')).toEqual(['axolotl'])
    expect((await newsroom.api('admin', 'DELETE', `/api/articles/${other.id}`)).status).toBe(200)
    expect(await slugsFor('axolotl')).toEqual([])
  })

  it('an anonymous source’s name, in results or snippets; a source made anonymous leaves at once', async () => {
    const secret = await makeAnonymousSource(newsroom.payload, newsroom.userId('editor'))
    const quote = await makeQuote(newsroom.payload, {
      text: 'The pelican contracts were rigged.',
      speaker: secret.id,
    })
    const story = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
      title: 'Pelican contracts',
      body: bodyQuoting(quote.id),
      _status: 'draft',
    })
    await newsroom.api('legal', 'POST', `/api/articles/${story.body.doc.id}/legal-sign-off`, {
      note: 'Checked.',
    })
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${story.body.doc.id}`, {
          _status: 'published',
        })
      ).status,
    ).toBe(200)
    const byWords = await found('q=pelican')
    expect(byWords.docs.map((doc) => doc.title)).toEqual(['Pelican contracts'])
    expect(containsDeep(byWords, 'Sgt. Secret Name')).toBe(false)
    expect(await slugsFor('Secret')).toEqual([])

    // A named source made anonymous after the story ran: the name leaves search with it.
    const named = (
      await makeNamedSource(newsroom.payload, {
        description: 'a dock worker',
        name: 'Bruno Pettersen',
      })
    ).id
    const namedQuote = await makeQuote(newsroom.payload, {
      text: 'The cranes stopped at noon.',
      speaker: named,
    })
    await publishStory({
      title: 'Dock strike',
      slug: 'dock-strike',
      body: bodyQuoting(namedQuote.id),
    })
    expect(await slugsFor('Pettersen')).toEqual(['dock-strike'])
    const madeAnonymous = await newsroom.api('editor', 'PATCH', `/api/sources/${named}`, {
      kind: 'anonymous',
      anonymity: {
        reason: 'Fears for his job.',
        approvedBy: newsroom.userId('editor'),
        trueIdentity: 'Bruno Pettersen, crane driver',
      },
    })
    expect(madeAnonymous.status).toBe(200)
    expect(await slugsFor('Pettersen')).toEqual([])
    expect(await slugsFor('cranes')).toEqual(['dock-strike'])
  })
})

describe('for editors, in the admin’s lists', () => {
  it('finds quotes by their words and by who said them, and from a source every story and quote citing it, drafts included', async () => {
    const source = (
      await makeNamedSource(newsroom.payload, {
        kind: 'official',
        description: 'the harbour master',
        name: 'Oskar Lindqvist',
      })
    ).id
    const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
      title: 'Breakwater holds (draft)',
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    // As the “ ” Quote button makes it: said for the story it is written in.
    const quote = await makeQuote(newsroom.payload, {
      text: 'The breakwater held through the night.',
      speaker: source,
      article: draft.body.doc.id,
    })
    await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}?draft=true`, {
      body: bodyQuoting(quote.id),
      _status: 'draft',
    })
    // The quotes list's search box: its words, or the speaker's name (in the quote's title).
    for (const words of ['breakwater', 'Lindqvist']) {
      const listed = await newsroom.api(
        'editor',
        'GET',
        `/api/quotes?where[or][0][text][like]=${words}&where[or][1][label][like]=${words}&depth=0`,
      )
      expect(listed.body.docs.map((doc: any) => doc.id)).toEqual([quote.id])
    }
    // The source's own page: the quote, and the draft quoting it.
    const seen = await newsroom.api('editor', 'GET', `/api/sources/${source}?depth=0`)
    expect(seen.body.quotedIn.docs.map((doc: any) => doc.id ?? doc)).toEqual([quote.id])
    expect(seen.body.articles.map((doc: any) => doc.id ?? doc)).toEqual([draft.body.doc.id])
    // None of it is for readers: a draft is not searched, and the label is staff-only.
    expect(await slugsFor('breakwater')).toEqual([])
    const asReader = await newsroom.api(
      'anonymous',
      'GET',
      `/api/quotes?where[label][like]=Lindqvist&depth=0`,
    )
    expect(asReader.body.docs ?? []).toEqual([])
  })
})

describe('input', () => {
  it('a 400 naming the parameter for what cannot be a search; odd words are just words', async () => {
    for (const [query, field] of [
      [`q=${'a'.repeat(300)}`, 'q'],
      ['q=a&q=b', 'q'],
      ['q=a&page=0', 'page'],
      ['q=a&page=999999', 'page'],
      ['q=a&limit=abc', 'limit'],
      ['q=a&from=yesterday', 'from'],
      ['q=a&from=2026-02-01&to=2026-01-01', 'to'],
      ['q[$ne]=a', 'q'],
    ] as const) {
      const res = await search(query)
      expect([query, res.status]).toEqual([query, 400])
      expect(res.body.errors[0].data.errors[0].path).toBe(field)
    }
    for (const q of [
      '',
      ' ',
      '"',
      '(((',
      'a & b | !c',
      'x:*',
      '-only',
      'or',
      '\u0000',
      '\u202Eevil',
      '<->',
      'NEAR(a b)',
      '日本語',
      '🙂',
      'title:foo',
      '*',
    ]) {
      const res = await search(`q=${encodeURIComponent(q)}`)
      expect([q, res.status]).toEqual([q, 200])
      expect(Array.isArray(res.body.docs)).toBe(true)
    }
    // Only exclusions: nothing, rather than every story without the word.
    for (const q of ['-only', '-lighthouse -keeper']) {
      expect([q, (await found(`q=${encodeURIComponent(q)}`)).totalDocs]).toEqual([q, 0])
    }
  })
})
