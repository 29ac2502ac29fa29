/** App server (app.server.test.ts): the story’s hot path, answered by express from the shared cache and dropped by Payload’s hooks. */
import { type AppServer } from './context'

export const hotPath = (appServer: AppServer) => {
  describe('the story’s hot path', () => {
    const url = () =>
      `${appServer.app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`
    const adminToken = async () => {
      const res = await fetch(`${appServer.app.baseURL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'chief@newsroom.test', password: 'first admin password' }),
      })
      return (await res.json()).token as string
    }

    it('is built by Payload on a miss, then answered by express from the shared cache (HIT), 304 included', async () => {
      const miss = await fetch(url())
      expect(miss.status).toBe(200)
      const story = await miss.json()
      expect(story.title).toMatch(/^The officer was taken away/)
      const hit = await fetch(url())
      expect(hit.headers.get('x-cache')).toBe('HIT')
      expect(hit.headers.get('etag')).toBe(miss.headers.get('etag'))
      const notModified = await fetch(url(), {
        headers: { 'if-none-match': hit.headers.get('etag')! },
      })
      expect(notModified.status).toBe(304)
      expect(notModified.headers.get('x-cache')).toBe('HIT')
    }, 120_000)

    it('drops the cached story when an editor changes it (hooks inside Next reach the express cache)', async () => {
      await fetch(url())
      expect((await fetch(url())).headers.get('x-cache')).toBe('HIT')
      const token = await adminToken()
      const story = await (await fetch(url())).json()
      const patch = await fetch(`${appServer.app.baseURL}/api/articles/${story.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ dek: 'Changed through the admin API' }),
      })
      expect(patch.status).toBe(200)
      const after = await fetch(url())
      expect(after.headers.get('x-cache')).toBe('MISS')
      expect((await after.json()).dek).toBe('Changed through the admin API')
    }, 120_000)

    it('answers searches in front of Next once Payload runs, from the same cache the hooks inside Next drop', async () => {
      const search = () => fetch(`${appServer.app.baseURL}/api/search?q=camera+officer`)
      const first = await search()
      expect(first.status).toBe(200)
      const slugs = (await first.json()).docs.map((hit: { slug: string }) => hit.slug)
      expect(slugs).toContain(
        'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling',
      )
      const again = await search()
      expect(again.headers.get('x-cache')).toBe('HIT')
      // The front server's security headers are on it too.
      expect(again.headers.get('x-content-type-options')).toBe('nosniff')
      const refused = await fetch(`${appServer.app.baseURL}/api/search?q=a&page=0`)
      expect(refused.status).toBe(400)
      expect((await refused.json()).errors[0].data.errors[0].path).toBe('page')
      // A change to a story (inside Next) drops the kept answer.
      const token = await adminToken()
      const story = await (await fetch(url())).json()
      const patch = await fetch(`${appServer.app.baseURL}/api/articles/${story.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ dek: 'Searchable dek zanzibar' }),
      })
      expect(patch.status).toBe(200)
      expect((await search()).headers.get('x-cache')).toBe('MISS')
      const byDek = await (await fetch(`${appServer.app.baseURL}/api/search?q=zanzibar`)).json()
      expect(byDek.docs.map((hit: { id: string }) => hit.id)).toEqual([String(story.id)])
    }, 120_000)
  })
}
