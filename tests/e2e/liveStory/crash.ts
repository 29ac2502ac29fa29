/** Live story (liveStory.e2e.ts): a webhook delivery cut short by killing the app arrives once it runs again. */
import { startApp } from '../../helpers/appProcess'
import { eventually } from '../../helpers/browser'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { verifySignature } from '../../helpers/webhookReceiver'
import { appEnv, type LiveStory } from './context'

export const crash = (liveStory: LiveStory) => {
  const { api } = liveStory
  describe('at least once, across a crash', () => {
    it('delivers an event whose delivery was cut short by killing the app, once it runs again', async () => {
      // The receiver takes the first request for this story and never answers it; the app is killed meanwhile.
      const ofThisStory = (request: { json?: any }) =>
        request.json?.data?.slug === 'night-trains-return'
      let hung = false
      liveStory.receiver.answerWith((request) =>
        ofThisStory(request) && !hung ? ((hung = true), 'hang') : 204,
      )
      const published = await api('editor', 'POST', '/api/articles', {
        title: 'Night trains return',
        body: lexicalParagraphs('Services resume on Monday.'),
        _status: 'published',
      })
      expect(published.status).toBe(201)
      const cutShort = await liveStory.receiver.waitForMatch(ofThisStory, 10_000)
      await liveStory.app.kill()

      liveStory.app = await startApp({
        script: 'start',
        env: appEnv(),
        dataDir: liveStory.app.dataDir,
      })
      const retried = await liveStory.receiver.waitForMatch(
        (request) => ofThisStory(request) && request !== cutShort,
        60_000,
      )
      expect(retried.headers['webhook-id']).toBe(cutShort.headers['webhook-id'])
      expect(retried.body).toBe(cutShort.body)
      expect(verifySignature(liveStory.webhook.secret, retried)).toMatchObject({
        type: 'article.published',
        data: { slug: 'night-trains-return' },
      })
      const deliveries = await eventually(
        () =>
          api(
            'admin',
            'GET',
            `/api/webhook-deliveries?where[messageId][equals]=${cutShort.headers['webhook-id']}`,
          ),
        (res) => res.body.docs?.[0]?.status === 'delivered',
      )
      expect(deliveries.body.docs[0]).toMatchObject({ status: 'delivered', lastResponseCode: 204 })
    }, 180_000)
  })
}
