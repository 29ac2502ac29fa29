import { type AppProcess, startApp } from '../helpers/appProcess'

/**
 * What a frontend meets in production (`npm start`, the production build): a 4xx about input names
 * every field and why, as in development; a path that cannot name a document is a 404; nothing that
 * the server understood is a 5xx; no stack or internal detail leaves the server.
 */
const ADMIN = { email: 'admin@errors.test', password: 'errors admin password' }
let app: AppProcess
let articleId: number

beforeAll(async () => {
  app = await startApp({
    script: 'start',
    env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SEED_ON_START: 'true' },
  })
  articleId = (
    await (
      await fetch(
        `${app.baseURL}/api/articles/slug/the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling`,
      )
    ).json()
  ).id
}, 240_000)
afterAll(() => app?.stop())

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.baseURL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

it('a comment with a bad email and an empty body: 400 naming both fields, each with its message', async () => {
  const res = await post(
    '/api/comments',
    { article: articleId, authorName: 'Ana', authorEmail: 'not-an-email', body: '   ' },
    { 'x-forwarded-for': '203.0.113.7' },
  )
  expect(res.status).toBe(400)
  const { errors } = await res.json()
  expect(errors[0].name).toBe('ValidationError')
  const fields = Object.fromEntries(
    errors[0].data.errors.map((error: { path: string; message: string }) => [
      error.path,
      error.message,
    ]),
  )
  expect(fields.authorEmail).toMatch(/valid email/i)
  expect(fields.body).toMatch(/required/i)
  expect(JSON.stringify(errors)).not.toMatch(/stack|at .*\.js:\d+|node_modules/)
})

it('an editor’s save with a missing title: 400 naming the field, over REST and GraphQL', async () => {
  const { token } = await (await post('/api/users/login', ADMIN)).json()
  const rest = await fetch(`${app.baseURL}/api/articles/${articleId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title: '' }),
  })
  expect(rest.status).toBe(400)
  expect((await rest.json()).errors[0].data.errors).toContainEqual(
    expect.objectContaining({ path: 'title', message: expect.any(String) }),
  )

  const graphql = await post(
    '/api/graphql',
    { query: `mutation { updateArticle(id: ${articleId}, data: { title: "" }) { id } }` },
    { authorization: `JWT ${token}` },
  )
  const { errors } = await graphql.json()
  expect(errors[0].extensions.name).toBe('ValidationError')
  expect(errors[0].extensions.data.errors).toContainEqual(
    expect.objectContaining({ path: 'title' }),
  )
})

it('a path segment that is not an id: 404 saying what an id is, never a 500', async () => {
  for (const [method, path] of [
    ['GET', '/api/articles/not-an-id'],
    ['DELETE', '/api/sources/abc'],
    ['GET', '/api/users/abc'],
    ['POST', '/api/comments/abc/report'],
    ['GET', '/api/articles/versions/abc'],
  ] as const) {
    const res = await fetch(`${app.baseURL}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? '{}' : undefined,
    })
    expect([path, res.status]).toEqual([path, 404])
    expect((await res.json()).errors[0].message).toMatch(/not an id/)
  }
  expect((await fetch(`${app.baseURL}/api/payload-migrations`)).status).toBe(404)
})
