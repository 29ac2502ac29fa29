/** Fuzz: each way earlier runs got a 5xx out of Payload, answered now with a 4xx that says why. */
import { type FuzzTarget } from './context'

/** What earlier fuzz runs found Payload answering with a 500; each is now a 400 that says why. */
const FOUND = [
  { method: 'POST', path: '/api/comments', body: '[]', reason: /object/i },
  { method: 'POST', path: '/api/comments', body: 'null', reason: /required/ },
  {
    method: 'GET',
    path: '/api/quotes?where[article][equals]=%00',
    reason: /where\[article\]\[equals\]/,
  },
  { method: 'GET', path: '/api/comments?where[id][in]=1,abc', reason: /where\[id\]\[in\]/ },
  { method: 'GET', path: '/api/comments?where[createdAt][equals]=yesterday', reason: /date/ },
  { method: 'GET', path: '/api/comments?where[createdAt][like]=2026', reason: /date/ },
  { method: 'GET', path: '/api/articles?where[title][all]=x', reason: /where\[title\]\[all\]/ },
  { method: 'GET', path: '/api/articles?where=%', reason: /%-escape/ },
  { method: 'POST', path: '/api/graphql', body: 'not json', reason: /query/i },
  {
    method: 'GET',
    path: '/api/quotes?where[article][like]=%00',
    reason: /where\[article\]\[like\]/,
  },
  {
    method: 'GET',
    path: '/api/comments?where[article][not_like]=x',
    reason: /where\[article\]\[not_like\]/,
  },
  {
    method: 'GET',
    path: '/api/quotes?where[createdAt][equals]=275761',
    reason: /where\[createdAt\]\[equals\] must be a date/,
  },
]

/** Path segments that Payload answered with a 500 (issue: a non-id in the URL), now a 404 that says what an id is. */
const NOT_IDS = [
  ['GET', '/api/articles/not-an-id'],
  ['DELETE', '/api/sources/abc'],
  ['GET', '/api/users/abc'],
  ['GET', '/api/payload-locked-documents/abc'],
  ['POST', '/api/articles/abc/duplicate'],
  ['PATCH', '/api/articles/1e3'],
  ['GET', '/api/articles/versions/%00'],
  ['POST', '/api/comments/abc/report'],
  ['POST', '/api/articles/-1/error-reports'],
  ['GET', '/api/quotes/99999999999999999999'],
  ['GET', '/api/comments/1%2F2'],
] as const

export const earlierFindings = (target: FuzzTarget) => {
  it.each(FOUND)(
    'answers $method $path with a 400 that says why',
    async ({ method, path, body, reason }) => {
      const res = await fetch(`${target.newsroom.baseURL}${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body,
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(await res.json())).toMatch(reason)
    },
  )

  it.each(['limit[$gt]=1', 'page[0]=2', 'depth[x]=1'])(
    'answers a paging parameter sent as an object (%s) with a 400 naming it, for readers and editors',
    async (query) => {
      for (const authorization of [undefined, target.editorAuthorization]) {
        for (const collection of ['articles', 'authors', 'sources']) {
          const res = await fetch(`${target.newsroom.baseURL}/api/${collection}?${query}`, {
            headers: authorization ? { authorization } : {},
          })
          expect(res.status).toBe(400)
          expect((await res.json()).errors[0].message).toContain(query.split('[')[0])
        }
      }
    },
  )

  it.each(NOT_IDS)(
    'answers %s %s (not an id) with a 404 that says what an id is, for readers and editors',
    async (method, path) => {
      for (const authorization of [undefined, target.editorAuthorization]) {
        const res = await fetch(`${target.newsroom.baseURL}${path}`, {
          method,
          headers: {
            'content-type': 'application/json',
            ...(authorization ? { authorization } : {}),
          },
          body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
        })
        expect(res.status).toBe(404)
        expect((await res.json()).errors[0].message).toMatch(/is not an id .*whole number/)
      }
    },
  )

  it('answers what Payload itself fails on with a 404: versions of a collection that keeps none, a missing preference, Object’s own names', async () => {
    for (const [method, path, authorization] of [
      ['POST', '/api/error-reports/versions/5', undefined],
      ['GET', '/api/sources/versions', target.editorAuthorization],
      ['GET', '/api/comments/versions/1', target.editorAuthorization],
      ['DELETE', '/api/payload-preferences/never-saved', target.editorAuthorization],
      ['GET', '/api/constructor', undefined],
      ['GET', '/api/globals/__proto__', undefined],
    ] as const) {
      const res = await fetch(`${target.newsroom.baseURL}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: method === 'POST' ? '{}' : undefined,
      })
      expect([path, res.status]).toEqual([path, 404])
    }
    expect(
      (await fetch(`${target.newsroom.baseURL}/api/comments?where[article][greater_than]=false`))
        .status,
    ).toBe(400)
    expect(
      (
        await fetch(
          `${target.newsroom.baseURL}/api/sources?joins[quotedIn]=false&joins[quotedIn][limit]=`,
        )
      ).status,
    ).toBe(400)
    const countOnly = await fetch(`${target.newsroom.baseURL}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ Sources { docs { quotedIn(limit: 0, count: true) { totalDocs docs { id } } } } }',
      }),
    })
    expect((await countOnly.json()).errors[0].message).toMatch(/returns only totalDocs/)
  })

  it('answers a collection without REST endpoints (migrations) with a 404, not a 501', async () => {
    for (const path of ['/api/payload-migrations', '/api/payload-migrations/1']) {
      const res = await fetch(`${target.newsroom.baseURL}${path}`)
      expect(res.status).toBe(404)
    }
  })
}
