import { getPayload } from 'payload'

import { createAppConfig } from '../../src/server/config'

/**
 * No MongoDB server can run on these machines, so this builds every Mongoose model without
 * connecting and checks the schema and indexes the production adapter would create.
 */
describe('the MongoDB adapter', () => {
  it('builds a model for every collection, with the indexes lookups need', async () => {
    const config = createAppConfig({
      databaseUri: 'mongodb://127.0.0.1:1/newsroom',
      secret: 'mongo-model-test',
      overrides: { logger: { options: { level: 'fatal' } } },
    })
    const payload = await getPayload({
      config,
      disableDBConnect: true,
      disableOnInit: true,
      key: 'mongo-models',
    })
    try {
      expect(payload.db.name).toBe('mongoose')
      const db = payload.db as any
      for (const slug of ['articles', 'sources', 'quotes', 'comments', 'users']) {
        expect(db.collections[slug]).toBeDefined()
      }
      expect(db.versions.articles).toBeDefined()

      const indexes = (slug: string) =>
        db.collections[slug].schema.indexes().map(([fields, options]: any) => ({ fields, options }))
      expect(indexes('articles')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            fields: { slug: 1 },
            options: expect.objectContaining({ unique: true }),
          }),
        ]),
      )
      expect(indexes('comments').map((i: any) => Object.keys(i.fields)[0])).toEqual(
        expect.arrayContaining(['article', 'status']),
      )
      expect(indexes('quotes').map((i: any) => Object.keys(i.fields)[0])).toEqual(
        expect.arrayContaining(['speaker', 'article']),
      )
      // The delivery endpoint's comment query: approved comments of one article, oldest first.
      expect(indexes('comments').map((i: any) => Object.keys(i.fields))).toContainEqual([
        'article',
        'status',
        'createdAt',
      ])
      expect(indexes('comment-reports')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            fields: { comment: 1, ipHash: 1 },
            options: expect.objectContaining({ unique: true }),
          }),
        ]),
      )
    } finally {
      await payload.destroy().catch(() => {})
    }
  })
})
