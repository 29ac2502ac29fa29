/** App server (app.server.test.ts): CORS, one policy for every answer, cached or not. */
import { type AppServer, FRONTEND } from './context'

export const cors = (appServer: AppServer) => {
  describe('CORS, one policy for every answer', () => {
    const story = () =>
      `${appServer.app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`
    const corsHeaders = (res: Response) =>
      [...res.headers.keys()].filter((name) => name.startsWith('access-control-'))

    it('grants a listed origin on Payload’s answers, a cached story (HIT) and an event stream alike, with the headers a frontend reads', async () => {
      await fetch(story())
      for (const url of [
        `${appServer.app.baseURL}/api/articles?limit=1`,
        story(),
        `${appServer.app.baseURL}/api/openapi.json`,
      ]) {
        const res = await fetch(url, { headers: { origin: FRONTEND } })
        expect([url, res.status]).toEqual([url, 200])
        expect(res.headers.get('access-control-allow-origin')).toBe(FRONTEND)
        expect(res.headers.get('access-control-allow-credentials')).toBe('true')
        expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag/)
        expect(res.headers.get('vary')).toMatch(/Origin/)
      }
      expect((await fetch(story(), { headers: { origin: FRONTEND } })).headers.get('x-cache')).toBe(
        'HIT',
      )
      const controller = new AbortController()
      const events = await fetch(`${story()}/events`, {
        headers: { origin: FRONTEND },
        signal: controller.signal,
      })
      expect(events.headers.get('access-control-allow-origin')).toBe(FRONTEND)
      controller.abort()
    })

    it('a cached answer (HIT, written in one go before express) carries exactly the headers of the same answer built the long way (MISS)', async () => {
      const { id } = await (await fetch(story())).json()
      const origins = [FRONTEND, 'https://elsewhere.example', undefined]
      for (const [index, origin] of origins.entries()) {
        // A comment page nobody asked for yet: the first answer is built, the second comes from memory.
        const url = `${appServer.app.baseURL}/api/articles/${id}/comments?page=${20 + index}`
        const headers: Record<string, string> = origin ? { origin } : {}
        const miss = await fetch(url, { headers })
        const hit = await fetch(url, { headers })
        expect([miss.headers.get('x-cache'), hit.headers.get('x-cache')]).toEqual(['MISS', 'HIT'])
        // Every header of the hit is the miss's (Next adds its own to a miss, and compresses it).
        const own = [...hit.headers.entries()].filter(
          ([name]) =>
            !['connection', 'content-length', 'date', 'keep-alive', 'vary', 'x-cache'].includes(
              name,
            ),
        )
        expect(own.map(([name]) => [name, miss.headers.get(name)])).toEqual(own)
        expect(own).toHaveLength(origin === FRONTEND ? 18 : 15)
        expect(hit.headers.get('vary')).toBe('Accept, Origin')
        expect(await hit.text()).toBe(await miss.text())
        const conditional = await fetch(url, {
          headers: { ...headers, 'if-none-match': hit.headers.get('etag')! },
        })
        expect(conditional.status).toBe(304)
        expect(conditional.headers.get('x-frame-options')).toBe('SAMEORIGIN')
        if (origin === FRONTEND) {
          expect(conditional.headers.get('access-control-allow-origin')).toBe(FRONTEND)
        }
      }
    })

    it('answers a listed origin’s preflight itself: the methods and headers a frontend sends', async () => {
      const preflight = await fetch(`${appServer.app.baseURL}/api/comments`, {
        method: 'OPTIONS',
        headers: {
          origin: FRONTEND,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-origin')).toBe(FRONTEND)
      expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/)
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Content-Type/)
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/)
    })

    it('sends no CORS header at all to any other origin: nothing half-granted that looks configured', async () => {
      for (const origin of ['https://evil.example', 'null', `${FRONTEND}.evil.example`]) {
        for (const [method, url] of [
          ['GET', `${appServer.app.baseURL}/api/articles?limit=1`],
          ['GET', story()],
          ['OPTIONS', `${appServer.app.baseURL}/api/comments`],
          ['POST', `${appServer.app.baseURL}/api/graphql`],
        ] as const) {
          const res = await fetch(url, {
            method,
            headers: {
              origin,
              'access-control-request-method': 'POST',
              'content-type': 'application/json',
            },
            body:
              method === 'POST'
                ? JSON.stringify({ query: '{ Articles(limit: 1) { docs { id } } }' })
                : undefined,
          })
          expect([origin, method, url, corsHeaders(res)]).toEqual([origin, method, url, []])
        }
      }
    })
  })
}
