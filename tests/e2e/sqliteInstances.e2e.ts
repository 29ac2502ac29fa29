import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type AppProcess, expectInstancesSettled, startApp } from '../helpers/appProcess'

/**
 * Three production instances (`npm start`) on one SQLite file, as docs/running.md allows: simultaneous
 * writes through all of them (a reader's flood of comments, readers' reports, editors' saves) take
 * turns at the file's write lock. No response is a 5xx, flood control holds across them, and three
 * instances started at the same moment on an empty file migrate and seed it once.
 */
const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
const ADMIN = { email: 'admin@instances.test', password: 'instances admin password' }
// Ten minutes of cache: only the instances' shared invalidation can refresh a cached story sooner.
const ENV = {
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  SEED_ON_START: 'true',
  TRUST_PROXY: 'loopback',
  DELIVERY_CACHE_TTL_SECONDS: '600',
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-instances-'))
let instances: AppProcess[] = []

afterAll(async () => {
  for (const instance of instances) {
    await instance.stop({ keepData: true })
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
})

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
})
const statusesOf = (responses: Response[]) => responses.map((res) => res.status).sort()

it('three instances started at once on an empty file: migrated and seeded once, all answering', async () => {
  // Every instance that did start is stopped by afterAll, even if another failed to.
  const started = await Promise.allSettled(
    [0, 1, 2].map(() => startApp({ script: 'start', dataDir, env: ENV })),
  )
  instances = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  const failed = started.find((result) => result.status === 'rejected')
  if (failed) {
    throw failed.reason
  }
  const stories = await Promise.all(
    instances.map(async (instance) =>
      (await fetch(`${instance.baseURL}/api/articles?where[slug][equals]=${SLUG}`)).json(),
    ),
  )
  for (const list of stories) {
    expect(list.totalDocs).toBe(1)
  }
  const sources = await (await fetch(`${instances[0].baseURL}/api/sources?limit=100`)).json()
  expect(sources.totalDocs).toBe(7)

  // Each starts its writer and jobs runner after it answers (seconds of CPU each): /healthz says when
  // they are up. One runner runs the file's queue; the others stand by to take over.
  await expectInstancesSettled(instances)
}, 300_000)

it('a reader’s twelve simultaneous comments across the instances: exactly one accepted, eleven 429, no 5xx', async () => {
  const { id } = await (await fetch(`${instances[0].baseURL}/api/articles/slug/${SLUG}`)).json()
  const reader = { 'x-forwarded-for': '203.0.113.50' }
  const responses = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      fetch(
        `${instances[i % 3].baseURL}/api/comments`,
        json(
          {
            article: id,
            authorName: 'Hasty',
            authorEmail: 'hasty@example.com',
            body: `Comment ${i}`,
          },
          reader,
        ),
      ),
    ),
  )
  const statuses = statusesOf(responses)
  console.log(`twelve simultaneous comments over three instances: ${statuses.join(',')}`)
  expect(statuses).toEqual([201, ...Array(11).fill(429)])
  for (const res of responses.filter((res) => res.status === 429)) {
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
  }
}, 60_000)

// On instances settled (the first test waits for their writers and jobs runner): the writes take turns
// at the file's lock. Sent while four Payloads were still starting on two cores, six republishes of the
// seeded story took a second each and the last writes waited out the 5 s lock wait (503, as designed).
it('simultaneous comments, reports and editors’ saves through all three: every one answered, none ≥ 500', async () => {
  const base = (i: number) => instances[i % 3].baseURL
  const { token } = await (await fetch(`${base(0)}/api/users/login`, json(ADMIN))).json()
  const staff = { authorization: `JWT ${token}` }
  const { id: articleId } = await (await fetch(`${base(0)}/api/articles/slug/${SLUG}`)).json()
  // Approved comments for readers to report (two readers each, below the threshold that unpublishes one).
  const reportable: number[] = []
  for (let i = 0; i < 3; i++) {
    const posted = await (
      await fetch(
        `${base(i)}/api/comments`,
        json(
          {
            article: articleId,
            authorName: `Reported ${i}`,
            authorEmail: `reported${i}@example.com`,
            body: 'Report me.',
          },
          { 'x-forwarded-for': `203.0.113.${60 + i}` },
        ),
      )
    ).json()
    const approve = await fetch(`${base(i + 1)}/api/comments/${posted.doc.id}`, {
      ...json({ status: 'approved' }, staff),
      method: 'PATCH',
    })
    expect(approve.status).toBe(200)
    reportable.push(posted.doc.id)
  }

  const writes = [
    ...Array.from({ length: 12 }, (_, i) =>
      fetch(
        `${base(i)}/api/comments`,
        json(
          {
            article: articleId,
            authorName: `Reader ${i}`,
            authorEmail: `reader${i}@example.com`,
            body: `Simultaneous ${i}`,
          },
          { 'x-forwarded-for': `198.51.100.${i + 1}` },
        ),
      ),
    ),
    ...Array.from({ length: 6 }, (_, i) =>
      fetch(
        `${base(i)}/api/comments/${reportable[i % 3]}/report`,
        json({ reason: `report ${i}` }, { 'x-forwarded-for': `192.0.2.${i + 1}` }),
      ),
    ),
    ...Array.from({ length: 6 }, (_, i) =>
      fetch(`${base(i)}/api/articles/${articleId}`, {
        ...json({ byline: `Staff (save ${i})` }, staff),
        method: 'PATCH',
      }),
    ),
  ]
  const statuses = statusesOf(await Promise.all(writes))
  console.log(`24 simultaneous writes over three instances: ${statuses.join(',')}`)
  expect(statuses.filter((status) => status >= 500)).toEqual([])
  expect(statuses.filter((status) => status === 201)).toHaveLength(12)
  expect(statuses.filter((status) => status === 202)).toHaveLength(6)
  expect(statuses.filter((status) => status === 200)).toHaveLength(6)
  for (const id of reportable) {
    const reported = await (
      await fetch(`${base(id)}/api/comments/${id}`, { headers: staff })
    ).json()
    expect(reported.reportCount).toBe(2)
  }
  // Every instance reads what the others wrote (none is stuck on an old snapshot of the file).
  for (let i = 0; i < 3; i++) {
    const { totalDocs } = await (
      await fetch(`${base(i)}/api/comments?limit=1`, { headers: staff })
    ).json()
    expect(totalDocs).toBe(1 + 3 + 12)
  }
}, 120_000)

it('a correction published through one instance is in every instance’s cached story at once (the signal file, not the TTL)', async () => {
  const base = (i: number) => instances[i].baseURL
  const { token } = await (await fetch(`${base(0)}/api/users/login`, json(ADMIN))).json()
  const staff = { authorization: `JWT ${token}` }
  // Each instance serves the story from its cache. The previous test's writes reach every instance
  // through the signal file within about a second, so a first read may still be dropped: wait, with
  // a deadline, for a hit on each.
  for (let i = 0; i < 3; i++) {
    const deadline = Date.now() + 10_000
    let cache: null | string = null
    while (cache !== 'HIT' && Date.now() < deadline) {
      await fetch(`${base(i)}/api/articles/slug/${SLUG}`)
      cache = (await fetch(`${base(i)}/api/articles/slug/${SLUG}`)).headers.get('x-cache')
      if (cache !== 'HIT') {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    expect([i, cache]).toEqual([i, 'HIT'])
  }
  const { id } = await (await fetch(`${base(0)}/api/articles/slug/${SLUG}`)).json()
  const current = await (
    await fetch(`${base(0)}/api/articles/${id}?depth=0`, { headers: staff })
  ).json()
  const text = `Correction ${Date.now()}: the vigil was on Tuesday.`
  const saved = Date.now()
  const res = await fetch(`${base(1)}/api/articles/${id}`, {
    ...json(
      {
        _status: 'published',
        updateLog: [...(current.updateLog ?? []), { type: 'correction', text }],
      },
      staff,
    ),
    method: 'PATCH',
  })
  expect(res.status).toBe(200)
  const seenAfter = await Promise.all(
    [0, 1, 2].map(async (i) => {
      for (;;) {
        const story = await (await fetch(`${base(i)}/api/articles/slug/${SLUG}`)).json()
        if (JSON.stringify(story.updateLog ?? []).includes(text)) {
          return Date.now() - saved
        }
        if (Date.now() - saved > 60_000) {
          return Infinity
        }
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }),
  )
  console.log(
    `SQLite, a correction through instance 2 served by instances 1-3 after ${seenAfter.map((ms) => `${ms} ms`).join(', ')} (cache TTL 600 s)`,
  )
  // Only the shared invalidation can refresh a cached story before its ten-minute TTL; a minute is a hang check.
  expect(seenAfter.every(Number.isFinite)).toBe(true)
}, 120_000)
