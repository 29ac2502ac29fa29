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

  it('says on /healthz when its own processes have started: `?ready` is 503 until then, for a load balancer', async () => {
    const deadline = Date.now() + 120_000
    let res = await fetch(`${appServer.app.baseURL}/healthz?ready`)
    while (res.status !== 200 && Date.now() < deadline) {
      expect(res.status).toBe(503)
      expect(await res.json()).toMatchObject({ ready: false, processes: { writer: 'off' } })
      await new Promise((resolve) => setTimeout(resolve, 250))
      res = await fetch(`${appServer.app.baseURL}/healthz?ready`)
    }
    expect(res.headers.get('cache-control')).toBe('no-store')
    // Development has no writer process (writes are served by the one process); the jobs runner leads.
    expect(await res.json()).toMatchObject({
      status: 'ok',
      ready: true,
      processes: { writer: 'off', jobsRunner: 'running' },
    })
    // Whatever the query string holds, it is the same answer.
    for (const query of ['?ready[a]=1', '?ready=%ff%00', '?x=1&ready&ready', '?%E0%A4%A']) {
      expect([query, (await fetch(`${appServer.app.baseURL}/healthz${query}`)).status]).toEqual([
        query,
        200,
      ])
    }
  }, 130_000)

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
