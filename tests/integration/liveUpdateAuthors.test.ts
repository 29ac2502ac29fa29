import { containsDeep, lexicalParagraphs } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

/**
 * Who wrote a live update (issue 32): credited on the update itself, printed as the story's
 * credits are (the document, JSON-LD), public like a story's credit, withheld at once like one, and
 * never readable as the raw field by readers.
 */
let newsroom: TestNewsroom
let byline: number | string
let liveWriter: number | string

const makeAuthor = async (data: Record<string, unknown>) =>
  (
    await newsroom.payload.create({
      collection: 'authors',
      data: data as never,
      overrideAccess: true,
    })
  ).id
const storyWith = async (
  updateLog: Record<string, unknown>[],
  data: Record<string, unknown> = {},
) => {
  const res = await newsroom.api('editor', 'POST', '/api/articles', {
    title: `Live story ${Math.random()}`,
    body: lexicalParagraphs('The council meets tonight.'),
    authors: [{ author: byline, role: 'written-by' }],
    updateLog,
    ...data,
    _status: 'published',
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; slug: string }
}
const outputs = async (slug: string) => ({
  document: (await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)).body,
  jsonld: (await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}?format=jsonld`)).body,
  ninjs: (await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}?format=ninjs`)).body,
})

beforeAll(async () => {
  newsroom = await startNewsroom()
  byline = await makeAuthor({ name: 'Rita Byline', slug: 'rita-byline', jobTitle: 'Reporter' })
  liveWriter = await makeAuthor({ name: 'Lev Live', slug: 'lev-live', jobTitle: 'Live editor' })
})
afterAll(async () => newsroom?.close())

describe('who wrote a live update', () => {
  it('is printed on the update, linked to their page, and in its JSON-LD; the story’s byline stays', async () => {
    // Not public before any published story credits them.
    expect((await newsroom.api('anonymous', 'GET', '/api/authors/slug/lev-live')).status).toBe(404)
    const story = await storyWith([
      { type: 'update', text: 'Crowds gathered at noon.', authors: [liveWriter] },
      { type: 'update', text: 'A road was closed.' },
    ])
    const { document, jsonld } = await outputs(story.slug)
    expect(document.byline).toBe('Rita Byline')
    expect(document.authors.map((entry: any) => entry.name)).toEqual(['Rita Byline'])
    expect(document.updateLog.map((entry: any) => entry.authors)).toEqual([
      [
        expect.objectContaining({
          id: liveWriter,
          name: 'Lev Live',
          slug: 'lev-live',
          url: '/authors/lev-live',
          role: 'written-by',
          jobTitle: 'Live editor',
        }),
      ],
      [],
    ])
    // JSON-LD lists the newest first; the update with no writer of its own has no author of its own.
    expect(jsonld.liveBlogUpdate.map((update: any) => update.author?.[0]?.name ?? null)).toEqual([
      null,
      'Lev Live',
    ])
    // The credit makes them public, as a story's would.
    const page = await newsroom.api('anonymous', 'GET', '/api/authors/slug/lev-live')
    expect(page.status).toBe(200)
    expect(page.body.author.name).toBe('Lev Live')
  })

  it('is no field a reader can read raw, in REST or GraphQL', async () => {
    const story = await storyWith([
      { type: 'update', text: 'Raw field check.', authors: [liveWriter] },
    ])
    const rest = await newsroom.api('anonymous', 'GET', `/api/articles/${story.id}?depth=0`)
    expect(rest.status).toBe(200)
    expect(rest.body.updateLog?.[0]?.authors).toBeUndefined()
    const graphql = await newsroom.api('anonymous', 'POST', '/api/graphql', {
      query: `{ Article(id: ${JSON.stringify(story.id)}) { updateLog { text authors { id name } } } }`,
    })
    expect(JSON.stringify(graphql.body)).not.toContain('Lev Live')
    // Editors read it.
    const asEditor = await newsroom.api('editor', 'GET', `/api/articles/${story.id}?depth=0`)
    expect(asEditor.body.updateLog[0].authors).toEqual([liveWriter])
  })

  it('a credit given to an author who has since left stays, through later publishes', async () => {
    const leaving = await makeAuthor({ name: 'Nell Leaving', slug: 'nell-leaving' })
    const story = await storyWith([
      { type: 'update', text: 'Before she left.', authors: [leaving] },
    ])
    await newsroom.payload.update({
      collection: 'authors',
      id: leaving,
      data: { active: false } as never,
      overrideAccess: true,
    })
    const published = (await newsroom.api('editor', 'GET', `/api/articles/${story.id}?depth=0`))
      .body
    const kept = await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}`, {
      updateLog: [...published.updateLog, { type: 'update', text: 'A new line.' }],
      _status: 'published',
    })
    expect(kept.status).toBe(200)
    const { document } = await outputs(story.slug)
    expect(document.updateLog.map((entry: any) => entry.authors.map((a: any) => a.name))).toEqual([
      ['Nell Leaving'],
      [],
    ])
    // Nor can she be deleted while an update credits her: the update would lose its writer.
    const deleted = await newsroom.api('admin', 'DELETE', `/api/authors/${leaving}`)
    expect(deleted.status).toBe(409)
    expect(JSON.stringify(deleted.body)).toMatch(/credited on 1 story/)
  })

  it('not an author’s id: a 400 naming the field, for a draft too (Payload skips its own check there)', async () => {
    for (const [data, path] of [
      [
        { updateLog: [{ type: 'update', text: 'x', authors: [{ article: 1 }] }] },
        'updateLog.0.authors',
      ],
      [{ updateLog: [{ type: 'update', text: 'x', authors: 'Lev' }] }, 'updateLog.0.authors'],
      [{ authors: [{ author: { relationTo: 'authors', value: 1 } }] }, 'authors.0.author'],
    ] as const) {
      const res = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Not stored',
        _status: 'draft',
        ...data,
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors).toEqual([
        { path, message: expect.stringMatching(/^Must be (a list of ids|the id) of authors/) },
      ])
    }
    const stored = await newsroom.api(
      'editor',
      'GET',
      '/api/articles?where[title][equals]=Not stored&draft=true',
    )
    expect(stored.body.totalDocs).toBe(0)
  })

  it('withheld for the writer’s safety: every published update prints the withheld name at once', async () => {
    const atRisk = await makeAuthor({ name: 'Zara Atrisk', slug: 'zara-atrisk' })
    const story = await storyWith([
      { type: 'update', text: 'Filed from the border.', authors: [atRisk, liveWriter] },
    ])
    expect(containsDeep(await outputs(story.slug), 'Zara Atrisk')).toBe(true)
    const withheld = await newsroom.api('editor', 'PATCH', `/api/authors/${atRisk}`, {
      withholdByline: { withheld: true, reason: 'Threats' },
    })
    expect(withheld.status).toBe(200)
    const after = await outputs(story.slug)
    expect(containsDeep(after, 'Zara')).toBe(false)
    expect(after.document.updateLog[0].authors.map((entry: any) => [entry.name, entry.id])).toEqual(
      [
        ['Staff', null],
        ['Lev Live', liveWriter],
      ],
    )
    // The story's own byline did not name her: it is as it was.
    expect(after.document.byline).toBe('Rita Byline')
    expect((await newsroom.api('anonymous', 'GET', '/api/authors/slug/zara-atrisk')).status).toBe(
      404,
    )
  })

  it('a story’s byline withheld withholds its updates’ writers too', async () => {
    const story = await storyWith([{ type: 'update', text: 'Filed late.', authors: [liveWriter] }])
    const withheld = await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}`, {
      withholdByline: { withheld: true, reason: 'The whole team is at risk' },
      _status: 'published',
    })
    expect(withheld.status).toBe(200)
    const after = await outputs(story.slug)
    expect(containsDeep(after, 'Lev Live')).toBe(false)
    expect(containsDeep(after, 'Rita Byline')).toBe(false)
    expect(after.document.updateLog[0].authors).toEqual([
      expect.objectContaining({ name: 'Staff', id: null, url: null }),
    ])
  })
})
