import { seedStory } from '../../seed/seed'
import { deliveryCache } from '../../src/plugin/delivery/cache'
import { lexicalBody, paragraphNode, pictureNode } from '../../src/plugin/richText/lexical'
import { bodyQuoting, bodyQuotingAll, makeArticle, makeQuote } from '../helpers/fixtures'
import { photoWithLocation, uploadForm } from '../helpers/images'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

/**
 * The published record: a published story is an edition, built once at publish from the quotes,
 * sources and pictures as they were, and served as stored until the next publish.
 */
let newsroom: TestNewsroom
let articleId: number | string
const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
const url = `/api/articles/slug/${SLUG}`

beforeAll(async () => {
  newsroom = await startNewsroom()
  articleId = (await seedStory(newsroom.payload, { log: () => {} })).articleId
})
afterAll(async () => newsroom?.close())

/** The raw bytes of one of the story's representations, as a reader fetches them. */
const bytesOf = async (format?: 'jsonld' | 'ninjs') => {
  const res = await fetch(`${newsroom.baseURL}${url}${format ? `?format=${format}` : ''}`)
  expect(res.status).toBe(200)
  return { etag: res.headers.get('etag'), text: await res.text() }
}
const everything = async () => ({
  json: await bytesOf(),
  jsonld: await bytesOf('jsonld'),
  ninjs: await bytesOf('ninjs'),
})
const editionsOf = async () =>
  (
    await newsroom.payload.find({
      collection: 'editions',
      where: { article: { equals: articleId } },
      sort: 'number',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as any[]

describe('a published story is an edition', () => {
  it('the seeded story is edition 1, served as stored', async () => {
    const story = (await newsroom.api('anonymous', 'GET', url)).body
    expect(story.edition).toBe(1)
    const editions = await editionsOf()
    expect(editions.map((edition) => [edition.number, edition.current, edition.reason])).toEqual([
      [1, true, 'published'],
    ])
    expect(editions[0].document.bodyHtml).toBe(story.bodyHtml)
  })

  it('a quote edited after publication (REST and GraphQL) changes no byte readers get until an editor republishes', async () => {
    const before = await everything()
    const quote = (await newsroom.api('anonymous', 'GET', url)).body.quotes.find(
      (q: any) => q.text === 'Tell them I was trying to protect her.',
    )
    const rest = await newsroom.api('editor', 'PATCH', `/api/quotes/${quote.id}`, {
      text: 'Tell them I was trying to protect my daughter.',
    })
    expect(rest.status).toBe(200)
    expect(await everything()).toEqual(before)
    const graphql = await newsroom.graphql(
      'editor',
      `mutation { updateQuote(id: ${quote.id}, data: { context: "Said in the holding room." }) { id } }`,
    )
    expect(graphql.body.errors).toBeUndefined()
    expect(await everything()).toEqual(before)
    expect(before.json.text).not.toContain('protect my daughter')

    // Legal signs the new words off (the quote is in the text legal read), then an editor republishes:
    // the new words go out as edition 2.
    expect(
      (await newsroom.api('legal', 'POST', `/api/articles/${articleId}/legal-sign-off`, {})).status,
    ).toBe(200)
    expect((await everything()).json).toEqual(before.json)
    const republished = await newsroom.api('editor', 'PATCH', `/api/articles/${articleId}`, {
      _status: 'published',
    })
    expect(republished.body.errors).toBeUndefined()
    expect(republished.status).toBe(200)
    const after = (await newsroom.api('anonymous', 'GET', url)).body
    expect(after.edition).toBe(2)
    expect(after.quotes.find((q: any) => q.id === quote.id).text).toBe(
      'Tell them I was trying to protect my daughter.',
    )
    expect(after.bodyHtml).toContain('protect my daughter')
    expect((await bytesOf('jsonld')).text).not.toBe(before.jsonld.text)
    const editions = await editionsOf()
    expect(editions.map((edition) => [edition.number, edition.current])).toEqual([
      [1, false],
      [2, true],
    ])
    // Edition 1 keeps what readers got then.
    expect(editions[0].document.bodyHtml).not.toContain('protect my daughter')
  })

  it('a publish that changes nothing readers see makes no new edition; a draft save makes none either', async () => {
    const count = (await editionsOf()).length
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${articleId}`, {
          _status: 'published',
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${articleId}?draft=true`, {
          dek: 'A draft dek nobody sees yet.',
        })
      ).status,
    ).toBe(200)
    expect(await editionsOf()).toHaveLength(count)
    expect((await newsroom.api('anonymous', 'GET', url)).body.dek).not.toBe(
      'A draft dek nobody sees yet.',
    )
  })

  it('an autosave runs no derived-data query: nothing on quotes, sources, pictures, editions or comments', async () => {
    const { db } = newsroom.payload
    const touched: string[] = []
    const methods = ['find', 'findOne', 'count', 'updateOne', 'updateMany', 'create'] as const
    const originals = methods.map((method) => [method, (db as any)[method]] as const)
    for (const [method, original] of originals) {
      ;(db as any)[method] = (...args: [{ collection?: string }, ...unknown[]]) => {
        touched.push(`${method}:${args[0]?.collection}`)
        return original.apply(db, args)
      }
    }
    try {
      const autosave = await newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${articleId}?autosave=true&depth=0&draft=true`,
        { dek: 'Typed a moment ago.' },
      )
      expect(autosave.status).toBe(200)
    } finally {
      for (const [method, original] of originals) {
        ;(db as any)[method] = original
      }
    }
    expect(touched.length).toBeGreaterThan(0)
    expect(
      touched.filter((call) => /:(quotes|sources|media|editions|comments)$/.test(call)),
    ).toEqual([])
  })

  it('a cache miss is one read: the current edition with its comments; the newsroom’s record from memory', async () => {
    const session = (newsroom.payload.db as any).drizzle.session
    const original = session.logger
    const statements: string[] = []
    // The first miss reads the newsroom's record and keeps it (for the delivery cache's TTL at most).
    deliveryCache().clear()
    await bytesOf()
    deliveryCache().clear()
    session.logger = { logQuery: (sql: string) => statements.push(sql) }
    try {
      await bytesOf()
    } finally {
      session.logger = original
    }
    expect(statements).toHaveLength(1)
    expect(statements[0]).toMatch(/^\s*select .* from "editions"/is)
  })

  it('comments moderated at once on one story all reach its edition: none is lost to another’s write', async () => {
    const story = await makeArticle(newsroom.payload, { title: 'Ten comments at once' })
    const slug = story.slug as string
    const ids: (number | string)[] = []
    for (let n = 0; n < 10; n++) {
      const created = await newsroom.payload.create({
        collection: 'comments',
        data: {
          article: story.id,
          authorName: `Reader ${n}`,
          authorEmail: `reader${n}@example.com`,
          body: `Comment ${n} on the story.`,
          status: 'pending',
        } as any,
        overrideAccess: true,
      })
      ids.push(created.id)
    }
    // Signed in once, before the approvals race each other.
    await newsroom.api('moderator', 'GET', '/api/users/me')
    const approvals = await Promise.all(
      ids.map((id) =>
        newsroom.api('moderator', 'PATCH', `/api/comments/${id}`, { status: 'approved' }),
      ),
    )
    expect(approvals.map((res) => [res.status, res.body?.errors?.[0]?.message])).toEqual(
      ids.map(() => [200, undefined]),
    )
    deliveryCache().clear()
    const res = await fetch(`${newsroom.baseURL}/api/articles/slug/${slug}`)
    const served = await res.json()
    expect(served.commentCount).toBe(10)
    expect(served.comments.totalTopLevel).toBe(10)
    // One rejected: it leaves the story at once, the count with it.
    expect(
      (await newsroom.api('moderator', 'PATCH', `/api/comments/${ids[3]}`, { status: 'rejected' }))
        .status,
    ).toBe(200)
    const after = await (await fetch(`${newsroom.baseURL}/api/articles/slug/${slug}`)).json()
    expect(after.commentCount).toBe(9)
    expect(after.comments.docs.map((comment: any) => comment.body)).not.toContain(
      'Comment 3 on the story.',
    )
  })

  it('unpublishing leaves no current edition (404); publishing again serves a new one', async () => {
    expect(
      (await newsroom.api('editor', 'PATCH', `/api/articles/${articleId}`, { _status: 'draft' }))
        .status,
    ).toBe(200)
    expect((await newsroom.api('anonymous', 'GET', url)).status).toBe(404)
    expect((await editionsOf()).filter((edition) => edition.current)).toEqual([])
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${articleId}`, {
          _status: 'published',
        })
      ).status,
    ).toBe(200)
    const story = (await newsroom.api('anonymous', 'GET', url)).body
    expect(story.edition).toBe((await editionsOf()).length)
  })

  it('lists every edition and serves each as it was published, with the words removed and added since the one before', async () => {
    const list = await newsroom.api('anonymous', 'GET', `${url}/editions`)
    expect(list.status).toBe(200)
    const numbers = list.body.editions.map((edition: any) => edition.number)
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1))
    expect(list.body.current).toBe(numbers.at(-1))
    expect(list.body.editions[0]).toMatchObject({
      number: 1,
      reason: 'published',
      withheld: null,
      url: `/api/articles/slug/${SLUG}/editions/1`,
    })
    expect(list.body.editions[1]).toMatchObject({ number: 2, reason: 'republished' })
    const first = await newsroom.api('anonymous', 'GET', `${url}/editions/1`)
    expect(first.status).toBe(200)
    expect(first.body.changes).toBeNull()
    expect(first.body.document.bodyHtml).toContain('Tell them I was trying to protect her.')
    const second = await newsroom.api('anonymous', 'GET', `${url}/editions/2`)
    expect(second.body.document.bodyHtml).toContain('protect my daughter')
    const words = (kind: 'added' | 'removed') =>
      second.body.changes.body.filter((run: any) => run[kind]).map((run: any) => run.value.trim())
    expect(words('removed')).toEqual(['her'])
    expect(words('added')).toEqual(['my daughter'])
    expect(second.body.changes.title).toEqual([{ value: second.body.document.title }])
    for (const missing of ['99', '0', '-1', '1.5', 'abc', '1e3', '1%2F2', '2%00']) {
      expect((await newsroom.api('anonymous', 'GET', `${url}/editions/${missing}`)).status).toBe(
        404,
      )
    }
    expect(
      (await newsroom.api('anonymous', 'GET', '/api/articles/slug/no-such-story/editions')).status,
    ).toBe(404)
  })

  it('a correction is its own edition, listed with the log entry that came with it', async () => {
    const latest = (
      await newsroom.api('editor', 'GET', `/api/articles/${articleId}?draft=true&depth=0`)
    ).body
    const corrected = await newsroom.api('editor', 'PATCH', `/api/articles/${articleId}`, {
      _status: 'published',
      title: `${latest.title} (corrected)`,
      updateLog: [
        ...(latest.updateLog ?? []),
        { type: 'correction', text: 'An earlier version misstated the headline.' },
      ],
    })
    expect(corrected.body.errors).toBeUndefined()
    const list = (await newsroom.api('anonymous', 'GET', `${url}/editions`)).body
    const last = list.editions.at(-1)
    expect(last).toMatchObject({
      reason: 'correction',
      logEntries: [
        expect.objectContaining({
          type: 'correction',
          text: 'An earlier version misstated the headline.',
        }),
      ],
    })
    const changes = (await newsroom.api('anonymous', 'GET', `${url}/editions/${last.number}`)).body
      .changes
    expect(
      changes.title.filter((run: any) => run.added).map((run: any) => run.value.trim()),
    ).toEqual(['(corrected)'])
  })

  it('a story citing more quotes than a reader’s page (100) carries every one of them', async () => {
    const { payload } = newsroom
    const sources = await Promise.all(
      Array.from({ length: 3 }, (_, k) =>
        payload.create({
          collection: 'sources',
          data: { kind: 'person', name: `Witness ${k}`, description: `witness ${k}` } as never,
          overrideAccess: true,
        }),
      ),
    )
    const quotes = []
    for (let k = 0; k < 105; k++) {
      quotes.push(await makeQuote(payload, { text: `Account ${k}.`, speaker: sources[k % 3].id }))
    }
    const story = await makeArticle(payload, {
      title: 'A hundred and five accounts',
      body: bodyQuotingAll(quotes.map((quote) => quote.id)),
    })
    const served = (await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.slug}`)).body
    expect(served.quotes).toHaveLength(105)
    expect(served.sources).toHaveLength(3)
    expect(served.bodyHtml).toContain('Account 104.')
    expect(served.bodyHtml).toContain('Account 0.')
  })

  it('a source made anonymous leaves the story, its JSON-LD and ninjs at once; earlier editions that named them are withheld', async () => {
    const { payload } = newsroom
    const source = await payload.create({
      collection: 'sources',
      data: {
        kind: 'person',
        name: 'Maria Lopez',
        description: 'a neighbour on the street',
      } as never,
      overrideAccess: true,
    })
    const quote = await makeQuote(payload, {
      text: 'We heard shouting before the cars came.',
      speaker: source.id,
    })
    const story = await makeArticle(payload, {
      title: 'Neighbours heard shouting',
      body: bodyQuoting(quote.id),
    })
    const storyUrl = `/api/articles/slug/${story.slug}`
    // A second edition: a new dek, published.
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}`, {
          dek: 'What the street heard.',
          _status: 'published',
        })
      ).status,
    ).toBe(200)
    expect(JSON.stringify((await newsroom.api('anonymous', 'GET', storyUrl)).body)).toContain(
      'Maria Lopez',
    )
    // A pending quote edit must not ride along with the safety edition.
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/quotes/${quote.id}`, {
          text: 'Words not yet published.',
        })
      ).status,
    ).toBe(200)

    const madeAnonymous = await newsroom.api('editor', 'PATCH', `/api/sources/${source.id}`, {
      kind: 'anonymous',
      anonymity: {
        reason: 'Fears reprisals from the officers involved.',
        approvedBy: newsroom.userId('editor'),
      },
    })
    expect(madeAnonymous.status).toBe(200)
    const after = await newsroom.api('anonymous', 'GET', storyUrl)
    expect(after.status).toBe(200)
    for (const format of ['', '?format=jsonld', '?format=ninjs']) {
      const text = await (await fetch(`${newsroom.baseURL}${storyUrl}${format}`)).text()
      expect(text).not.toContain('Maria Lopez')
    }
    expect(after.body.sources).toEqual([
      expect.objectContaining({
        id: 'anonymous-1',
        kind: 'anonymous',
        name: null,
        anonymity: { reason: 'Fears reprisals from the officers involved.' },
      }),
    ])
    expect(after.body.quotes[0]).toMatchObject({
      speaker: 'anonymous-1',
      text: 'We heard shouting before the cars came.',
    })
    expect(after.body.bodyHtml).toContain('aria-describedby="source-anonymous-1"')
    expect(after.body.bodyHtml).not.toContain(`source-${source.id}"`)
    const list = (await newsroom.api('anonymous', 'GET', `${storyUrl}/editions`)).body
    expect(
      list.editions.map((edition: any) => [
        edition.number,
        edition.reason,
        Boolean(edition.withheld),
      ]),
    ).toEqual([
      [1, 'published', true],
      [2, 'republished', true],
      [3, 'safety', false],
    ])
    expect(JSON.stringify(list)).not.toContain('Maria Lopez')
    expect((await newsroom.api('anonymous', 'GET', `${storyUrl}/editions/1`)).status).toBe(410)
    expect(
      (await newsroom.api('anonymous', 'GET', `${storyUrl}/editions/3`)).body.changes,
    ).toBeNull()
  })

  it('a retracted story serves its notice; its earlier editions are withheld', async () => {
    const story = await makeArticle(newsroom.payload, { title: 'A story to retract' })
    const latest = (
      await newsroom.api('editor', 'GET', `/api/articles/${story.id}?draft=true&depth=0`)
    ).body
    const retracted = await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}`, {
      _status: 'published',
      updateLog: [
        ...(latest.updateLog ?? []),
        { type: 'retraction', text: 'We retract this story: its central claim was false.' },
      ],
    })
    expect(retracted.body.errors).toBeUndefined()
    const storyUrl = `/api/articles/slug/${story.slug}`
    expect((await newsroom.api('anonymous', 'GET', storyUrl)).status).toBe(410)
    const list = (await newsroom.api('anonymous', 'GET', `${storyUrl}/editions`)).body
    expect(
      list.editions.map((edition: any) => [edition.number, edition.reason, edition.withheld]),
    ).toEqual([
      [1, 'published', 'The story was retracted.'],
      [2, 'retraction', null],
    ])
    expect((await newsroom.api('anonymous', 'GET', `${storyUrl}/editions/1`)).status).toBe(410)
  })

  it('a picture withdrawn leaves every current edition and its files at once; earlier editions are withheld; only editors withdraw, saying why', async () => {
    const upload = async (name: string) =>
      (
        await newsroom.api(
          'editor',
          'POST',
          '/api/media',
          uploadForm(await photoWithLocation(800, 600), name, 'image/jpeg', {
            alt: `Alt of ${name}`,
          }),
        )
      ).body.doc
    const hero = await upload('hero.jpg')
    const inline = await upload('inline.jpg')
    const story = await makeArticle(newsroom.payload, {
      title: 'Pictures from the vigil',
      heroImage: hero.id,
      body: lexicalBody(
        paragraphNode('Before the picture.'),
        pictureNode(inline.id, 'a1b2c3d4e5f6a7b8c9d0e1f2'),
        paragraphNode('After it.'),
      ),
    })
    const storyUrl = `/api/articles/slug/${story.slug}`
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}`, {
          dek: 'Candles and signs.',
          _status: 'published',
        })
      ).status,
    ).toBe(200)
    const before = (await newsroom.api('anonymous', 'GET', storyUrl)).body
    expect(before.bodyImages.map((image: any) => image.id)).toEqual([inline.id])
    expect((await fetch(new URL(inline.url, newsroom.baseURL))).status).toBe(200)

    // A reporter cannot withdraw it; an editor must say why.
    await newsroom.api('reporter', 'PATCH', `/api/media/${inline.id}`, {
      withdrawn: true,
      withdrawnReason: 'x',
    })
    expect(
      (
        (await newsroom.payload.findByID({
          collection: 'media',
          id: inline.id,
          overrideAccess: true,
        })) as any
      ).withdrawn,
    ).toBe(false)
    const noReason = await newsroom.api('editor', 'PATCH', `/api/media/${inline.id}`, {
      withdrawn: true,
    })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toContain('withdrawnReason')

    const withdrawn = await newsroom.api('editor', 'PATCH', `/api/media/${inline.id}`, {
      withdrawn: true,
      withdrawnReason: 'It shows a child’s face; the family asked us to remove it.',
    })
    expect(withdrawn.status).toBe(200)
    const after = (await newsroom.api('anonymous', 'GET', storyUrl)).body
    expect(after.bodyImages).toEqual([])
    expect(after.bodyHtml).not.toContain(`data-media="${inline.id}"`)
    expect(after.bodyHtml).toContain('Before the picture.')
    expect(after.heroImage.id).toBe(hero.id)
    expect(JSON.stringify(after)).not.toContain(inline.filename)
    for (const format of ['jsonld', 'ninjs']) {
      expect(
        await (await fetch(`${newsroom.baseURL}${storyUrl}?format=${format}`)).text(),
      ).not.toContain(inline.filename)
    }
    expect((await fetch(new URL(inline.url, newsroom.baseURL))).status).toBeGreaterThanOrEqual(403)
    expect((await newsroom.api('anonymous', 'GET', `/api/media/${inline.id}`)).status).toBe(404)
    const list = (await newsroom.api('anonymous', 'GET', `${storyUrl}/editions`)).body
    expect(
      list.editions.map((edition: any) => [edition.reason, Boolean(edition.withheld)]),
    ).toEqual([
      ['published', true],
      ['republished', true],
      ['safety', false],
    ])
    // The main picture, withdrawn too, leaves the story and its share picture.
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/media/${hero.id}`, {
          withdrawn: true,
          withdrawnReason: 'Our licence ended.',
        })
      ).status,
    ).toBe(200)
    const last = (await newsroom.api('anonymous', 'GET', storyUrl)).body
    expect(last.heroImage).toBeNull()
    expect(last.meta.image).toBeNull()
  })

  it('editions are not readable through the collection by readers, moderators or over GraphQL', async () => {
    for (const who of ['anonymous', 'moderator'] as const) {
      expect((await newsroom.api(who, 'GET', '/api/editions')).status).toBe(403)
      expect(
        (await newsroom.graphql(who, '{ Editions { docs { id document } } }')).body.data
          ?.Editions ?? null,
      ).toBeNull()
    }
    expect(
      (
        await newsroom.api('editor', 'POST', '/api/editions', {
          article: articleId,
          number: 99,
          slug: 'x',
        })
      ).status,
    ).toBe(403)
    const [first] = await editionsOf()
    expect(
      (await newsroom.api('editor', 'PATCH', `/api/editions/${first.id}`, { withheld: 'no' }))
        .status,
    ).toBe(403)
    expect((await newsroom.api('editor', 'DELETE', `/api/editions/${first.id}`)).status).toBe(403)
  })
})
