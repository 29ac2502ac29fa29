import { createClient } from '@libsql/client'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { quoteRefsIn } from '../../src/plugin/richText/lexical'
import { type AppProcess, startApp } from '../helpers/appProcess'
import { bodyQuoting, lexicalParagraphs } from '../helpers/fixtures'

/**
 * Crashes: the real app (production build) is killed with SIGKILL in the middle of its first-start
 * seed and in the middle of bursts of writes, then restarted on the same SQLite file. Every time the
 * database must open clean, the seed must complete, every write the client was told succeeded must
 * be there, and nothing may be half-written: no article without its version, no row pointing at a
 * missing parent, no quote pointing at a missing article or source, no body citing a missing quote.
 */
const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
const ADMIN = { email: 'admin@faults.test', password: 'faults admin password' }
const ENV = {
  // Production seeds on start only when asked.
  SEED_ON_START: 'true',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  EDITOR_PASSWORD: 'faults editor password',
  MODERATOR_PASSWORD: 'faults moderator password',
  // Readers are told apart by X-Forwarded-For, so a burst of comments is not one reader's flood.
  TRUST_PROXY: 'loopback',
}
const SEED_STAGES = [
  /Seeding “/,
  /accounts: \d+ created/,
  /sources: \d+ created/,
  /quotes: \d+ created/,
  /authors: \d+ created/,
  /article: created/,
]
const BURSTS = 3
const WRITERS = 6

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-faults-'))
const databaseFile = path.join(dataDir, 'app.db')
let app: AppProcess | undefined
let faults = 0
let acknowledged = 0
let documentsChecked = 0
let midSeedKills = 0

afterAll(async () => {
  console.log(
    `faults: ${faults} SIGKILLs injected (${midSeedKills} inside the seed's transaction), ${acknowledged} acknowledged writes verified, ${documentsChecked} documents checked`,
  )
  await app?.stop()
})

type Counts = { users: number; sources: number; quotes: number; articles: number; versions: number }

/** Opens the file as a fresh process would after a crash and checks it at the SQLite level. */
const inspectDatabase = async (): Promise<Counts> => {
  const db = createClient({ url: `file:${databaseFile}` })
  try {
    expect((await db.execute('PRAGMA integrity_check')).rows.map((row) => row[0])).toEqual(['ok'])
    // Rows whose parent never committed (a half-written article's arrays, texts, relationships).
    expect((await db.execute('PRAGMA foreign_key_check')).rows).toEqual([])
    const tables = new Set(
      (await db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((row) =>
        String(row.name),
      ),
    )
    if (!tables.has('articles')) {
      return { users: 0, sources: 0, quotes: 0, articles: 0, versions: 0 }
    }
    const count = async (sql: string) => Number((await db.execute(sql)).rows[0][0])
    // An article without its latest version, or a version without its article, is half-written.
    expect(
      await count(
        'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM _articles_v v WHERE v.parent_id = a.id AND v.latest = 1)',
      ),
    ).toBe(0)
    expect(
      await count(
        'SELECT count(*) FROM _articles_v v WHERE v.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = v.parent_id)',
      ),
    ).toBe(0)
    // Orphaned quotes: pointing at an article or a speaker that is not there.
    expect(
      await count(
        'SELECT count(*) FROM quotes q WHERE q.article_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = q.article_id)',
      ),
    ).toBe(0)
    expect(
      await count(
        'SELECT count(*) FROM quotes q WHERE q.speaker_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = q.speaker_id)',
      ),
    ).toBe(0)
    // Every quote block in every body (published and latest draft) cites a quote that exists.
    const quoteIds = new Set(
      (await db.execute('SELECT id FROM quotes')).rows.map((row) => Number(row.id)),
    )
    const bodies = [
      ...(await db.execute('SELECT body FROM articles')).rows,
      ...(await db.execute('SELECT version_body AS body FROM _articles_v WHERE latest = 1')).rows,
    ]
    for (const { body } of bodies) {
      for (const ref of quoteRefsIn(body ? JSON.parse(String(body)) : null)) {
        expect(quoteIds).toContain(Number(ref))
      }
    }
    return {
      users: await count('SELECT count(*) FROM users'),
      sources: await count('SELECT count(*) FROM sources'),
      quotes: await count('SELECT count(*) FROM quotes'),
      articles: await count('SELECT count(*) FROM articles'),
      versions: await count('SELECT count(*) FROM _articles_v'),
    }
  } finally {
    db.close()
  }
}

const json = (body: unknown, token?: string) => ({
  headers: {
    'content-type': 'application/json',
    ...(token ? { authorization: `JWT ${token}` } : {}),
  },
  body: JSON.stringify(body),
})

const logIn = async (baseURL: string) => {
  const res = await fetch(`${baseURL}/api/users/login`, { method: 'POST', ...json(ADMIN) })
  expect(res.status).toBe(200)
  return (await res.json()).token as string
}

/** What the client was told was stored, to look for after the crash. */
type Ack = { collection: string; id: number; check: Record<string, unknown> }

/**
 * One editor's loop, as the admin's REST calls would make it: a source, a draft article, a quote by
 * that source for it, the article published citing the quote, and a reader's comment on the story.
 */
const writeLoop = async (
  baseURL: string,
  token: string,
  storyId: number,
  writer: number,
  acks: Ack[],
  running: () => boolean,
) => {
  const post = async (url: string, body: unknown, auth = true) => {
    const res = await fetch(`${baseURL}${url}`, {
      method: 'POST',
      ...json(body, auth ? token : undefined),
    })
    if (res.status >= 500) {
      throw new Error(`POST ${url} → ${res.status}: ${await res.text()}`)
    }
    return { status: res.status, doc: (await res.json()).doc }
  }
  for (let round = 0; running(); round++) {
    const tag = `${writer}-${round}-${Date.now()}`
    const source = await post('/api/sources', {
      description: `Witness ${tag}`,
      kind: 'person',
      name: `Witness ${tag}`,
    })
    expect(source.status).toBe(201)
    acks.push({
      collection: 'sources',
      id: source.doc.id,
      check: { description: `Witness ${tag}` },
    })
    const article = await post('/api/articles', {
      title: `Crash test ${tag}`,
      body: lexicalParagraphs(`Draft ${tag}.`),
      _status: 'draft',
    })
    expect(article.status).toBe(201)
    acks.push({ collection: 'articles', id: article.doc.id, check: { title: `Crash test ${tag}` } })
    const quote = await post('/api/quotes', {
      text: `Words ${tag}`,
      kind: 'verbatim',
      speaker: source.doc.id,
      article: article.doc.id,
    })
    expect(quote.status).toBe(201)
    acks.push({ collection: 'quotes', id: quote.doc.id, check: { text: `Words ${tag}` } })
    const published = await fetch(`${baseURL}/api/articles/${article.doc.id}`, {
      method: 'PATCH',
      ...json(
        { body: bodyQuoting(quote.doc.id, `Published ${tag}: “`), _status: 'published' },
        token,
      ),
    })
    expect(published.status).toBe(200)
    acks.push({ collection: 'articles', id: article.doc.id, check: { _status: 'published' } })
    const comment = await fetch(`${baseURL}/api/comments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.9.${writer}.${round % 250}`,
      },
      body: JSON.stringify({
        article: storyId,
        authorName: `Reader ${tag}`,
        authorEmail: `reader${writer}@example.com`,
        body: `Comment ${tag}`,
      }),
    })
    if (comment.status >= 500) {
      throw new Error(`POST /api/comments → ${comment.status}`)
    }
    if (comment.status === 201) {
      acks.push({
        collection: 'comments',
        id: (await comment.json()).doc.id,
        check: { body: `Comment ${tag}` },
      })
    }
  }
}

/**
 * A GET, tried once more if the connection was closed under it (an idle keep-alive socket the
 * server closed as the request went out); a server that is down still fails, on the second try.
 */
const fetchOnce = async (url: string, init?: RequestInit) => {
  try {
    return await fetch(url, init)
  } catch (error) {
    if (!/other side closed|ECONNRESET|socket/i.test(String((error as Error).cause ?? error))) {
      throw error
    }
    return fetch(url, init)
  }
}

/** After a restart: every acknowledged write is there as acknowledged, and every document reads. */
const verifyThroughRest = async (baseURL: string, acks: Ack[]) => {
  const token = await logIn(baseURL)
  const auth = { authorization: `JWT ${token}` }
  // The last acknowledgement of a document is the state it must be in.
  const expected = new Map<string, Ack>()
  for (const ack of acks) {
    const key = `${ack.collection}/${ack.id}`
    expected.set(key, { ...ack, check: { ...expected.get(key)?.check, ...ack.check } })
  }
  for (const { collection, id, check } of expected.values()) {
    const res = await fetchOnce(
      `${baseURL}/api/${collection}/${id}?depth=0${collection === 'articles' ? '&draft=true' : ''}`,
      { headers: auth },
    )
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject(check)
  }
  acknowledged += expected.size
  for (const collection of ['articles', 'sources', 'quotes', 'comments']) {
    for (let page = 1; ; page++) {
      const res = await fetchOnce(
        `${baseURL}/api/${collection}?depth=1&limit=100&page=${page}${collection === 'articles' ? '&draft=true' : ''}`,
        { headers: auth },
      )
      expect(res.status).toBe(200)
      const { docs, hasNextPage } = await res.json()
      for (const doc of docs) {
        documentsChecked++
        if (collection === 'articles' && doc._status === 'published') {
          expect((await fetchOnce(`${baseURL}/api/articles/slug/${doc.slug}`)).status).toBe(200)
        }
        if (collection === 'quotes' && doc.article != null) {
          expect(doc.article).toMatchObject({ id: expect.any(Number) })
        }
      }
      if (!hasNextPage) {
        break
      }
    }
  }
}

it('survives SIGKILL at every stage of the first-start seed, then seeds the whole story once', async () => {
  for (const stage of SEED_STAGES) {
    app = await startApp({ script: 'start', env: ENV, dataDir, until: stage, timeoutMs: 60_000 })
    await app.kill()
    faults++
    // The seed is one transaction: a crash leaves none of it (the first admin is created before it),
    // or, if the kill lands after the commit, all of it.
    const counts = await inspectDatabase()
    if (counts.articles === 0) {
      midSeedKills++
    }
    if (counts.articles === 0) {
      expect(counts).toMatchObject({
        users: expect.any(Number),
        sources: 0,
        quotes: 0,
        versions: 0,
      })
    } else {
      expect(counts).toMatchObject({ users: 3, sources: 7, quotes: 7, articles: 1 })
    }
    expect(counts.users === 3 || counts.users <= 1).toBe(true)
  }

  // Progress is printed as it happens, so all but perhaps the last kill land inside the transaction.
  expect(midSeedKills).toBeGreaterThanOrEqual(SEED_STAGES.length - 1)

  app = await startApp({ script: 'start', env: ENV, dataDir })
  const story = await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)
  expect(story.status).toBe(200)
  expect((await story.json()).quotes).toHaveLength(7)
  expect(await inspectDatabase()).toMatchObject({ users: 3, sources: 7, quotes: 7, articles: 1 })
  await app.stop({ keepData: true })

  // A restart on a seeded database adds nothing.
  app = await startApp({ script: 'start', env: ENV, dataDir })
  expect(await inspectDatabase()).toMatchObject({ users: 3, sources: 7, quotes: 7, articles: 1 })
}, 600_000)

it(`survives SIGKILL in the middle of ${BURSTS} bursts of writes: every acknowledged write is there, nothing half-written`, async () => {
  const acks: Ack[] = []
  for (let burst = 0; burst < BURSTS; burst++) {
    app ??= await startApp({ script: 'start', env: ENV, dataDir })
    const storyId = (await (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()).id
    const token = await logIn(app.baseURL)
    await verifyThroughRest(app.baseURL, acks)

    let running = true
    let failure: Error | undefined
    const before = acks.length
    const writers = Array.from({ length: WRITERS }, (_, writer) =>
      writeLoop(app!.baseURL, token, storyId, writer, acks, () => running).catch((error: Error) => {
        // Requests cut off by the kill fail; anything before it is a real failure.
        if (running) {
          failure ??= error
        }
      }),
    )
    // Kill once a varying number of writes has been acknowledged, with every writer mid-request.
    const killAfter = 20 + burst * 15
    while (!failure && acks.length - before < killAfter) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    if (failure) {
      throw failure
    }
    running = false
    await app.kill()
    faults++
    await Promise.all(writers)

    await inspectDatabase()
    app = await startApp({ script: 'start', env: ENV, dataDir })
    await verifyThroughRest(app.baseURL, acks)
    await inspectDatabase()
  }
  expect(acknowledged).toBeGreaterThan(BURSTS * 20)
}, 900_000)
