/** Workflow: restoring a published version, over REST and GraphQL, though its quotes' titles change with it. */
import { bodyQuotingAll } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { storiesOf, type WorkflowSuite } from './context'

export const restoringAVersion = (suite: WorkflowSuite) => {
  describe('restoring a version (issue 27, item 16)', () => {
    let newsroom: TestNewsroom
    const { latest, sensitiveStory } = storiesOf(suite)
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    /** A published story whose quotes belong to it (so their staff titles name its headline), then edited as drafts. */
    const editedStory = async (title: string) => {
      const { quotes } = await sensitiveStory()
      const created = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title,
        body: bodyQuotingAll(quotes),
        _status: 'draft',
      })
      const id = created.body.doc.id
      for (const quote of quotes) {
        await newsroom.payload.update({
          collection: 'quotes',
          id: quote,
          data: { article: id },
          overrideAccess: true,
        })
      }
      expect(
        (await newsroom.api('legal', 'POST', `/api/articles/${id}/legal-sign-off`, {})).status,
      ).toBe(200)
      expect(
        (await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' }))
          .status,
      ).toBe(200)
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/articles/${id}?draft=true`, {
            title: `${title}, edited`,
            _status: 'draft',
          })
        ).status,
      ).toBe(200)
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/articles/${id}?draft=true&autosave=true`, {
            title: `${title}, edited again`,
          })
        ).status,
      ).toBe(200)
      const versions = await newsroom.api(
        'editor',
        'GET',
        `/api/articles/versions?where[parent][equals]=${id}&depth=0&sort=-updatedAt&limit=50`,
      )
      const published = versions.body.docs.find(
        (version: any) => version.version._status === 'published',
      )
      expect(published).toBeDefined()
      return { id, quotes, published }
    }

    it('puts a published version back, over REST, though it cites quotes whose titles change with it', async () => {
      const { id, quotes, published } = await editedStory('A story to restore')
      const restored = await newsroom.api(
        'editor',
        'POST',
        `/api/articles/versions/${published.id}`,
        {},
      )
      expect(restored.status).toBe(200)
      const latestNow = await latest(id)
      expect(latestNow).toMatchObject({ title: 'A story to restore', _status: 'published' })
      for (const quote of quotes) {
        const row = (await newsroom.api('editor', 'GET', `/api/quotes/${quote}?depth=0`)).body
        expect(row.label).toMatch(/— A story to restore$/)
        expect(row.text).toBeTruthy()
      }
    })

    it('and over GraphQL', async () => {
      const { id, published } = await editedStory('Another story to restore')
      const restored = await newsroom.graphql(
        'editor',
        `mutation { restoreVersionArticle(id: ${published.id}) { id } }`,
      )
      expect(restored.body.errors ?? []).toEqual([])
      expect((await latest(id)).title).toBe('Another story to restore')
    })
  })
}
