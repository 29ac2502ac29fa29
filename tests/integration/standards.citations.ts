import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { bodyQuoting } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  /**
   * What readers may see of quotes and sources follows the published text: a quote an editor creates
   * from inside the article (no `article` set) is public once a published body cites it, as the
   * story's readers read it, and the story's quote list, JSON-LD and the quote itself agree.
   */
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom()
  })
  afterAll(async () => newsroom?.close())

  it('a quote made from inside the article, without its article, is public once the story citing it is published', async () => {
    const source = await newsroom.api('editor', 'POST', '/api/sources', {
      kind: 'community',
      description: 'a bystander',
    })
    // The body's "Add new" drawer makes the quote on its own: no article yet.
    const quote = await newsroom.api('editor', 'POST', '/api/quotes', {
      text: 'Let him go!',
      kind: 'verbatim',
      speaker: source.body.doc.id,
    })
    expect(quote.body.doc.article ?? null).toBeNull()
    const story = await newsroom.api('editor', 'POST', '/api/articles', {
      title: 'A bystander shouted',
      body: bodyQuoting(quote.body.doc.id, 'A bystander shouted: “'),
      _status: 'published',
    })
    expect(story.status).toBe(201)

    const asReader = await newsroom.api(
      'anonymous',
      'GET',
      `/api/quotes/${quote.body.doc.id}?depth=0`,
    )
    expect(asReader.status).toBe(200)
    expect(asReader.body).toMatchObject({
      text: 'Let him go!',
      article: story.body.doc.id,
      publishedIn: [story.body.doc.id],
    })
    const delivered = await newsroom.api(
      'anonymous',
      'GET',
      '/api/articles/slug/a-bystander-shouted',
    )
    expect(delivered.body.quotes.map((entry: { text: string }) => entry.text)).toEqual([
      'Let him go!',
    ])
    const jsonld = await newsroom.api(
      'anonymous',
      'GET',
      '/api/articles/slug/a-bystander-shouted?format=jsonld',
    )
    expect(jsonld.body.articleBody).toContain('A bystander shouted: “Let him go!”')
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/sources/${source.body.doc.id}`)).status,
    ).toBe(200)
  })

  it('a quote deleted from under a published body is refused by the publish gate, saying which', async () => {
    const quote = await newsroom.api('editor', 'POST', '/api/quotes', {
      text: 'Soon gone.',
      kind: 'verbatim',
    })
    const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
      title: 'Citing a deleted quote',
      body: bodyQuoting(quote.body.doc.id),
      _status: 'draft',
    })
    await newsroom.api('editor', 'DELETE', `/api/quotes/${quote.body.doc.id}`)
    const publish = await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, {
      _status: 'published',
    })
    expect(publish.status).toBe(400)
    expect(publish.body.errors[0].data.errors[0].message).toMatch(
      /refers to quote \d+, which has been deleted/,
    )
  })

  it('a story unpublished or deleted takes its quotes and sources out of readers’ sight, unless another story uses them', async () => {
    const source = await newsroom.api('editor', 'POST', '/api/sources', {
      kind: 'official',
      description: 'the mayor’s office',
    })
    const quote = await newsroom.api('editor', 'POST', '/api/quotes', {
      text: 'We are reviewing it.',
      kind: 'verbatim',
      speaker: source.body.doc.id,
    })
    const first = await newsroom.api('editor', 'POST', '/api/articles', {
      title: 'First use',
      body: bodyQuoting(quote.body.doc.id),
      _status: 'published',
    })
    const second = await newsroom.api('editor', 'POST', '/api/articles', {
      title: 'Second use',
      body: bodyQuoting(quote.body.doc.id),
      _status: 'published',
    })
    await newsroom.api('editor', 'DELETE', `/api/articles/${first.body.doc.id}`)
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/quotes/${quote.body.doc.id}`)).body.publishedIn,
    ).toEqual([second.body.doc.id])
    await newsroom.api('editor', 'PATCH', `/api/articles/${second.body.doc.id}`, {
      _status: 'draft',
    })
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/quotes/${quote.body.doc.id}`)).status,
    ).toBe(404)
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/sources/${source.body.doc.id}`)).status,
    ).toBe(404)
  })
}
