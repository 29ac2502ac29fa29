import { makeArticle } from '../helpers/fixtures'
import { ACCOUNTS, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

/**
 * CORS and CSRF allowlists come from CORS_ORIGINS and SERVER_URL; login lockout is on. Browsers on
 * listed origins may call the API with the login cookie; a page on any other origin gets no CORS
 * grant, and its cookie-carrying requests are treated as anonymous. A JWT in a header is not an
 * ambient credential, so it works from anywhere.
 */
const FRONTEND = 'https://frontend.example'
const SITE = 'https://news.example'
const EVIL = 'https://evil.example'

let newsroom: TestNewsroom
let cookie: string
let articleId: number | string

beforeAll(async () => {
  process.env.CORS_ORIGINS = `${FRONTEND}, https://app.example/`
  process.env.SERVER_URL = SITE
  newsroom = await startNewsroom()
  articleId = (await makeArticle(newsroom.payload, { _status: 'draft' })).id
  const login = await fetch(`${newsroom.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SITE },
    body: JSON.stringify({ email: ACCOUNTS.editor.email, password: ACCOUNTS.editor.password }),
  })
  expect(login.status).toBe(200)
  cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('payload-token='))!
    .split(';')[0]!
  expect(cookie).toMatch(/^payload-token=./)
})
afterAll(async () => {
  delete process.env.CORS_ORIGINS
  delete process.env.SERVER_URL
  await newsroom?.close()
})

const call = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  fetch(`${newsroom.baseURL}${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })

describe('CORS', () => {
  it.each([FRONTEND, 'https://app.example', SITE])(
    'grants %s (listed, or the app itself), with credentials',
    async (origin) => {
      const preflight = await call('OPTIONS', '/api/articles', {
        origin,
        'access-control-request-method': 'PATCH',
      })
      expect(preflight.status).toBeLessThan(300)
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin)
      expect(preflight.headers.get('access-control-allow-credentials')).toBe('true')
      expect(preflight.headers.get('access-control-allow-methods')).toMatch(/PATCH/)

      const read = await call('GET', '/api/articles', { origin })
      expect(read.status).toBe(200)
      expect(read.headers.get('access-control-allow-origin')).toBe(origin)
    },
  )

  it.each([EVIL, 'https://frontend.example.evil.example', 'http://frontend.example', 'null'])(
    'grants nothing to %s',
    async (origin) => {
      for (const method of ['OPTIONS', 'GET']) {
        const res = await call(method, '/api/articles', {
          origin,
          'access-control-request-method': 'POST',
        })
        expect(res.headers.get('access-control-allow-origin')).toBeNull()
        expect(res.headers.get('access-control-allow-credentials')).toBeNull()
      }
    },
  )
})

describe('CSRF', () => {
  const me = async (headers: Record<string, string>) =>
    (await (await call('GET', '/api/users/me', headers)).json()).user?.email ?? null

  it('honours the login cookie from listed origins and same-origin pages only', async () => {
    expect(await me({ cookie, origin: FRONTEND })).toBe(ACCOUNTS.editor.email)
    expect(await me({ cookie, origin: SITE })).toBe(ACCOUNTS.editor.email)
    expect(await me({ cookie, 'sec-fetch-site': 'same-origin' })).toBe(ACCOUNTS.editor.email)
    expect(await me({ cookie, origin: EVIL })).toBeNull()
    expect(await me({ cookie, 'sec-fetch-site': 'cross-site' })).toBeNull()
  })

  it('treats a cross-origin write carrying the cookie as anonymous: refused, nothing changed', async () => {
    const forged = await call(
      'PATCH',
      `/api/articles/${articleId}`,
      { cookie, origin: EVIL },
      { title: 'Forged headline' },
    )
    expect(forged.status).toBe(403)
    const deleted = await call('DELETE', `/api/articles/${articleId}`, { cookie, origin: EVIL })
    expect(deleted.status).toBe(403)
    const stored = await newsroom.payload.findByID({
      collection: 'articles',
      id: articleId,
      draft: true,
      overrideAccess: true,
    })
    expect(stored.title).not.toBe('Forged headline')

    const genuine = await call(
      'PATCH',
      `/api/articles/${articleId}`,
      { cookie, origin: FRONTEND },
      { title: 'Edited from the frontend' },
    )
    expect(genuine.status).toBe(200)
    expect((await genuine.json()).doc.title).toBe('Edited from the frontend')
  })

  it('accepts a JWT in the Authorization header from any origin (not an ambient credential)', async () => {
    const token = cookie.slice('payload-token='.length)
    const res = await call('GET', '/api/users/me', { authorization: `JWT ${token}`, origin: EVIL })
    expect((await res.json()).user?.email).toBe(ACCOUNTS.editor.email)
  })
})

describe('login lockout', () => {
  it('five wrong passwords from a stranger lock nothing: the owner still signs in (issue 27: 6)', async () => {
    const email = 'target@test.newsroom'
    await newsroom.payload.create({
      collection: 'users',
      data: { email, password: 'the right password', roles: ['editor'] } as never,
      overrideAccess: true,
    })
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await call(
        'POST',
        '/api/users/login',
        { 'x-forwarded-for': '198.51.100.66' },
        { email, password: `guess ${attempt}` },
      )
      expect(wrong.status).toBe(401)
      expect(JSON.stringify(await wrong.json())).not.toMatch(/locked/i)
    }
    const right = await call(
      'POST',
      '/api/users/login',
      {},
      { email, password: 'the right password' },
    )
    expect(right.status).toBe(200)
  })

  it('sends the login cookie only over HTTPS when SERVER_URL is https (issue 27: 11)', async () => {
    const login = await call(
      'POST',
      '/api/users/login',
      { origin: SITE },
      { email: ACCOUNTS.moderator.email, password: ACCOUNTS.moderator.password },
    )
    const setCookie = login.headers.getSetCookie().find((c) => c.startsWith('payload-token='))!
    expect(setCookie).toMatch(/;\s*Secure/i)
  })
})
