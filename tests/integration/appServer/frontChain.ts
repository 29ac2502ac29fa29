/** App server (app.server.test.ts): what express does in front of every request: security headers and body limits. */
import { type AppServer } from './context'

export const frontChain = (appServer: AppServer) => {
  describe('in front of every request', () => {
    it('sends security headers, on API answers, cached stories and the admin alike', async () => {
      const story = `${appServer.app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`
      await fetch(story)
      for (const url of [
        `${appServer.app.baseURL}/api/articles`,
        story,
        `${appServer.app.baseURL}/admin/login`,
      ]) {
        const res = await fetch(url)
        expect(res.status).toBe(200)
        expect(res.headers.get('x-content-type-options')).toBe('nosniff')
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
        expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      }
    })

    it('refuses an anonymous body over 64 KB with 413 before Payload reads it, and keeps working', async () => {
      const big = await fetch(`${appServer.app.baseURL}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body: 'x'.repeat(70 * 1024) }),
      })
      expect(big.status).toBe(413)
      expect((await big.json()).errors[0].message).toMatch(/at most 64 KB/)
      expect((await fetch(`${appServer.app.baseURL}/healthz`)).status).toBe(200)
      const small = await fetch(`${appServer.app.baseURL}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body: '' }),
      })
      expect(small.status).toBe(400)
    })

    it('grants the larger staff body only to a login that verifies, not to any Authorization header or cookie', async () => {
      const body = JSON.stringify({ dek: 'y'.repeat(100 * 1024) })
      for (const headers of [
        { authorization: 'JWT not-a-token' } as Record<string, string>,
        { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forged' },
        { cookie: 'payload-token=anything' },
      ]) {
        const forged = await fetch(`${appServer.app.baseURL}/api/articles/1`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        })
        expect(forged.status).toBe(413)
      }
      const login = await fetch(`${appServer.app.baseURL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'chief@newsroom.test', password: 'first admin password' }),
      })
      const { token } = await login.json()
      const staff = await fetch(`${appServer.app.baseURL}/api/articles/1`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body,
      })
      // Past the size check: Payload itself answers (the dek's own limit is 600 characters).
      expect(staff.status).toBe(400)
      expect(JSON.stringify(await staff.json())).toMatch(/dek/)
    })
  })
}
