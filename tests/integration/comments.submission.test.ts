import { spawn } from 'node:child_process'
import { once } from 'node:events'

import { projectRoot } from '../helpers/appProcess'
import { makeArticle, makeComment } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

const FLOOD_SECONDS = 2
let newsroom: TestNewsroom
let article: any
let other: any
let clients = 0
const newClient = () => ({ 'x-forwarded-for': `198.51.100.${++clients}` })
let emails = 0
const newEmail = () => `reader${++emails}@example.com`

beforeAll(async () => {
  newsroom = await startNewsroom({
    newsroom: {
      submissions: { floodSeconds: FLOOD_SECONDS },
      comments: {
        autoApproveReturning: true,
        blocklist: ['cheap pills'],
        maxLinks: 2,
        maxDepth: 3,
      },
    },
  })
  article = await makeArticle(newsroom.payload, { title: 'Commented story' })
  other = await makeArticle(newsroom.payload, { title: 'Other story' })
})
afterAll(async () => newsroom?.close())

const submit = (data: Record<string, unknown>, headers: Record<string, string> = newClient()) =>
  newsroom.api(
    'anonymous',
    'POST',
    '/api/comments',
    {
      article: article.id,
      authorName: 'Reader',
      authorEmail: newEmail(),
      body: 'A thoughtful comment.',
      ...data,
    },
    headers,
  )
const stored = (id: number | string) =>
  newsroom.payload.findByID({ collection: 'comments', id, overrideAccess: true, depth: 0 })
const anHourAgo = () => new Date(Date.now() - 3_600_000).toISOString()
const fieldErrors = (res: any) => res.body?.errors?.[0]?.data?.errors ?? []

describe('a reader’s comment', () => {
  it('is stored as pending and the answer says it awaits moderation', async () => {
    const res = await submit({})
    expect(res.status).toBe(201)
    expect(res.body.message).toMatch(/awaits moderation/)
    expect(res.body.doc).toMatchObject({
      status: 'pending',
      authorName: 'Reader',
      body: 'A thoughtful comment.',
    })
    expect(res.body.doc).not.toHaveProperty('authorEmail')
    expect((await stored(res.body.doc.id)).status).toBe('pending')
  })

  it('checks its story without reading the whole of it', async () => {
    // What a comment post reads of its story: whether it is there and published for the reader (a
    // count) and its `commentsOpen` (one column), never the whole story, as Payload's own check of
    // the relationship's filterOptions did (its body and every log's rows, for a yes).
    const { db } = newsroom.payload
    const touched: string[] = []
    const methods = ['find', 'findOne', 'count'] as const
    const originals = methods.map((method) => [method, (db as any)[method]] as const)
    for (const [method, original] of originals) {
      ;(db as any)[method] = (
        ...args: [{ collection?: string; select?: object }, ...unknown[]]
      ) => {
        touched.push(`${method}:${args[0]?.collection}:${Object.keys(args[0]?.select ?? {})}`)
        return original.apply(db, args)
      }
    }
    let res
    try {
      res = await submit({})
    } finally {
      for (const [method, original] of originals) {
        ;(db as any)[method] = original
      }
    }
    expect(res.status).toBe(201)
    expect(res.body.doc.article).toBe(article.id)
    expect(touched.filter((call) => /^find(One)?:articles:$/.test(call))).toEqual([])
  })

  it('ignores every server-owned field it sends', async () => {
    const forged = {
      status: 'approved',
      pinned: true,
      reportCount: -5,
      ipHash: 'forged-hash',
      excerpt: 'forged excerpt',
      createdAt: '2001-01-01T00:00:00.000Z',
      updatedAt: '2001-01-01T00:00:00.000Z',
      id: 424242,
    }
    const res = await submit(forged)
    expect(res.status).toBe(201)
    const doc = await stored(res.body.doc.id)
    expect(doc).toMatchObject({
      status: 'pending',
      pinned: false,
      reportCount: 0,
      excerpt: 'A thoughtful comment.',
    })
    expect(doc.id).not.toBe(424242)
    expect(doc.ipHash).not.toBe('forged-hash')
    expect(doc.createdAt.startsWith('2001')).toBe(false)
    expect(doc.updatedAt.startsWith('2001')).toBe(false)
  })

  it('applies the same rules when created through GraphQL', async () => {
    const res = await newsroom.graphql(
      'anonymous',
      `mutation { createComment(data: { article: ${article.id}, authorName: "G", authorEmail: "${newEmail()}", body: "Via GraphQL", status: approved, pinned: true }) { id } }`,
    )
    const id = res.body.data?.createComment?.id
    expect(id).toBeDefined()
    expect(await stored(id)).toMatchObject({ status: 'pending', pinned: false })
  })

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(document.cookie)">',
    '"><svg/onload=alert(1)>',
    'javascript:alert(1)',
    '{{constructor.constructor("alert(1)")()}}',
  ])('keeps %s as the plain string typed, inert', async (payload) => {
    const res = await submit({ body: payload, authorName: payload.slice(0, 60) })
    expect(res.status).toBe(201)
    const approved = await newsroom.api('moderator', 'PATCH', `/api/comments/${res.body.doc.id}`, {
      status: 'approved',
    })
    expect(approved.status).toBe(200)
    const read = await newsroom.api('anonymous', 'GET', `/api/comments/${res.body.doc.id}`)
    expect(read.headers.get('content-type')).toMatch(/application\/json/)
    expect(read.body.body).toBe(payload)
    expect(read.body.authorName).toBe(payload.slice(0, 60).trim())
  })

  it('is refused with a clear 400 for an empty body, a long name or a bad email', async () => {
    expect(fieldErrors(await submit({ body: '  \n ' })).map((e: any) => e.path)).toEqual(['body'])
    expect(fieldErrors(await submit({ body: 'x'.repeat(5001) }))[0].message).toMatch(/at most 5000/)
    expect(fieldErrors(await submit({ authorName: 'n'.repeat(81) }))[0]).toMatchObject({
      path: 'authorName',
      message: expect.stringMatching(/80/),
    })
    expect(fieldErrors(await submit({ authorName: '   ' }))[0].path).toBe('authorName')
    expect(fieldErrors(await submit({ authorEmail: 'not an email' }))[0].path).toBe('authorEmail')
    expect((await submit({ body: 'y'.repeat(5000) })).status).toBe(201)
  })

  it('is refused on a draft or unknown article (400) and on a closed one (403)', async () => {
    const draft = await makeArticle(newsroom.payload, { title: 'Draft', _status: 'draft' })
    expect(fieldErrors(await submit({ article: draft.id })).map((e: any) => e.path)).toContain(
      'article',
    )
    expect(fieldErrors(await submit({ article: 999999 })).map((e: any) => e.path)).toContain(
      'article',
    )
    const closed = await makeArticle(newsroom.payload, {
      title: 'Closed thread',
      commentsOpen: false,
    })
    const res = await submit({ article: closed.id })
    expect(res.status).toBe(403)
  })

  it('as a reply must answer an approved comment of the same article, at most three levels deep', async () => {
    const root = await makeComment(newsroom.payload, article.id)
    const onOther = await makeComment(newsroom.payload, other.id)
    const pending = await makeComment(newsroom.payload, article.id, { status: 'pending' })

    const crossThread = await submit({ parent: onOther.id })
    expect(crossThread.status).toBe(400)
    expect(fieldErrors(crossThread).map((e: any) => e.path)).toContain('parent')
    expect(fieldErrors(await submit({ parent: pending.id })).map((e: any) => e.path)).toContain(
      'parent',
    )

    const level2 = await makeComment(newsroom.payload, article.id, { parent: root.id })
    const level3 = await submit({ parent: level2.id })
    expect(level3.status).toBe(201)
    await newsroom.api('moderator', 'PATCH', `/api/comments/${level3.body.doc.id}`, {
      status: 'approved',
    })
    const level4 = await submit({ parent: level3.body.doc.id })
    expect(level4.status).toBe(400)
    expect(fieldErrors(level4)[0]).toMatchObject({
      path: 'parent',
      message: expect.stringMatching(/at most 3 levels/),
    })
  })
})

describe('input errors, in words, before anything else', () => {
  it('names `article` when it is given as a slug (the story’s id is what it takes), and a story that is not there', async () => {
    const bySlug = await submit({ article: article.slug })
    expect(bySlug.status).toBe(400)
    expect(fieldErrors(bySlug)).toEqual([
      expect.objectContaining({
        path: 'article',
        message: expect.stringMatching(/id of the story .*not a slug/),
      }),
    ])
    expect(fieldErrors(await submit({ article: 999999 }))).toEqual([
      expect.objectContaining({ path: 'article', message: 'No published story has this id.' }),
    ])
  })

  it('says why a reply to a comment awaiting moderation is refused', async () => {
    const pending = await makeComment(newsroom.payload, article.id, { status: 'pending' })
    const res = await submit({ parent: pending.id })
    expect(res.status).toBe(400)
    expect(fieldErrors(res)).toEqual([
      expect.objectContaining({
        path: 'parent',
        message: expect.stringMatching(
          /not published on this story: it may still await moderation/,
        ),
      }),
    ])
    expect(JSON.stringify(res.body)).not.toMatch(/invalid selections/)
    expect(fieldErrors(await submit({ parent: 'a-comment' }))).toEqual([
      expect.objectContaining({
        path: 'parent',
        message: expect.stringMatching(/id of the comment you reply to/),
      }),
    ])
  })

  it('answers a bad field with its 400 even when sent too soon after another post; the flood rule still holds for a valid one, and nothing refused is stored', async () => {
    const client = newClient()
    const email = newEmail()
    expect((await submit({ authorEmail: email }, client)).status).toBe(201)
    const badEmail = await submit(
      { authorEmail: 'not an email', body: 'Too soon, and a bad email' },
      client,
    )
    expect(badEmail.status).toBe(400)
    expect(fieldErrors(badEmail)[0].path).toBe('authorEmail')
    const tooSoon = await submit({ authorEmail: email, body: 'Too soon, and valid' }, client)
    expect(tooSoon.status).toBe(429)
    expect(Number(tooSoon.headers.get('retry-after'))).toBeGreaterThan(0)
    const refused = await newsroom.payload.count({
      collection: 'comments',
      where: { body: { like: 'Too soon' } },
      overrideAccess: true,
    })
    expect(refused.totalDocs).toBe(0)
  })
})

describe('screening', () => {
  it('holds a comment with more than two links for moderation, even from a returning commenter', async () => {
    const email = newEmail()
    await makeComment(newsroom.payload, article.id, {
      authorEmail: email,
      status: 'approved',
      createdAt: anHourAgo(),
    })
    const links = await submit({
      authorEmail: email,
      body: 'See https://a.com/x, https://b.org and www.c.net',
    })
    expect((await stored(links.body.doc.id)).status).toBe('pending')
    const twoLinks = await submit(
      { authorEmail: email, body: 'See https://a.com and https://b.org' },
      newClient(),
    )
    expect(twoLinks.status).toBe(429) // same email, within the window
  })

  it('auto-approves a returning commenter (this newsroom turned the option on)', async () => {
    const email = newEmail()
    await makeComment(newsroom.payload, article.id, {
      authorEmail: email,
      status: 'approved',
      createdAt: anHourAgo(),
    })
    const res = await submit({ authorEmail: email.toUpperCase() })
    expect(res.body.message).toMatch(/published/)
    expect((await stored(res.body.doc.id)).status).toBe('approved')
  })

  it('marks blocklisted text and a filled honeypot as spam without telling the sender', async () => {
    const blocked = await submit({ body: 'Buy CHEAP PILLS here' })
    expect(blocked.status).toBe(201)
    expect(blocked.body.doc.status).toBe('pending')
    expect((await stored(blocked.body.doc.id)).status).toBe('spam')

    const bot = await submit({ website: 'http://spam.example' })
    expect(bot.body.message).toMatch(/awaits moderation/)
    expect((await stored(bot.body.doc.id)).status).toBe('spam')
  })
})

describe('flood control', () => {
  it('answers 429 with Retry-After to a second comment from the same client, then accepts it after the window', async () => {
    const client = newClient()
    expect((await submit({}, client)).status).toBe(201)
    const flood = await submit({}, client)
    expect(flood.status).toBe(429)
    const retryAfter = Number(flood.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(FLOOD_SECONDS)
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100))
    expect((await submit({}, client)).status).toBe(201)
  })

  it('holds across app instances sharing the database: another process on the same file refuses the flood', async () => {
    if (!newsroom.databaseUri.startsWith('file:')) {
      return
    }
    const second = spawn(
      process.execPath,
      [
        '--conditions=development',
        '--import',
        'tsx',
        'tests/helpers/instanceProcess.ts',
        newsroom.databaseUri,
        String(FLOOD_SECONDS),
      ],
      {
        cwd: projectRoot,
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    try {
      let output = ''
      while (!/READY (\S+)/.test(output)) {
        output += String(((await once(second.stdout, 'data')) as [Buffer])[0])
      }
      const otherInstance = /READY (\S+)/.exec(output)![1]
      const client = newClient()
      expect((await submit({}, client)).status).toBe(201)
      const elsewhere = await fetch(`${otherInstance}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...client },
        body: JSON.stringify({
          article: article.id,
          authorName: 'R',
          authorEmail: newEmail(),
          body: 'Hi from the same reader',
        }),
      })
      expect(elsewhere.status).toBe(429)
      expect(elsewhere.headers.get('retry-after')).toBeTruthy()
    } finally {
      second.kill('SIGTERM')
      await once(second, 'exit')
    }
  }, 60_000)
})
