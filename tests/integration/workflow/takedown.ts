/** Workflow: a legal takedown, off every public surface, told to webhooks, blocking publishing until lifted. */
import { lexicalParagraphs } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { fieldErrors, storiesOf, type WorkflowSuite } from './context'

export const legalTakedown = (suite: WorkflowSuite) => {
  describe('a legal takedown', () => {
    let newsroom: TestNewsroom
    const { latest } = storiesOf(suite)
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    it('takes a story off every public surface, tells webhooks, blocks publishing until lifted, and leaves a record for staff', async () => {
      const webhook = await newsroom.api('admin', 'POST', '/api/webhooks', {
        url: 'https://93.184.216.34/takedowns',
        events: ['article.taken-down', 'article.unpublished'],
      })
      expect(webhook.status).toBe(201)
      const created = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'To be taken down',
        body: lexicalParagraphs('A claim.'),
        _status: 'published',
      })
      const { id, slug } = created.body.doc
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)).status).toBe(
        200,
      )

      expect(
        (await newsroom.api('editor', 'POST', `/api/articles/${id}/takedown`, { reason: 'x' }))
          .status,
      ).toBe(403)
      const noReason = await newsroom.api('legal', 'POST', `/api/articles/${id}/takedown`, {})
      expect(noReason.status).toBe(400)
      expect(fieldErrors(noReason)[0]).toMatchObject({ path: 'reason' })
      const taken = await newsroom.api('legal', 'POST', `/api/articles/${id}/takedown`, {
        reason: 'Court order 12/2026',
      })
      expect(taken.status).toBe(200)

      expect((await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)).status).toBe(
        404,
      )
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(404)
      const gql = await newsroom.graphql(
        'anonymous',
        `{ Articles(where: { id: { equals: ${id} } }) { docs { title } } }`,
      )
      expect(gql.body.data?.Articles?.docs ?? []).toEqual([])
      const events = await newsroom.payload.find({
        collection: 'webhook-deliveries',
        where: { and: [{ webhook: { equals: webhook.body.doc.id } }] },
        overrideAccess: true,
        limit: 10,
      })
      expect(
        events.docs.map((delivery) => (delivery as unknown as { event: string }).event).sort(),
      ).toEqual(['article.taken-down', 'article.unpublished'])

      const record = await latest(id)
      expect(record.takedown).toMatchObject({
        reason: 'Court order 12/2026',
        takenDownBy: newsroom.userId('legal'),
      })
      expect(record.stageHistory.at(-1).note).toMatch(/Taken down by legal: Court order/)
      const republish = await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
        _status: 'published',
      })
      expect(republish.status).toBe(400)
      expect(fieldErrors(republish)[0]).toMatchObject({ path: 'takedown.takenDownAt' })

      expect((await newsroom.api('legal', 'DELETE', `/api/articles/${id}/takedown`)).status).toBe(
        200,
      )
      expect((await newsroom.api('legal', 'DELETE', `/api/articles/${id}/takedown`)).status).toBe(
        409,
      )
      expect(
        (await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' }))
          .status,
      ).toBe(200)
      expect((await latest(id)).takedown).toMatchObject({
        reason: 'Court order 12/2026',
        liftedBy: newsroom.userId('legal'),
      })
    })
  })
}
