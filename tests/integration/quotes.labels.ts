import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { bodyQuoting, makeAnonymousSource } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  /**
   * A quote's title in the admin (the quote picker in the body, lists): who said it, the words and the
   * story, kept by the system as those change; staff only, and never an anonymous source's name.
   */
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom()
  })
  afterAll(async () => newsroom?.close())

  const labelOf = async (id: number | string) =>
    (await newsroom.api('editor', 'GET', `/api/quotes/${id}?depth=0`)).body.label as string

  it('names the speaker, the words and the story, and follows a renamed source and a new headline', async () => {
    const source = (
      await newsroom.api('editor', 'POST', '/api/sources', {
        kind: 'official',
        description: 'the mayor’s office',
        name: 'Mayor Ana Ruiz',
      })
    ).body.doc
    const quote = (
      await newsroom.api('reporter', 'POST', '/api/quotes', {
        text: 'We will rebuild the station.',
      })
    ).body.doc
    expect(await labelOf(quote.id)).toBe('No speaker yet: “We will rebuild the station.”')
    await newsroom.api('reporter', 'PATCH', `/api/quotes/${quote.id}`, { speaker: source.id })
    expect(await labelOf(quote.id)).toBe('Mayor Ana Ruiz: “We will rebuild the station.”')

    // Published in a story: the quote is adopted by it, and its title says so.
    const story = await newsroom.api('editor', 'POST', '/api/articles', {
      title: 'The station will be rebuilt',
      body: bodyQuoting(quote.id, 'The mayor said: “'),
      _status: 'published',
    })
    expect(story.status).toBe(201)
    expect(await labelOf(quote.id)).toBe(
      'Mayor Ana Ruiz: “We will rebuild the station.” — The station will be rebuilt',
    )

    await newsroom.api('editor', 'PATCH', `/api/sources/${source.id}`, { name: 'Ana Ruiz' })
    await newsroom.api('editor', 'PATCH', `/api/articles/${story.body.doc.id}`, {
      title: 'Station to be rebuilt by spring',
      _status: 'published',
    })
    expect(await labelOf(quote.id)).toBe(
      'Ana Ruiz: “We will rebuild the station.” — Station to be rebuilt by spring',
    )

    // The picker searches the title: by speaker as well as by words.
    const found = await newsroom.api(
      'editor',
      'GET',
      `/api/quotes?where[label][like]=${encodeURIComponent('Ana Ruiz')}&depth=0`,
    )
    expect(found.body.docs.map((doc: { id: unknown }) => doc.id)).toContain(quote.id)

    // Readers see the published quote, not its title, and cannot search by it.
    const reader = await newsroom.api('anonymous', 'GET', `/api/quotes/${quote.id}`)
    expect(reader.status).toBe(200)
    expect(reader.body).not.toHaveProperty('label')
    const search = await newsroom.api('anonymous', 'GET', `/api/quotes?where[label][like]=Ruiz`)
    expect(search.body.docs ?? []).toEqual([])
    const gql = await newsroom.graphql('anonymous', `{ Quotes { docs { id label } } }`)
    expect(JSON.stringify(gql.body)).not.toContain('Ana Ruiz: “')
  })

  it('calls an anonymous source by its description only, never its name or true identity', async () => {
    const source = (await makeAnonymousSource(newsroom.payload, newsroom.userId('editor'))) as {
      id: number
      description: string
    }
    const quote = (
      await newsroom.api('reporter', 'POST', '/api/quotes', {
        text: 'He is the one you want in a crisis.',
        speaker: source.id,
      })
    ).body.doc
    const label = await labelOf(quote.id)
    expect(label).toBe(`${source.description}: “He is the one you want in a crisis.”`)
    expect(label).not.toMatch(/Secret/)
  })

  it('cannot be written by anyone', async () => {
    const quote = (
      await newsroom.api('editor', 'POST', '/api/quotes', {
        text: 'Set by the system.',
        label: 'Forged title',
      })
    ).body.doc
    expect(await labelOf(quote.id)).toBe('No speaker yet: “Set by the system.”')
    await newsroom.api('editor', 'PATCH', `/api/quotes/${quote.id}`, { label: 'Forged again' })
    expect(await labelOf(quote.id)).toBe('No speaker yet: “Set by the system.”')
  })
}
