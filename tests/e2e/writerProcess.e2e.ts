import { type AppProcess, loginEnv, startApp, testLogins } from '../helpers/appProcess'

/**
 * `WRITER_PROCESS=true`: the production server hands every writing request to a second app process,
 * so saves never hold up readers. What a client must not notice: its writes, logins and reads after
 * writes behave as with one process; flood control still sees each reader's own address; and a writer
 * that dies costs at most the requests it held, while the server serves writes itself until it is back.
 */
const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
const LOGINS = testLogins('writer.test')
let app: AppProcess

beforeAll(async () => {
  app = await startApp({
    script: 'start',
    env: { ...loginEnv(LOGINS), SEED_ON_START: 'true', WRITER_PROCESS: 'true', SERVER_URL: '' },
    until: /Writer process \(pid \d+\) ready/,
  })
}, 240_000)
afterAll(async () => app?.stop())

const writersReady = () =>
  [...app.output().matchAll(/Writer process \(pid (\d+)\) ready/g)].map((match) => Number(match[1]))
const writerPid = () => writersReady().at(-1) ?? 0
/** Retries `attempt` until it stops throwing (or the time is up, then throws its last error). */
const retrying = async (attempt: () => Promise<void>, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await attempt()
    } catch (error) {
      if (Date.now() > deadline) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}
const login = async () => {
  const res = await fetch(`${app.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(LOGINS.editor),
  })
  expect(res.status).toBe(200)
  expect(res.headers.get('set-cookie')).toMatch(/payload-token=/)
  // The server's own security headers are on the writer's answers too.
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  return { authorization: `JWT ${(await res.json()).token}`, 'content-type': 'application/json' }
}
const story = async () =>
  (await (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()) as {
    id: number
    dek: string
  }

it('a save through the writer is what the next reader gets, at once', async () => {
  expect(writerPid()).toBeGreaterThan(0)
  const headers = await login()
  const { id } = await story()
  await story() // cached now
  const dek = `Saved through the writer ${Date.now()}`
  const saved = await fetch(`${app.baseURL}/api/articles/${id}?depth=0`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ dek, _status: 'published' }),
  })
  expect(saved.status).toBe(200)
  expect((await story()).dek).toBe(dek)
})

it('bad input still gets a 4xx naming the field, from the writer', async () => {
  const res = await fetch(`${app.baseURL}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ article: (await story()).id }),
  })
  expect(res.status).toBe(400)
  expect(JSON.stringify(await res.json())).toMatch(/authorName/)
})

it('flood control sees each reader’s own address through the writer', async () => {
  const { id } = await story()
  const post = (address: string, n: number) =>
    fetch(`${app.baseURL}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({
        article: id,
        authorName: `Reader ${n}`,
        authorEmail: `reader${n}@example.com`,
        body: `Comment ${n} through the writer.`,
      }),
    })
  expect((await post('203.0.113.7', 1)).status).toBe(201)
  expect((await post('203.0.113.7', 2)).status).toBe(429)
  expect((await post('203.0.113.8', 3)).status).toBe(201)
})

it('a writer that dies is replaced, and writes are served meanwhile', async () => {
  const first = writerPid()
  const headers = await login()
  const { id } = await story()
  process.kill(first, 'SIGKILL')
  // A request the writer held when it died is answered 503 with Retry-After (nothing acknowledged); the retry goes through.
  const dek = `Saved while the writer restarts ${Date.now()}`
  await retrying(async () => {
    const saved = await fetch(`${app.baseURL}/api/articles/${id}?depth=0`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ dek, _status: 'published' }),
    })
    expect(saved.status).toBe(200)
  })
  expect((await story()).dek).toBe(dek)
  await retrying(async () => expect(writersReady()).toHaveLength(2), 60_000)
  expect(writerPid()).not.toBe(first)
})
