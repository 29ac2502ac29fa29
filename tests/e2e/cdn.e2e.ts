import { type AppProcess, freePort, startApp } from '../helpers/appProcess'
import { lexicalParagraphs } from '../helpers/fixtures'
import { startVarnish, type Varnish } from '../helpers/varnish'

/**
 * Behind a real HTTP cache (Debian's Varnish, as a CDN would be): every cached answer names what it
 * is built from (`Surrogate-Key`), and a write purges exactly that. A correction published through
 * the API (as the admin does) reaches readers going through the cache at once, while an unrelated
 * story stays cached; the hit rate over a burst of reads with corrections in between is measured.
 */
const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
const ADMIN = { email: 'admin@cdn.test', password: 'cdn admin password' }
let app: AppProcess
let varnish: Varnish
let staff: Record<string, string>
let other: { id: number; slug: string }

const json = (body: unknown, headers: Record<string, string> = {}, method = 'POST') => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
})
const viaCdn = (pathname: string) => fetch(`${varnish.baseURL}${pathname}`)

beforeAll(async () => {
  const cdnPort = await freePort()
  app = await startApp({
    script: 'start',
    env: {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_ON_START: 'true',
      CDN_PURGE_URLS: `http://127.0.0.1:${cdnPort}/`,
    },
  })
  varnish = await startVarnish(Number(new URL(app.baseURL).port), cdnPort)
  staff = {
    authorization: `JWT ${(await (await fetch(`${app.baseURL}/api/users/login`, json(ADMIN))).json()).token}`,
  }
  const created = await (
    await fetch(
      `${app.baseURL}/api/articles`,
      json(
        {
          title: 'Council approves the new library',
          body: lexicalParagraphs('The vote was unanimous.'),
          _status: 'published',
        },
        staff,
      ),
    )
  ).json()
  other = created.doc
}, 300_000)

afterAll(async () => {
  await varnish?.stop()
  await app?.stop()
})

const correct = async (text: string) => {
  const { id } = await (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()
  const current = await (
    await fetch(`${app.baseURL}/api/articles/${id}?depth=0`, { headers: staff })
  ).json()
  const res = await fetch(
    `${app.baseURL}/api/articles/${id}`,
    json(
      {
        _status: 'published',
        updateLog: [...(current.updateLog ?? []), { type: 'correction', text }],
      },
      staff,
      'PATCH',
    ),
  )
  expect(res.status).toBe(200)
}

it('names what each cached answer is built from: the story, the lists, the newsroom', async () => {
  const story = await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)
  expect(story.headers.get('surrogate-key')).toBe(`story:${SLUG}`)
  expect(story.headers.get('cache-tag')).toBe(`story:${SLUG}`)
  expect((await fetch(`${app.baseURL}/stories/${SLUG}`)).headers.get('surrogate-key')).toBe(
    `story:${SLUG}`,
  )
  expect(
    (await fetch(`${app.baseURL}/stories/${SLUG}/feed.xml`)).headers.get('surrogate-key'),
  ).toBe(`story:${SLUG}`)
  expect((await fetch(`${app.baseURL}/feed.xml`)).headers.get('surrogate-key')).toBe('stories')
  expect((await fetch(`${app.baseURL}/policies/corrections`)).headers.get('surrogate-key')).toBe(
    'newsroom',
  )
})

it('a correction reaches readers through the cache at once (the story, its page, its feed); the unrelated story stays cached', async () => {
  const paths = [
    `/api/articles/slug/${SLUG}`,
    `/stories/${SLUG}`,
    `/stories/${SLUG}/feed.xml`,
    `/api/articles/slug/${other.slug}`,
    `/stories/${other.slug}`,
    `/stories/${other.slug}/feed.xml`,
  ]
  // Warm: the first reads fill the cache (a page's first rendering may pass through uncached).
  for (let round = 0; round < 3; round++) {
    for (const path of paths) {
      await (await viaCdn(path)).arrayBuffer()
    }
  }
  for (const path of paths) {
    expect((await viaCdn(path)).headers.get('x-cdn')).toBe('HIT')
  }

  const text = `Correction ${Date.now()}: the vigil was on Tuesday.`
  const saved = Date.now()
  await correct(text)
  const seen = async (path: string) => {
    for (;;) {
      const body = await (await viaCdn(path)).text()
      if (body.includes(text)) {
        return Date.now() - saved
      }
      if (Date.now() - saved > 60_000) {
        return Infinity
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  const [jsonAfter, pageAfter, feedAfter] = await Promise.all([
    seen(paths[0]),
    seen(paths[1]),
    seen(paths[2]),
  ])
  console.log(
    `CDN: a correction reached readers through Varnish after ${jsonAfter} ms (JSON), ${pageAfter} ms (page) and ${feedAfter} ms (the story's feed); s-maxage keeps them for minutes otherwise`,
  )
  expect([jsonAfter, pageAfter, feedAfter].every(Number.isFinite)).toBe(true)
  // The other story was not purged.
  for (const path of paths.slice(3)) {
    expect((await viaCdn(path)).headers.get('x-cdn')).toBe('HIT')
  }
}, 120_000)

it('keeps a high hit rate while corrections land: only the corrected story is fetched again', async () => {
  const paths = [
    `/api/articles/slug/${SLUG}`,
    `/api/articles/slug/${other.slug}`,
    `/stories/${other.slug}`,
    '/policies/corrections',
  ]
  for (const path of paths) {
    for (let i = 0; i < 2; i++) {
      await (await viaCdn(path)).arrayBuffer()
    }
  }
  const counts = new Map<string, { hit: number; miss: number }>(
    paths.map((path) => [path, { hit: 0, miss: 0 }]),
  )
  for (let round = 0; round < 50; round++) {
    if (round % 10 === 5) {
      await correct(`Correction ${round} at ${Date.now()}.`)
    }
    for (const path of paths) {
      const res = await viaCdn(path)
      await res.arrayBuffer()
      counts.get(path)![res.headers.get('x-cdn') === 'HIT' ? 'hit' : 'miss']++
    }
  }
  const total = [...counts.values()].reduce(
    (sum, { hit, miss }) => ({ hit: sum.hit + hit, miss: sum.miss + miss }),
    { hit: 0, miss: 0 },
  )
  console.log(
    `CDN hit rate over 200 reads with 5 corrections: ${((100 * total.hit) / (total.hit + total.miss)).toFixed(1)}% (${[...counts].map(([path, { hit, miss }]) => `${path} ${hit}/${hit + miss}`).join(', ')})`,
  )
  // Unrelated answers were never purged; the corrected story missed once per correction (and its build).
  for (const path of paths.slice(1)) {
    expect(counts.get(path)!.miss).toBe(0)
  }
  expect(counts.get(paths[0])!.miss).toBeLessThanOrEqual(10)
}, 120_000)
