/** App server (app.server.test.ts): `npm run dev` answers through express, says when the admin has compiled, and creates the first admin. */
import { type AppServer } from './context'

export const startup = (appServer: AppServer) => {
  it('answers /healthz, the REST API, GraphQL and the admin UI through express', async () => {
    const health = await fetch(`${appServer.app.baseURL}/healthz`)
    expect(await health.json()).toMatchObject({ status: 'ok' })

    const articles = await fetch(`${appServer.app.baseURL}/api/articles`)
    expect(articles.status).toBe(200)
    expect(articles.headers.get('content-type')).toMatch(/json/)
    expect(await articles.json()).toMatchObject({ docs: expect.any(Array) })

    const graphql = await fetch(`${appServer.app.baseURL}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Articles { totalDocs } }' }),
    })
    expect((await graphql.json()).data.Articles.totalDocs).toEqual(expect.any(Number))

    const login = await fetch(`${appServer.app.baseURL}/admin/login`)
    expect(login.status).toBe(200)
    expect(await login.text()).toMatch(/<html/i)
  }, 240_000)

  it('says in development when the admin has compiled, not only that the server listens', async () => {
    expect(appServer.app.output()).toContain('compiling the admin and the API now')
    const deadline = Date.now() + 180_000
    while (
      !appServer.app.output().includes('the admin and the API answer at once now') &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(appServer.app.output()).toMatch(
      /Compiled in \d+\.\d s: the admin and the API answer at once now/,
    )
  }, 200_000)

  it('created the first admin from ADMIN_EMAIL / ADMIN_PASSWORD, who can log in over REST', async () => {
    const res = await fetch(`${appServer.app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chief@newsroom.test', password: 'first admin password' }),
    })
    expect(res.status).toBe(200)
    const { user } = await res.json()
    expect(user.roles).toEqual(['admin'])
    expect(appServer.app.output()).toContain('Created the first admin: chief@newsroom.test')
  })

  it('passes a request body through to Payload untouched (no body parser in front of Next)', async () => {
    const res = await fetch(`${appServer.app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chief@newsroom.test', password: 'wrong password' }),
    })
    expect(res.status).toBe(401)
  })
}
