/** App server (app.server.test.ts): a story’s comment pages, cached like the story and dropped when moderation changes them. */
import { type AppServer } from './context'

export const commentPages = (appServer: AppServer) => {
  describe('a story’s comment pages', () => {
    it('are answered by express from the shared cache like the story, and dropped when moderation changes them', async () => {
      const story = await (
        await fetch(
          `${appServer.app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`,
        )
      ).json()
      const page = (n?: number) =>
        `${appServer.app.baseURL}/api/articles/${story.id}/comments${n ? `?page=${n}` : ''}`
      for (const url of [page(), page(1), page(2)]) {
        const miss = await fetch(url)
        expect([url, miss.status]).toEqual([url, 200])
        const hit = await fetch(url)
        expect([url, hit.headers.get('x-cache')]).toEqual([url, 'HIT'])
        expect(await hit.json()).toEqual(await miss.json())
      }
      // A query the cache does not hold goes to Payload; a repeated page is refused there.
      expect((await fetch(`${page(1)}&page=2`)).headers.get('x-cache')).not.toBe('HIT')
      const posted = await fetch(`${appServer.app.baseURL}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          article: story.id,
          authorName: 'A reader',
          authorEmail: 'reader@example.com',
          body: 'Held for moderation, then approved.',
        }),
      })
      expect(posted.status).toBe(201)
      const { doc } = await posted.json()
      const login = await fetch(`${appServer.app.baseURL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'chief@newsroom.test', password: 'first admin password' }),
      })
      const { token } = await login.json()
      const approved = await fetch(`${appServer.app.baseURL}/api/comments/${doc.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ status: 'approved' }),
      })
      expect(approved.status).toBe(200)
      const after = await fetch(page())
      expect(after.headers.get('x-cache')).toBe('MISS')
      expect(JSON.stringify(await after.json())).toContain('Held for moderation, then approved.')
    }, 120_000)
  })
}
