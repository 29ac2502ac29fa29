import { type AppProcess, startApp } from '../helpers/appProcess'

/**
 * The app as a new user runs it: `npm run dev` starts express, which bootstraps the database and
 * hosts Payload's Next app. Slow (Next compiles on first request), so one file covers it.
 */
let app: AppProcess
const FRONTEND = 'https://frontend.example'
beforeAll(async () => {
  app = await startApp({
    env: {
      ADMIN_EMAIL: 'chief@newsroom.test',
      ADMIN_PASSWORD: 'first admin password',
      CORS_ORIGINS: FRONTEND,
    },
  })
}, 200_000)
afterAll(async () => app?.stop())

it('answers /healthz, the REST API, GraphQL and the admin UI through express', async () => {
  const health = await fetch(`${app.baseURL}/healthz`)
  expect(await health.json()).toMatchObject({ status: 'ok' })

  const articles = await fetch(`${app.baseURL}/api/articles`)
  expect(articles.status).toBe(200)
  expect(articles.headers.get('content-type')).toMatch(/json/)
  expect(await articles.json()).toMatchObject({ docs: expect.any(Array) })

  const graphql = await fetch(`${app.baseURL}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ Articles { totalDocs } }' }),
  })
  expect((await graphql.json()).data.Articles.totalDocs).toEqual(expect.any(Number))

  const login = await fetch(`${app.baseURL}/admin/login`)
  expect(login.status).toBe(200)
  expect(await login.text()).toMatch(/<html/i)
}, 240_000)

it('says in development when the admin has compiled, not only that the server listens', async () => {
  expect(app.output()).toContain('compiling the admin and the API now')
  const deadline = Date.now() + 180_000
  while (
    !app.output().includes('the admin and the API answer at once now') &&
    Date.now() < deadline
  ) {
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  expect(app.output()).toMatch(/Compiled in \d+\.\d s: the admin and the API answer at once now/)
}, 200_000)

it('created the first admin from ADMIN_EMAIL / ADMIN_PASSWORD, who can log in over REST', async () => {
  const res = await fetch(`${app.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'chief@newsroom.test', password: 'first admin password' }),
  })
  expect(res.status).toBe(200)
  const { user } = await res.json()
  expect(user.roles).toEqual(['admin'])
  expect(app.output()).toContain('Created the first admin: chief@newsroom.test')
})

it('passes a request body through to Payload untouched (no body parser in front of Next)', async () => {
  const res = await fetch(`${app.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'chief@newsroom.test', password: 'wrong password' }),
  })
  expect(res.status).toBe(401)
})

describe('the story’s hot path', () => {
  const url = () =>
    `${app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`
  const adminToken = async () => {
    const res = await fetch(`${app.baseURL}/api/users/login`, {
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
    const patch = await fetch(`${app.baseURL}/api/articles/${story.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ dek: 'Changed through the admin API' }),
    })
    expect(patch.status).toBe(200)
    const after = await fetch(url())
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect((await after.json()).dek).toBe('Changed through the admin API')
  }, 120_000)
})

describe('a story’s comment pages', () => {
  it('are answered by express from the shared cache like the story, and dropped when moderation changes them', async () => {
    const story = await (
      await fetch(
        `${app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`,
      )
    ).json()
    const page = (n?: number) =>
      `${app.baseURL}/api/articles/${story.id}/comments${n ? `?page=${n}` : ''}`
    for (const url of [page(), page(1), page(2)]) {
      const miss = await fetch(url)
      expect([url, miss.status]).toEqual([url, 200])
      const hit = await fetch(url)
      expect([url, hit.headers.get('x-cache')]).toEqual([url, 'HIT'])
      expect(await hit.json()).toEqual(await miss.json())
    }
    // A query the cache does not hold goes to Payload; a repeated page is refused there.
    expect((await fetch(`${page(1)}&page=2`)).headers.get('x-cache')).not.toBe('HIT')
    const posted = await fetch(`${app.baseURL}/api/comments`, {
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
    const login = await fetch(`${app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chief@newsroom.test', password: 'first admin password' }),
    })
    const { token } = await login.json()
    const approved = await fetch(`${app.baseURL}/api/comments/${doc.id}`, {
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

describe('in front of every request', () => {
  it('sends security headers, on API answers, cached stories and the admin alike', async () => {
    const story = `${app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`
    await fetch(story)
    for (const url of [`${app.baseURL}/api/articles`, story, `${app.baseURL}/admin/login`]) {
      const res = await fetch(url)
      expect(res.status).toBe(200)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    }
  })

  it('refuses an anonymous body over 64 KB with 413 before Payload reads it, and keeps working', async () => {
    const big = await fetch(`${app.baseURL}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'x'.repeat(70 * 1024) }),
    })
    expect(big.status).toBe(413)
    expect((await big.json()).errors[0].message).toMatch(/at most 64 KB/)
    expect((await fetch(`${app.baseURL}/healthz`)).status).toBe(200)
    const small = await fetch(`${app.baseURL}/api/comments`, {
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
      const forged = await fetch(`${app.baseURL}/api/articles/1`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      })
      expect(forged.status).toBe(413)
    }
    const login = await fetch(`${app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chief@newsroom.test', password: 'first admin password' }),
    })
    const { token } = await login.json()
    const staff = await fetch(`${app.baseURL}/api/articles/1`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body,
    })
    // Past the size check: Payload itself answers (the dek's own limit is 600 characters).
    expect(staff.status).toBe(400)
    expect(JSON.stringify(await staff.json())).toMatch(/dek/)
  })
})

describe('CORS, one policy for every answer', () => {
  const story = () =>
    `${app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`
  const corsHeaders = (res: Response) =>
    [...res.headers.keys()].filter((name) => name.startsWith('access-control-'))

  it('grants a listed origin on Payload’s answers, a cached story (HIT) and an event stream alike, with the headers a frontend reads', async () => {
    await fetch(story())
    for (const url of [
      `${app.baseURL}/api/articles?limit=1`,
      story(),
      `${app.baseURL}/api/openapi.json`,
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
      const url = `${app.baseURL}/api/articles/${id}/comments?page=${20 + index}`
      const headers: Record<string, string> = origin ? { origin } : {}
      const miss = await fetch(url, { headers })
      const hit = await fetch(url, { headers })
      expect([miss.headers.get('x-cache'), hit.headers.get('x-cache')]).toEqual(['MISS', 'HIT'])
      // Every header of the hit is the miss's (Next adds its own to a miss, and compresses it).
      const own = [...hit.headers.entries()].filter(
        ([name]) =>
          !['connection', 'content-length', 'date', 'keep-alive', 'vary', 'x-cache'].includes(name),
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
    const preflight = await fetch(`${app.baseURL}/api/comments`, {
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
        ['GET', `${app.baseURL}/api/articles?limit=1`],
        ['GET', story()],
        ['OPTIONS', `${app.baseURL}/api/comments`],
        ['POST', `${app.baseURL}/api/graphql`],
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

describe('the login cookie with CORS_ORIGINS set and no SERVER_URL (docs/api.md’s frontend step)', () => {
  const cookieLogin = async () => {
    const login = await fetch(`${app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.baseURL },
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
    const headers = { 'content-type': 'application/json', cookie, origin: app.baseURL }
    const me = await (await fetch(`${app.baseURL}/api/users/me`, { headers })).json()
    expect(me.user?.email).toBe('chief@newsroom.test')
    const story = await (
      await fetch(
        `${app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`,
      )
    ).json()
    const patch = await fetch(`${app.baseURL}/api/articles/${story.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ dek: story.dek }),
    })
    expect(patch.status).toBe(200)
    const graphql = await fetch(`${app.baseURL}/api/graphql`, {
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
        `${app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`,
      )
    ).json()
    for (const origin of ['https://evil.example', `${app.baseURL}.evil.example`]) {
      const forged = await fetch(`${app.baseURL}/api/articles/${story.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie, origin },
        body: JSON.stringify({ dek: 'Forged' }),
      })
      expect(forged.status).toBe(403)
      expect((await forged.json()).errors[0].message).toContain(`comes from ${origin}`)
      // A browser cannot send another site's Host; a client that does is still not the app's own page.
      const spoofed = await fetch(`${app.baseURL}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin },
        body: JSON.stringify({
          query: `mutation { updateArticle(id: ${story.id}, data: { dek: "Forged" }) { id } }`,
        }),
      })
      expect(spoofed.status).toBe(403)
    }
    expect((await (await fetch(`${app.baseURL}/api/articles/${story.id}`)).json()).dek).not.toBe(
      'Forged',
    )
    // The listed frontend's writes are honoured.
    const listed = await fetch(`${app.baseURL}/api/users/me`, {
      headers: { cookie, origin: FRONTEND },
    })
    expect((await listed.json()).user?.email).toBe('chief@newsroom.test')
  })
})
