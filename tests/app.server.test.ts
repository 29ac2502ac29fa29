import { startApp, type AppProcess } from './helpers/appProcess'

/**
 * The app as a new user runs it: `npm run dev` starts express, which bootstraps the database and
 * hosts Payload's Next app. Slow (Next compiles on first request), so one file covers it.
 */
let app: AppProcess
beforeAll(async () => {
  app = await startApp({ env: { ADMIN_EMAIL: 'chief@newsroom.test', ADMIN_PASSWORD: 'first admin password' } })
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
