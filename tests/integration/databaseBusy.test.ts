import { createClient } from '@libsql/client'

import { makeArticle } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

/**
 * Writers on one SQLite file take turns: another process holding the write lock makes a request
 * wait (without stalling the server), and one that cannot get the lock in time is told 503 with
 * Retry-After and changes nothing. Never a 500.
 */
let newsroom: TestNewsroom
let articleId: number | string
let clients = 0
const comment = () =>
  newsroom.api('anonymous', 'POST', '/api/comments', { article: articleId, authorName: 'Reader', authorEmail: `busy${++clients}@example.com`, body: 'Waiting my turn.' }, { 'x-forwarded-for': `198.51.100.${clients}` })

beforeAll(async () => {
  newsroom = await startNewsroom({ newsroom: { submissions: { floodSeconds: 0 } } })
  articleId = (await makeArticle(newsroom.payload, { title: 'A busy story' })).id
})
afterAll(async () => newsroom?.close())

/** Another process's write transaction on the same file, held for `ms`. */
const holdWriteLock = async (ms: number) => {
  const other = createClient({ url: newsroom.databaseUri })
  const transaction = await other.transaction('write')
  await transaction.execute("UPDATE payload_migrations SET updated_at = updated_at WHERE name = 'dev'")
  const released = new Promise<void>((resolve) =>
    setTimeout(async () => {
      await transaction.commit()
      other.close()
      resolve()
    }, ms),
  )
  return released
}

it('waits for another writer to finish, and keeps answering readers meanwhile', async () => {
  const released = holdWriteLock(1_500)
  const started = Date.now()
  const writing = comment()
  let written = false
  void writing.then(() => (written = true))
  // The server is not blocked while the write waits: a read is answered while the write still waits.
  const meanwhile = await newsroom.api('anonymous', 'GET', '/api/articles?limit=1')
  expect(meanwhile.status).toBe(200)
  expect(written).toBe(false)
  const res = await writing
  expect(res.status).toBe(201)
  expect(Date.now() - started).toBeGreaterThanOrEqual(1_400)
  await released

  // A BEGIN that found the file locked leaves no stale snapshot behind: later writes by another
  // process are read, and later writes here get the lock.
  const other = createClient({ url: newsroom.databaseUri })
  await other.execute({ sql: 'UPDATE articles SET title = ? WHERE id = ?', args: ['Changed by another process', articleId] })
  other.close()
  const read = await newsroom.api('editor', 'GET', `/api/articles/${articleId}?depth=0&draft=false`)
  expect(read.body.title).toBe('Changed by another process')
  expect((await comment()).status).toBe(201)
})

it('answers 503 with Retry-After when the lock does not come within the timeout, and stores nothing', async () => {
  const before = await newsroom.payload.count({ collection: 'comments', overrideAccess: true })
  const released = holdWriteLock(7_000)
  const res = await comment()
  expect(res.status).toBe(503)
  expect(res.headers.get('retry-after')).toBe('1')
  expect(res.body.errors[0].message).toMatch(/busy.*nothing was changed/i)
  await released
  expect((await newsroom.payload.count({ collection: 'comments', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
}, 20_000)

it('lets simultaneous writes in one process take turns: none fails', async () => {
  const results = await Promise.all(Array.from({ length: 20 }, () => comment()))
  expect(results.map((res) => res.status)).toEqual(Array(20).fill(201))
})
