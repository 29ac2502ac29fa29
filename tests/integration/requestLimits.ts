import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { makeArticle, makeQuote } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  let newsroom: TestNewsroom
  let articleId: number | string
  beforeAll(async () => {
    newsroom = await startNewsroom()
    for (let i = 0; i < 105; i++) {
      const article = await makeArticle(newsroom.payload, { title: `Bulk ${i}` })
      articleId ??= article.id
    }
    const source = await newsroom.payload.create({
      collection: 'sources',
      data: { description: 'a speaker', kind: 'person' },
      overrideAccess: true,
    })
    await makeQuote(newsroom.payload, { article: articleId, speaker: source.id })
  }, 120_000)
  afterAll(async () => newsroom?.close())

  describe('what a reader can ask for', () => {
    it('gets at most 100 documents a page, limit=0 included; an editor is not capped', async () => {
      for (const limit of ['0', '1000', '101']) {
        const res = await newsroom.api('anonymous', 'GET', `/api/articles?limit=${limit}&depth=0`)
        expect(res.status).toBe(200)
        expect(res.body.docs).toHaveLength(100)
        expect(res.body.totalDocs).toBe(105)
      }
      const editor = await newsroom.api('editor', 'GET', '/api/articles?limit=0&depth=0')
      expect(editor.body.docs).toHaveLength(105)
    })

    it('is answered at depth 3 at most, whatever depth it asks', async () => {
      const deep = await newsroom.api('anonymous', 'GET', `/api/quotes?depth=10`)
      const three = await newsroom.api('anonymous', 'GET', `/api/quotes?depth=3`)
      expect(deep.status).toBe(200)
      expect(deep.body).toEqual(three.body)
    })

    it('gets a GraphQL error, not an answer, for an overly complex query', async () => {
      const fields = Array.from(
        { length: 60 },
        (_, i) => `a${i}: Articles(limit: 100) { docs { title slug dek } }`,
      ).join('\n')
      const res = await newsroom.graphql('anonymous', `{ ${fields} }`)
      expect(res.body.data ?? null).toBeNull()
      expect(JSON.stringify(res.body.errors)).toMatch(/complexity/i)
      const simple = await newsroom.graphql(
        'anonymous',
        '{ Articles(limit: 5) { docs { title } } }',
      )
      expect(simple.body.data.Articles.docs).toHaveLength(5)
    })
  })

  describe('how big a GraphQL request may be', () => {
    const aliases = (count: number) =>
      Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')

    it('refuses 100,000 aliases from staff at once, before reading them, with a 400 naming the limit', async () => {
      const startedAt = Date.now()
      const res = await newsroom.graphql('editor', `{ ${aliases(100_000)} }`)
      const took = Date.now() - startedAt
      expect(res.status).toBe(400)
      expect(res.body.data ?? null).toBeNull()
      expect(res.body.errors?.[0]?.message).toMatch(
        /longer than 20000 tokens \(graphQL\.maxTokens\)/,
      )
      // Parsing, validating and answering them took 3 s of the event loop.
      expect(took).toBeLessThan(1_500)
    })

    it('counts every alias and every fragment spread against graphQL.maxFields', async () => {
      const many = await newsroom.graphql('editor', `{ ${aliases(1_001)} }`)
      expect(many.status).toBe(400)
      expect(many.body.errors?.[0]?.message).toMatch(/more than 1000 fields .*graphQL\.maxFields/)
      // 40 fields spread 40 times: few tokens, 1,600 fields.
      const fields = Array.from({ length: 40 }, (_, i) => `f${i}: __typename`).join(' ')
      const spreads = Array.from(
        { length: 40 },
        (_, i) => `s${i}: Articles(limit: 1) { ...Many }`,
      ).join(' ')
      const multiplied = await newsroom.graphql(
        'editor',
        `query { ${spreads} } fragment Many on Articles { ${fields} }`,
      )
      expect(multiplied.status).toBe(400)
      expect(multiplied.body.errors?.[0]?.message).toMatch(/graphQL\.maxFields/)
    })

    it('still answers ordinary queries, fragments and a thousand fields', async () => {
      const atLimit = await newsroom.graphql('editor', `{ ${aliases(1_000)} }`)
      expect(atLimit.status).toBe(200)
      expect(Object.keys(atLimit.body.data)).toHaveLength(1_000)
      const withFragment = await newsroom.graphql(
        'anonymous',
        'query { Articles(limit: 2) { docs { ...Story } } } fragment Story on Article { title slug }',
      )
      expect(withFragment.body.errors).toBeUndefined()
      expect(withFragment.body.data.Articles.docs).toHaveLength(2)
    })
  })
}
