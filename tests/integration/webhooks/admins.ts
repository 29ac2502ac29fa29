/** Webhooks: admins' business (server-made signing secrets shown to admins only, public targets only, a read-only delivery log). */
import { type TestNewsroom } from '../../helpers/newsroom'
import { type WebhookSuite } from './context'

export const adminsBusiness = (suite: WebhookSuite) => {
  describe('webhooks are admins’ business', () => {
    let newsroom: TestNewsroom
    let receiver: WebhookSuite['receiver']
    beforeAll(() => {
      ;({ newsroom, receiver } = suite)
    })

    it('gives each webhook a whsec_ signing secret of the server’s making, shown to admins only', async () => {
      const res = await newsroom.api('admin', 'POST', '/api/webhooks', {
        url: receiver.url,
        events: ['article.published'],
        secret: 'whsec_chosen',
        active: false,
      })
      expect(res.status).toBe(201)
      expect(res.body.doc.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
      expect(res.body.doc.secret).not.toBe('whsec_chosen')
      const id = res.body.doc.id

      const changed = await newsroom.api('admin', 'PATCH', `/api/webhooks/${id}`, {
        secret: 'whsec_other',
        description: 'A frontend',
      })
      expect(changed.status).toBe(200)
      expect(changed.body.doc.secret).toBe(res.body.doc.secret)

      for (const who of ['editor', 'moderator', 'anonymous'] as const) {
        expect((await newsroom.api(who, 'GET', `/api/webhooks/${id}`)).status).toBe(
          who === 'anonymous' ? 403 : 403,
        )
        expect((await newsroom.api(who, 'GET', '/api/webhooks')).status).toBe(403)
        expect(
          (
            await newsroom.api(who, 'POST', '/api/webhooks', {
              url: receiver.url,
              events: ['article.published'],
            })
          ).status,
        ).toBe(403)
      }
      const graphql = await newsroom.graphql('editor', '{ Webhooks { docs { secret url } } }')
      expect(JSON.stringify(graphql.body)).not.toContain(res.body.doc.secret)
      expect(JSON.stringify(graphql.body)).not.toContain('127.0.0.1')
    })

    it('refuses targets that are not public addresses, naming the field and the reason', async () => {
      for (const url of [
        'http://10.0.0.5/hooks',
        'http://169.254.169.254/latest/meta-data',
        'http://localhost:3000/admin',
        'http://[::1]:3000/',
        'http://[::ffff:127.0.0.2]/',
        'http://0x7f000002/',
        'http://192.168.1.1/',
        'http://[::7f00:1]/',
        'http://[::127.0.0.1]/',
        'http://[fec0::1]/',
        'http://[64:ff9b::a00:1]/',
        'http://[64:ff9b:1::7f00:1]/',
        'http://[2002:7f00:1::1]/',
        'http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/',
      ]) {
        const res = await newsroom.api('admin', 'POST', '/api/webhooks', {
          url,
          events: ['article.published'],
        })
        expect({ url, status: res.status }).toEqual({ url, status: 400 })
        expect(res.body.errors[0].data.errors[0]).toMatchObject({
          path: 'url',
          message: expect.stringMatching(/not a public address.*WEBHOOK_ALLOWED_HOSTS/),
        })
      }
      for (const [url, reason] of [
        ['ftp://example.com/', /Only http and https/],
        ['not a url', /full URL/],
        ['https://user:pass@example.com/', /no user name or password/],
      ] as const) {
        const res = await newsroom.api('admin', 'POST', '/api/webhooks', {
          url,
          events: ['article.published'],
        })
        expect(res.status).toBe(400)
        expect(res.body.errors[0].data.errors[0]).toMatchObject({
          path: 'url',
          message: expect.stringMatching(reason),
        })
      }
    })

    it('keeps the delivery log read-only, and Payload’s job endpoints closed to all but admins', async () => {
      expect(
        (
          await newsroom.api('admin', 'POST', '/api/webhook-deliveries', {
            event: 'article.published',
            messageId: 'msg_x',
          })
        ).status,
      ).toBe(403)
      for (const who of ['editor', 'moderator', 'anonymous'] as const) {
        expect((await newsroom.api(who, 'GET', '/api/webhook-deliveries')).status).toBe(403)
        expect((await newsroom.api(who, 'GET', '/api/payload-jobs/run')).status).toBe(401)
      }
    })
  })
}
