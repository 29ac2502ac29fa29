/** Reader site (readerSite.e2e.ts): the story page's cache (strong ETag, 304s, rebuilt when the story changes). */

import { ADMIN, type ReaderSite, SLUG } from './context'

export const pageCache = (site: ReaderSite) => {
  const { storyUrl } = site
  describe('the story page’s cache', () => {
    it('is served from memory with a strong ETag and 304s, and rebuilt when the story changes', async () => {
      await fetch(storyUrl())
      const hit = await fetch(storyUrl())
      expect(hit.headers.get('x-cache')).toBe('HIT')
      const etag = hit.headers.get('etag')!
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect((await fetch(storyUrl(), { headers: { 'if-none-match': etag } })).status).toBe(304)
      // An editor's published change empties it; the next reader gets the new page.
      const { token } = await (
        await fetch(`${site.app.baseURL}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(ADMIN),
        })
      ).json()
      const { id } = await (await fetch(`${site.app.baseURL}/api/articles/slug/${SLUG}`)).json()
      await fetch(`${site.app.baseURL}/api/articles/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ dek: 'A dek changed by an editor.' }),
      })
      const fresh = await fetch(storyUrl())
      expect(fresh.headers.get('x-cache')).not.toBe('HIT')
      expect(await fresh.text()).toContain('A dek changed by an editor.')
      expect((await fetch(storyUrl(), { headers: { 'if-none-match': etag } })).status).toBe(200)
    })
  })
}
