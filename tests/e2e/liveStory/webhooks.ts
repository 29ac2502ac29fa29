/** Live story (liveStory.e2e.ts): a signed webhook from the running app (its jobs runner) to a real receiver. */
import { lexicalParagraphs } from '../../helpers/fixtures'
import { verifySignature } from '../../helpers/webhookReceiver'
import { type LiveStory } from './context'

export const webhooks = (liveStory: LiveStory) => {
  const { api, storyEtag } = liveStory
  describe('webhooks from the running app', () => {
    it('delivers a signed article.published to a real receiver within seconds of the publish', async () => {
      const published = await api('editor', 'POST', '/api/articles', {
        title: 'Water restored to the old town',
        body: lexicalParagraphs('Engineers finished the repair overnight.'),
        _status: 'published',
      })
      expect(published.status).toBe(201)
      const startedAt = Date.now()
      const request = await liveStory.receiver.waitForMatch(
        (one) => one.json?.data?.id === published.body.doc.id,
        10_000,
      )
      console.log(
        `webhooks: article.published received ${Date.now() - startedAt} ms after the publish`,
      )
      expect(verifySignature(liveStory.webhook.secret, request)).toMatchObject({
        type: 'article.published',
        data: {
          id: published.body.doc.id,
          slug: 'water-restored-to-the-old-town',
          etag: await storyEtag('water-restored-to-the-old-town'),
        },
      })
    })
  })
}
