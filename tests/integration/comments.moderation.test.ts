import fc from 'fast-check'

import { makeArticle, makeComment } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom
let clients = 0
const newClient = () => ({
  'x-forwarded-for': `192.0.2.${(++clients % 250) + 1}`,
  'x-test-client': String(clients),
})

beforeAll(async () => {
  // A zero-second window: these tests are about reading and moderation, flood control has its own.
  newsroom = await startNewsroom({
    newsroom: {
      submissions: { floodSeconds: 0 },
      comments: { reportThreshold: 3, maxPageSize: 5 },
    },
  })
})
afterAll(async () => newsroom?.close())

const publicComments = async (articleId: number | string, query = '') =>
  (
    await newsroom.api(
      'anonymous',
      'GET',
      `/api/comments?where[article][equals]=${articleId}&limit=100${query}`,
    )
  ).body
const commentCount = async (articleId: number | string) =>
  (await newsroom.api('anonymous', 'GET', `/api/articles/${articleId}`)).body.commentCount

describe('moderating after the thread has moved on', () => {
  it('a reply to a comment later marked spam, or a comment on an article later unpublished, can still be moderated', async () => {
    const article = await makeArticle(newsroom.payload)
    const parent = await makeComment(newsroom.payload, article.id, { body: 'soon spam' })
    const reply = await makeComment(newsroom.payload, article.id, {
      body: 'a reply',
      parent: parent.id,
      status: 'pending',
    })
    expect(
      (await newsroom.api('moderator', 'PATCH', `/api/comments/${parent.id}`, { status: 'spam' }))
        .status,
    ).toBe(200)
    expect(
      (
        await newsroom.api('moderator', 'PATCH', `/api/comments/${reply.id}`, {
          status: 'approved',
        })
      ).status,
    ).toBe(200)
    await newsroom.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' } as never,
      overrideAccess: true,
    })
    expect(
      (
        await newsroom.api('moderator', 'PATCH', `/api/comments/${reply.id}`, {
          status: 'rejected',
        })
      ).status,
    ).toBe(200)
  })

  it('never moves a comment to another article or under another parent', async () => {
    const article = await makeArticle(newsroom.payload)
    const other = await makeArticle(newsroom.payload)
    const comment = await makeComment(newsroom.payload, article.id, { body: 'stays put' })
    await newsroom.api('admin', 'PATCH', `/api/comments/${comment.id}`, {
      article: other.id,
      parent: comment.id,
    })
    const stored = await newsroom.payload.findByID({
      collection: 'comments',
      id: comment.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.article).toBe(article.id)
    expect(stored.parent ?? null).toBeNull()
  })
})

describe('reading comments', () => {
  it('gives readers approved comments only, pinned first then oldest first, without emails or IP hashes', async () => {
    const article = await makeArticle(newsroom.payload)
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()
    const oldest = await makeComment(newsroom.payload, article.id, {
      createdAt: at(30),
      body: 'oldest',
    })
    await makeComment(newsroom.payload, article.id, {
      createdAt: at(20),
      body: 'pending one',
      status: 'pending',
    })
    const newer = await makeComment(newsroom.payload, article.id, {
      createdAt: at(10),
      body: 'newer',
    })
    const pinned = await makeComment(newsroom.payload, article.id, {
      createdAt: at(1),
      body: 'editor’s note',
      pinned: true,
    })
    await makeComment(newsroom.payload, article.id, {
      createdAt: at(5),
      body: 'spam',
      status: 'spam',
    })

    const page = await publicComments(article.id)
    expect(page.docs.map((c: any) => c.id)).toEqual([pinned.id, oldest.id, newer.id])
    for (const comment of page.docs) {
      expect(comment).not.toHaveProperty('authorEmail')
      expect(comment).not.toHaveProperty('ipHash')
      expect(comment).not.toHaveProperty('reportCount')
    }
  })

  it('caps the page size for readers, limit=0 included, but not for moderators', async () => {
    const article = await makeArticle(newsroom.payload)
    for (let i = 0; i < 7; i++) {
      await makeComment(newsroom.payload, article.id)
    }
    for (const limit of ['1000', '0', '-1', 'abc']) {
      const res = await newsroom.api(
        'anonymous',
        'GET',
        `/api/comments?where[article][equals]=${article.id}&limit=${limit}`,
      )
      expect(res.status).toBe(200)
      expect(res.body.docs.length).toBeLessThanOrEqual(5)
      expect(res.body.totalDocs).toBe(7)
    }
    const all = await newsroom.api(
      'moderator',
      'GET',
      `/api/comments?where[article][equals]=${article.id}&limit=100`,
    )
    expect(all.body.docs).toHaveLength(7)
  })

  it('nests approved replies under their parent', async () => {
    const article = await makeArticle(newsroom.payload)
    const root = await makeComment(newsroom.payload, article.id, { body: 'root' })
    const reply = await makeComment(newsroom.payload, article.id, {
      body: 'reply',
      parent: root.id,
    })
    await makeComment(newsroom.payload, article.id, {
      body: 'hidden reply',
      parent: root.id,
      status: 'pending',
    })
    const top = await publicComments(article.id, '&where[parent][exists]=false')
    expect(top.docs.map((c: any) => c.id)).toEqual([root.id])
    expect(top.docs[0].replies.docs.map((c: any) => c.id)).toEqual([reply.id])
  })
})

describe('moderation', () => {
  it('approves, rejects and marks spam in bulk, and pins a note', async () => {
    const article = await makeArticle(newsroom.payload)
    const ids = []
    for (let i = 0; i < 3; i++) {
      ids.push((await makeComment(newsroom.payload, article.id, { status: 'pending' })).id)
    }
    const bulk = await newsroom.api(
      'moderator',
      'PATCH',
      `/api/comments?where[id][in]=${ids.join(',')}`,
      { status: 'approved' },
    )
    expect(bulk.status).toBe(200)
    expect(await commentCount(article.id)).toBe(3)
    await newsroom.api(
      'moderator',
      'PATCH',
      `/api/comments?where[id][in]=${ids.slice(0, 2).join(',')}`,
      { status: 'spam' },
    )
    expect(await commentCount(article.id)).toBe(1)
    const pin = await newsroom.api('moderator', 'PATCH', `/api/comments/${ids[2]}`, {
      pinned: true,
    })
    expect(pin.body.doc.pinned).toBe(true)
    expect(
      (await newsroom.api('editor', 'PATCH', `/api/comments/${ids[2]}`, { pinned: false })).status,
    ).toBe(403)
  })
})

describe('counting approved comments', () => {
  it('a list counts every article’s approved comments, each right, in one query for the page', async () => {
    const articles = [
      await makeArticle(newsroom.payload),
      await makeArticle(newsroom.payload),
      await makeArticle(newsroom.payload),
    ]
    for (const [k, article] of articles.entries()) {
      for (let i = 0; i < k; i++) {
        await makeComment(newsroom.payload, article.id, { status: 'approved' })
      }
      await makeComment(newsroom.payload, article.id, { status: 'pending' })
      await makeComment(newsroom.payload, article.id, { status: 'spam' })
    }
    const session = (newsroom.payload.db as any).drizzle.session
    const original = session.logger
    const statements: string[] = []
    session.logger = { logQuery: (sql: string) => statements.push(sql) }
    let list
    try {
      list = await newsroom.api(
        'anonymous',
        'GET',
        `/api/articles?where[id][in]=${articles.map((article) => article.id).join(',')}&depth=0&limit=10`,
      )
    } finally {
      session.logger = original
    }
    expect(list.status).toBe(200)
    const counts = new Map(list.body.docs.map((doc: any) => [doc.id, doc.commentCount]))
    expect(articles.map((article) => counts.get(article.id))).toEqual([0, 1, 2])
    expect(
      statements.filter((sql) => /count\(\*\)[\s\S]*from\s+"comments"/i.test(sql)),
    ).toHaveLength(1)
  })
})

describe('what a reader wrote, and why it waits', () => {
  it('is never rewritten by a moderator or an admin: name, email and text stay as the reader sent them', async () => {
    const article = await makeArticle(newsroom.payload)
    const posted = await newsroom.api(
      'anonymous',
      'POST',
      '/api/comments',
      {
        article: article.id,
        authorName: 'Reader',
        authorEmail: 'reader-words@example.com',
        body: 'What I wrote.',
      },
      newClient(),
    )
    const id = posted.body.doc.id
    for (const who of ['moderator', 'admin'] as const) {
      const res = await newsroom.api(who, 'PATCH', `/api/comments/${id}`, {
        body: 'Words put in my mouth.',
        authorName: 'Someone else',
        authorEmail: 'other@example.com',
        status: 'approved',
      })
      expect(res.status).toBe(200)
    }
    const stored = await newsroom.payload.findByID({
      collection: 'comments',
      id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored).toMatchObject({
      body: 'What I wrote.',
      authorName: 'Reader',
      authorEmail: 'reader-words@example.com',
      status: 'approved',
    })
  })

  it('tells the moderator why a comment waits (too many links, every first comment) and never tells the reader', async () => {
    const article = await makeArticle(newsroom.payload)
    const post = async (body: string) =>
      (
        await newsroom.api(
          'anonymous',
          'POST',
          '/api/comments',
          {
            article: article.id,
            authorName: 'Reader',
            authorEmail: `why${++clients}@example.com`,
            body,
          },
          newClient(),
        )
      ).body.doc.id
    const links = await post('See https://a.example, https://b.example and https://c.example')
    const plain = await post('A plain comment.')
    const asModerator = async (id: number | string) =>
      (await newsroom.api('moderator', 'GET', `/api/comments/${id}`)).body
    expect((await asModerator(links)).heldBecause).toBe('Held: 3 links (more than 2).')
    expect((await asModerator(plain)).heldBecause).toMatch(/waits for a moderator/)
    await newsroom.api('moderator', 'PATCH', `/api/comments/${plain}`, {
      status: 'approved',
      heldBecause: 'forged',
    })
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/comments/${plain}`)).body,
    ).not.toHaveProperty('heldBecause')
    expect((await asModerator(plain)).heldBecause).toMatch(/waits for a moderator/)
  })
})

describe('reporting a comment', () => {
  it('counts one report per reader and sends an approved comment back to pending at the threshold', async () => {
    const article = await makeArticle(newsroom.payload)
    const comment = await makeComment(newsroom.payload, article.id)
    const report = (headers: Record<string, string>) =>
      newsroom.api(
        'anonymous',
        'POST',
        `/api/comments/${comment.id}/report`,
        { reason: 'Abusive' },
        headers,
      )

    const first = newClient()
    expect((await report(first)).status).toBe(202)
    expect((await report(first)).status).toBe(202)
    expect(
      (
        await newsroom.payload.findByID({
          collection: 'comments',
          id: comment.id,
          overrideAccess: true,
        })
      ).reportCount,
    ).toBe(1)

    await report(newClient())
    expect(await commentCount(article.id)).toBe(1)
    await report(newClient())
    const after = await newsroom.payload.findByID({
      collection: 'comments',
      id: comment.id,
      overrideAccess: true,
    })
    expect(after).toMatchObject({
      status: 'pending',
      reportCount: 3,
      heldBecause: 'Reported by 3 readers (the threshold is 3).',
    })
    expect(await commentCount(article.id)).toBe(0)
    expect((await report(newClient())).status).toBe(404)
  })
})

describe('whatever happens to comments (property test)', () => {
  type Step =
    | { kind: 'delete'; pick: number; who: 'anonymous' | 'editor' | 'moderator' }
    | {
        kind: 'moderate'
        pick: number
        status: 'approved' | 'pending' | 'rejected' | 'spam'
        who: 'admin' | 'anonymous' | 'editor' | 'moderator'
      }
    | { kind: 'report'; pick: number }
    | { kind: 'submit'; parentPick: number }

  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('submit' as const),
      parentPick: fc.integer({ min: -1, max: 20 }),
    }),
    fc.record({
      kind: fc.constant('moderate' as const),
      pick: fc.nat(20),
      status: fc.constantFrom(
        'approved' as const,
        'rejected' as const,
        'spam' as const,
        'pending' as const,
      ),
      who: fc.constantFrom(
        'moderator' as const,
        'admin' as const,
        'editor' as const,
        'anonymous' as const,
      ),
    }),
    fc.record({
      kind: fc.constant('delete' as const),
      pick: fc.nat(20),
      who: fc.constantFrom('moderator' as const, 'editor' as const, 'anonymous' as const),
    }),
    fc.record({ kind: fc.constant('report' as const), pick: fc.nat(20) }),
  )

  it('a reader never sees a comment that is not approved, and the count always equals the approved ones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
        const article = await makeArticle(newsroom.payload)
        const ids: (number | string)[] = []
        const pick = (n: number) => ids[n % Math.max(ids.length, 1)]
        for (const s of steps) {
          if (s.kind === 'submit') {
            const parent = s.parentPick >= 0 && ids.length ? pick(s.parentPick) : undefined
            const res = await newsroom.api(
              'anonymous',
              'POST',
              '/api/comments',
              {
                article: article.id,
                parent,
                authorName: 'P',
                authorEmail: `p${clients}@example.com`,
                body: `comment ${ids.length}`,
                status: 'approved',
              },
              newClient(),
            )
            expect([201, 400]).toContain(res.status)
            if (res.status === 201) {
              ids.push(res.body.doc.id)
            }
          } else if (s.kind === 'moderate' && ids.length) {
            const res = await newsroom.api(s.who, 'PATCH', `/api/comments/${pick(s.pick)}`, {
              status: s.status,
            })
            expect([200, 403, 404]).toContain(res.status)
          } else if (s.kind === 'delete' && ids.length) {
            const res = await newsroom.api(s.who, 'DELETE', `/api/comments/${pick(s.pick)}`)
            expect([200, 403, 404]).toContain(res.status)
          } else if (s.kind === 'report' && ids.length) {
            const res = await newsroom.api(
              'anonymous',
              'POST',
              `/api/comments/${pick(s.pick)}/report`,
              {},
              newClient(),
            )
            expect([202, 404]).toContain(res.status)
          }

          const truth = await newsroom.payload.find({
            collection: 'comments',
            where: { article: { equals: article.id } },
            limit: 0,
            depth: 0,
            overrideAccess: true,
          })
          const approved = new Set(
            truth.docs.filter((c) => c.status === 'approved').map((c) => c.id),
          )
          const seen = await publicComments(article.id)
          for (const comment of seen.docs) {
            expect(approved.has(comment.id)).toBe(true)
          }
          expect(seen.totalDocs).toBe(approved.size)
          expect(await commentCount(article.id)).toBe(approved.size)
        }
      }),
      { numRuns: 15 },
    )
  }, 240_000)
})

describe('deleting', () => {
  it('a reported comment deletes its reports; an article deletes its comments and error reports', async () => {
    const article = await makeArticle(newsroom.payload)
    const comment = await makeComment(newsroom.payload, article.id)
    await newsroom.api('anonymous', 'POST', `/api/comments/${comment.id}/report`, {}, newClient())
    await newsroom.api(
      'anonymous',
      'POST',
      `/api/articles/${article.id}/error-reports`,
      { text: 'A typo' },
      newClient(),
    )
    expect((await newsroom.api('moderator', 'DELETE', `/api/comments/${comment.id}`)).status).toBe(
      200,
    )

    const other = await makeComment(newsroom.payload, article.id)
    await newsroom.api('anonymous', 'POST', `/api/comments/${other.id}/report`, {}, newClient())
    expect((await newsroom.api('editor', 'DELETE', `/api/articles/${article.id}`)).status).toBe(200)
    for (const [collection, field] of [
      ['comments', 'article'],
      ['error-reports', 'article'],
    ] as const) {
      const { totalDocs } = await newsroom.payload.count({
        collection,
        where: { [field]: { equals: article.id } },
        overrideAccess: true,
      })
      expect(totalDocs).toBe(0)
    }
    expect(
      (
        await newsroom.payload.count({
          collection: 'comment-reports',
          where: { comment: { in: [comment.id, other.id] } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })
})
