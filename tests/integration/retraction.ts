import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { atomFeedOf } from '../helpers/feeds'
import { bodyQuoting, lexicalParagraphs } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'
import { ninjsValidator } from '../helpers/standards'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  /**
   * A retraction, as readers and machines meet it: the story stays at its URL with its headline, its
   * dates and the notice, answered 410 Gone, without its text anywhere (REST, GraphQL, the delivery
   * document, JSON-LD, ninjs, the feed), its quotes and sources no longer public, and a webhook event.
   */
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom()
  })
  afterAll(async () => newsroom?.close())

  const NOTICE =
    'We have retracted this story: the clip it described was not what it appeared to be.'

  it('keeps the story at its URL with the notice, the headline and the date, without its text, and says so everywhere', async () => {
    const webhook = await newsroom.api('admin', 'POST', '/api/webhooks', {
      url: 'https://93.184.216.34/retractions',
      events: ['article.retracted'],
    })
    const source = await newsroom.api('editor', 'POST', '/api/sources', {
      kind: 'person',
      name: 'Dana Retracted',
      description: 'a witness',
    })
    const quote = await newsroom.api('editor', 'POST', '/api/quotes', {
      text: 'I saw it all happen.',
      kind: 'verbatim',
      speaker: source.body.doc.id,
    })
    const created = await newsroom.api('editor', 'POST', '/api/articles', {
      title: 'A claim that did not hold',
      dek: 'The summary of a claim that did not hold',
      body: bodyQuoting(quote.body.doc.id, 'The body text of the retracted story: “'),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.body.doc
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/quotes/${quote.body.doc.id}`)).status,
    ).toBe(200)

    const retracted = await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
      updateLog: [{ type: 'retraction', text: NOTICE }],
      _status: 'published',
    })
    expect(retracted.status).toBe(200)

    const story = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)
    expect(story.status).toBe(410)
    expect(story.body).toMatchObject({
      title: 'A claim that did not hold',
      retraction: { text: NOTICE, date: expect.any(String) },
      body: null,
      dek: null,
      quotes: [],
      sources: [],
    })
    expect(story.body.publishedAt).toEqual(expect.any(String))
    const secret = /body text of the retracted|summary of a claim|I saw it all/
    expect(JSON.stringify(story.body)).not.toMatch(secret)
    // Again, from the cache, with its validator.
    const again = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`, undefined, {
      'if-none-match': story.headers.get('etag')!,
    })
    expect([304, 410]).toContain(again.status)

    const jsonld = await newsroom.api(
      'anonymous',
      'GET',
      `/api/articles/slug/${slug}?format=jsonld`,
    )
    expect(jsonld.status).toBe(410)
    expect(jsonld.body.creativeWorkStatus).toBe('Retracted')
    expect(jsonld.body.correction).toEqual([
      expect.objectContaining({ text: `Retraction: ${NOTICE}` }),
    ])
    const ninjs = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}?format=ninjs`)
    expect(ninjs.body.pubStatus).toBe('canceled')
    expect(ninjsValidator()(ninjs.body)).toEqual([])
    for (const body of [jsonld.body, ninjs.body]) {
      expect(JSON.stringify(body)).not.toMatch(secret)
    }

    const feed = atomFeedOf([story.body])
    expect(feed).toContain('Retracted: A claim that did not hold')
    expect(feed).not.toMatch(secret)

    // The collection API and GraphQL: the headline stays, the text does not.
    const rest = await newsroom.api('anonymous', 'GET', `/api/articles/${id}?depth=2`)
    expect(rest.status).toBe(200)
    expect(rest.body.title).toBe('A claim that did not hold')
    expect(JSON.stringify(rest.body)).not.toMatch(secret)
    const gql = await newsroom.graphql(
      'anonymous',
      `{ Articles(where: { slug: { equals: "${slug}" } }) { docs { title dek body updateLog { type text } } } }`,
    )
    expect(gql.body.data.Articles.docs[0]).toMatchObject({
      title: 'A claim that did not hold',
      dek: null,
      body: null,
    })
    // Its quote and source leave readers' sight with the text; staff still see everything.
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/quotes/${quote.body.doc.id}`)).status,
    ).toBe(404)
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/sources/${source.body.doc.id}`)).status,
    ).toBe(404)
    expect(
      JSON.stringify((await newsroom.api('editor', 'GET', `/api/articles/${id}`)).body),
    ).toMatch(/body text of the retracted/)

    const events = await newsroom.payload.find({
      collection: 'webhook-deliveries',
      where: { webhook: { equals: webhook.body.doc.id } },
      overrideAccess: true,
    })
    expect(events.docs.map((delivery) => (delivery as unknown as { event: string }).event)).toEqual(
      ['article.retracted'],
    )
  })

  it('hides the text however a reader asks: `select` and `populate` that leave the log out, GraphQL, a comment’s populated story', async () => {
    const created = await newsroom.api('editor', 'POST', '/api/articles', {
      title: 'Selected after retraction',
      dek: 'SECRET dek of a retracted story',
      body: lexicalParagraphs('SECRET body of a retracted story'),
      meta: { description: 'SECRET search description' },
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { id } = created.body.doc
    await newsroom.api(
      'anonymous',
      'POST',
      '/api/comments',
      {
        article: id,
        authorName: 'Reader',
        authorEmail: 'reader-select@example.com',
        body: 'Before the retraction',
      },
      { 'x-forwarded-for': '198.51.100.240' },
    )
    await newsroom.payload.update({
      collection: 'comments',
      where: { article: { equals: id } },
      data: { status: 'approved' } as never,
      overrideAccess: true,
    })
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
          updateLog: [{ type: 'retraction', text: 'Retracted.' }],
          _status: 'published',
        })
      ).status,
    ).toBe(200)

    const answers = await Promise.all(
      [
        `/api/articles/${id}?select[dek]=true`,
        `/api/articles?select[dek]=true&select[body]=true&select[meta]=true`,
        `/api/articles/${id}?select[meta][description]=true`,
        `/api/comments?depth=1&where[article][equals]=${id}&populate[articles][dek]=true&populate[articles][body]=true&populate[articles][meta]=true`,
      ].map(
        async (path) => [path, await (await fetch(`${newsroom.baseURL}${path}`)).text()] as const,
      ),
    )
    const graphql = await newsroom.api('anonymous', 'POST', '/api/graphql', {
      query: `{ Article(id: ${id}) { dek meta { description } } Comments(where: { article: { equals: ${id} } }) { docs { article { dek body meta { description } } } } }`,
    })
    for (const [path, text] of [...answers, ['graphql', JSON.stringify(graphql.body)]]) {
      expect([path, /SECRET/.test(text)]).toEqual([path, false])
    }
    // Staff still read it all.
    expect(
      (await newsroom.api('editor', 'GET', `/api/articles/${id}?select[dek]=true`)).body.dek,
    ).toMatch(/SECRET/)
  })
}
