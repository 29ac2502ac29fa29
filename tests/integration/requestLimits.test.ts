import { makeArticle, makeQuote } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom
let articleId: number | string
beforeAll(async () => {
  newsroom = await startNewsroom()
  for (let i = 0; i < 105; i++) {
    const article = await makeArticle(newsroom.payload, { title: `Bulk ${i}` })
    articleId ??= article.id
  }
  const source = await newsroom.payload.create({ collection: 'sources', data: { description: 'a speaker', kind: 'person' }, overrideAccess: true })
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
    const fields = Array.from({ length: 60 }, (_, i) => `a${i}: Articles(limit: 100) { docs { title slug dek } }`).join('\n')
    const res = await newsroom.graphql('anonymous', `{ ${fields} }`)
    expect(res.body.data ?? null).toBeNull()
    expect(JSON.stringify(res.body.errors)).toMatch(/complexity/i)
    const simple = await newsroom.graphql('anonymous', '{ Articles(limit: 5) { docs { title } } }')
    expect(simple.body.data.Articles.docs).toHaveLength(5)
  })
})
