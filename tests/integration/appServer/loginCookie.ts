/** App server (app.server.test.ts): the login cookie with CORS_ORIGINS set and no SERVER_URL, from the app’s own origin and from others. */
import { type AppServer, FRONTEND } from './context'

export const loginCookie = (appServer: AppServer) => {
  describe('the login cookie with CORS_ORIGINS set and no SERVER_URL (docs/api.md’s frontend step)', () => {
    const cookieLogin = async () => {
      const login = await fetch(`${appServer.app.baseURL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: appServer.app.baseURL },
        body: JSON.stringify({ email: 'chief@newsroom.test', password: 'first admin password' }),
      })
      expect(login.status).toBe(200)
      return login.headers
        .getSetCookie()
        .find((cookie) => cookie.startsWith('payload-token='))!
        .split(';')[0]
    }

    it('works from the app’s own origin (the admin’s saves), REST and GraphQL', async () => {
      const cookie = await cookieLogin()
      const headers = { 'content-type': 'application/json', cookie, origin: appServer.app.baseURL }
      const me = await (await fetch(`${appServer.app.baseURL}/api/users/me`, { headers })).json()
      expect(me.user?.email).toBe('chief@newsroom.test')
      const story = await (
        await fetch(
          `${appServer.app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`,
        )
      ).json()
      const patch = await fetch(`${appServer.app.baseURL}/api/articles/${story.id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ dek: story.dek }),
      })
      expect(patch.status).toBe(200)
      const graphql = await fetch(`${appServer.app.baseURL}/api/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: '{ meUser { user { email } } }' }),
      })
      expect((await graphql.json()).data.meUser.user.email).toBe('chief@newsroom.test')
    })

    it('refuses a write from a foreign origin saying so (not “you lack the role”), and changes nothing', async () => {
      const cookie = await cookieLogin()
      const story = await (
        await fetch(
          `${appServer.app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`,
        )
      ).json()
      for (const origin of ['https://evil.example', `${appServer.app.baseURL}.evil.example`]) {
        const forged = await fetch(`${appServer.app.baseURL}/api/articles/${story.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', cookie, origin },
          body: JSON.stringify({ dek: 'Forged' }),
        })
        expect(forged.status).toBe(403)
        expect((await forged.json()).errors[0].message).toContain(`comes from ${origin}`)
        // A browser cannot send another site's Host; a client that does is still not the app's own page.
        const spoofed = await fetch(`${appServer.app.baseURL}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, origin },
          body: JSON.stringify({
            query: `mutation { updateArticle(id: ${story.id}, data: { dek: "Forged" }) { id } }`,
          }),
        })
        expect(spoofed.status).toBe(403)
      }
      expect(
        (await (await fetch(`${appServer.app.baseURL}/api/articles/${story.id}`)).json()).dek,
      ).not.toBe('Forged')
      // The listed frontend's writes are honoured.
      const listed = await fetch(`${appServer.app.baseURL}/api/users/me`, {
        headers: { cookie, origin: FRONTEND },
      })
      expect((await listed.json()).user?.email).toBe('chief@newsroom.test')
    })
  })
}
