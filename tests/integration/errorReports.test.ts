import { containsDeep, makeArticle } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

const FLOOD_SECONDS = 2
let newsroom: TestNewsroom
let article: any
let clientCounter = 0
/** Each call is a different reader (a different IP), unless a test says otherwise. */
const newClient = () => ({ 'x-forwarded-for': `203.0.113.${++clientCounter}` })

beforeAll(async () => {
  newsroom = await startNewsroom({ newsroom: { submissions: { floodSeconds: FLOOD_SECONDS } } })
  article = await makeArticle(newsroom.payload, { title: 'Reported story' })
})
afterAll(async () => newsroom?.close())

const report = (body: unknown, headers = newClient(), articleId = article.id) =>
  newsroom.api('anonymous', 'POST', `/api/articles/${articleId}/error-reports`, body, headers)

describe('a reader’s error report', () => {
  it('is accepted anonymously, says it is private, and ignores any field but text and email', async () => {
    const res = await report({
      text: 'The vigil was on Tuesday, not Monday.',
      email: 'Reader@Example.com',
      status: 'resolved',
      ipHash: 'forged',
      article: 999,
    })
    expect(res.status).toBe(201)
    expect(res.body.message).toMatch(/not published/)
    const stored = await newsroom.payload.findByID({
      collection: 'error-reports',
      id: res.body.id,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({
      status: 'open',
      email: 'reader@example.com',
      text: 'The vigil was on Tuesday, not Monday.',
    })
    expect(stored.ipHash).not.toBe('forged')
    expect(stored.ipHash).toMatch(/^[0-9a-f]{32}$/)
    expect(typeof stored.article === 'object' ? stored.article.id : stored.article).toBe(article.id)
  })

  it('is refused with the field and reason when empty, too long, badly addressed or about an unknown article', async () => {
    const empty = await report({ text: '   ' })
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'text' })])
    const long = await report({ text: 'x'.repeat(5001) })
    expect(long.body.errors[0].data.errors[0].message).toMatch(/at most 5000/)
    const email = await report({ text: 'Wrong date', email: 'nope' })
    expect(email.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'email' })])
    const unknown = await report({ text: 'Wrong date' }, newClient(), 987654)
    expect(unknown.status).toBe(404)
    const draft = await makeArticle(newsroom.payload, { title: 'Unpublished', _status: 'draft' })
    expect((await report({ text: 'Wrong date' }, newClient(), draft.id)).status).toBe(404)
  })

  it('is never readable by a reader or a moderator, and readable by an editor', async () => {
    await report({ text: 'A private note about a mistake.', email: 'private@example.com' })
    for (const who of ['anonymous', 'moderator'] as const) {
      expect((await newsroom.api(who, 'GET', '/api/error-reports')).status).toBe(403)
      const gql = await newsroom.graphql(who, '{ ErrorReports { docs { text email } } }')
      expect(containsDeep(gql.body.data, 'private@example.com')).toBe(false)
      expect(containsDeep(gql.body.data, 'A private note')).toBe(false)
      const viaArticle = await newsroom.api(who, 'GET', `/api/articles/${article.id}?depth=3`)
      expect(containsDeep(viaArticle.body, 'A private note')).toBe(false)
    }
    const editor = await newsroom.api('editor', 'GET', '/api/error-reports?limit=100')
    expect(editor.status).toBe(200)
    expect(containsDeep(editor.body, 'A private note about a mistake.')).toBe(true)
  })

  it('is flood-controlled per client and per email: 429 with Retry-After, then accepted after the window', async () => {
    const client = newClient()
    expect((await report({ text: 'First report.' }, client)).status).toBe(201)
    const again = await report({ text: 'Second report, too soon.' }, client)
    expect(again.status).toBe(429)
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(again.body.errors[0].message).toMatch(/too quickly/)

    expect((await report({ text: 'With an email.', email: 'same@example.com' })).status).toBe(201)
    expect(
      (await report({ text: 'Same email, other network.', email: 'same@example.com' })).status,
    ).toBe(429)

    await new Promise((resolve) => setTimeout(resolve, FLOOD_SECONDS * 1000 + 100))
    expect((await report({ text: 'After the window.' }, client)).status).toBe(201)
  })
})

describe('resolving a report with a correction', () => {
  it('publishes the correction in the article’s log once, and moves dateModified', async () => {
    const filed = await report({ text: 'The clip was timestamped minutes earlier, not hours.' })
    const before = (await newsroom.api('editor', 'GET', `/api/articles/${article.id}`)).body
    await new Promise((resolve) => setTimeout(resolve, 15))

    const resolved = await newsroom.api('editor', 'PATCH', `/api/error-reports/${filed.body.id}`, {
      status: 'resolved',
      correction: {
        addToLog: true,
        type: 'correction',
        text: 'An earlier version misstated when the clip was recorded.',
      },
    })
    expect(resolved.status).toBe(200)
    expect(resolved.body.doc.correction.loggedAt).toEqual(expect.any(String))

    const seen = (await newsroom.api('anonymous', 'GET', `/api/articles/${article.id}`)).body
    expect(seen.updateLog).toEqual([
      expect.objectContaining({
        type: 'correction',
        text: 'An earlier version misstated when the clip was recorded.',
        date: expect.any(String),
      }),
    ])
    expect(seen.dateModified > before.dateModified).toBe(true)

    await newsroom.api('editor', 'PATCH', `/api/error-reports/${filed.body.id}`, {
      status: 'resolved',
    })
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/articles/${article.id}`)).body.updateLog,
    ).toHaveLength(1)
  })

  it('cannot be done by a moderator', async () => {
    const filed = await report({ text: 'Another mistake.' })
    expect(
      (
        await newsroom.api('moderator', 'PATCH', `/api/error-reports/${filed.body.id}`, {
          status: 'resolved',
        })
      ).status,
    ).toBe(403)
  })
})
