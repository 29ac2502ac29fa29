import { seedStory } from '../../seed/seed'
import { bodyQuoting, makeArticle, makeQuote } from '../helpers/fixtures'
import { photoWithLocation, uploadForm } from '../helpers/images'
import { startNewsroom, type TestNewsroom, type Who } from '../helpers/newsroom'

/**
 * A change to a cited record waits for a publish: the quote's, source's or picture's page lists the
 * published stories that still show it as it was, and editors republish each, through the gate and
 * legal's sign-off, with a log entry and a new `dateModified`.
 */
let newsroom: TestNewsroom
let articleId: number | string
let quoteId: number | string
let officerId: number | string
let colleagueId: number | string
let otherQuoteId: number | string
const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
const storyUrl = `/api/articles/slug/${SLUG}`
const NEW_WORDS = 'Tell them I was only trying to protect her.'

beforeAll(async () => {
  newsroom = await startNewsroom()
  articleId = (await seedStory(newsroom.payload, { log: () => {} })).articleId
  const story = (await newsroom.api('anonymous', 'GET', storyUrl)).body
  const quote = story.quotes.find((q: any) => q.text === 'Tell them I was trying to protect her.')
  quoteId = quote.id
  officerId = quote.speaker
  otherQuoteId = story.quotes.find(
    (q: any) => q.id !== quoteId && typeof q.speaker === 'number' && q.speaker !== officerId,
  ).id
  const colleague = (
    await newsroom.payload.find({
      collection: 'sources',
      where: { kind: { equals: 'anonymous' } },
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]
  colleagueId = colleague.id
})
afterAll(async () => newsroom?.close())

const awaiting = (who: Who, query: string) =>
  newsroom.api(who, 'GET', `/api/articles/awaiting-republish?${query}`)
const republish = (who: Who, id: number | string, body?: unknown) =>
  newsroom.api(who, 'POST', `/api/articles/${id}/republish`, body)
const storyIds = (res: { body: any }) =>
  (res.body.stories ?? []).map((story: any) => String(story.id))
const gateMessages = (res: { body: any }) => JSON.stringify(res.body.errors)

describe('a change to a cited record waits for a publish', () => {
  it('lists nothing while every published story shows its records as they are', async () => {
    for (const query of [`quote=${quoteId}`, `source=${officerId}`, `source=${colleagueId}`]) {
      const res = await awaiting('editor', query)
      expect(res.status).toBe(200)
      expect(res.body).toEqual({ stories: [], total: 0 })
    }
  })

  it('a quote edited after publication lists the story, for the quote and for its speaker once that changes too; an unrelated quote lists nothing', async () => {
    expect(
      (await newsroom.api('editor', 'PATCH', `/api/quotes/${quoteId}`, { text: NEW_WORDS })).status,
    ).toBe(200)
    const res = await awaiting('editor', `quote=${quoteId}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      stories: [
        {
          id: articleId,
          title: expect.any(String),
          slug: SLUG,
          edition: 1,
          datePublished: expect.any(String),
        },
      ],
      total: 1,
    })
    expect(storyIds(await awaiting('editor', `quote=${otherQuoteId}`))).toEqual([])
    // The speaker has not changed yet: its page lists nothing.
    expect(storyIds(await awaiting('editor', `source=${officerId}`))).toEqual([])
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/sources/${officerId}`, {
          role: 'Decorated police officer, on leave',
        })
      ).status,
    ).toBe(200)
    expect(storyIds(await awaiting('editor', `source=${officerId}`))).toEqual([String(articleId)])
    // Readers still get edition 1 with the earlier words.
    const story = (await newsroom.api('anonymous', 'GET', storyUrl)).body
    expect(story.edition).toBe(1)
    expect(story.quotes.find((q: any) => q.id === quoteId).text).toBe(
      'Tell them I was trying to protect her.',
    )
  })

  it('an anonymous source is found under the alias the story gives it, and its identity is never in the answer', async () => {
    expect(storyIds(await awaiting('editor', `source=${colleagueId}`))).toEqual([])
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/sources/${colleagueId}`, {
          role: 'Long-serving colleague of the officer',
        })
      ).status,
    ).toBe(200)
    const res = await awaiting('reporter', `source=${colleagueId}`)
    expect(res.status).toBe(200)
    expect(storyIds(res)).toEqual([String(articleId)])
    expect(Object.keys(res.body.stories[0]).sort()).toEqual([
      'datePublished',
      'edition',
      'id',
      'slug',
      'title',
    ])
    expect(JSON.stringify(res.body)).not.toContain('colleague')
  })

  it('staff only: readers and moderators are refused the list; only editors republish (a reporter gets the list, not the button)', async () => {
    expect((await awaiting('anonymous', `quote=${quoteId}`)).status).toBe(401)
    expect((await awaiting('moderator', `quote=${quoteId}`)).status).toBe(403)
    expect((await awaiting('reporter', `quote=${quoteId}`)).status).toBe(200)
    expect((await awaiting('legal', `quote=${quoteId}`)).status).toBe(200)
    const body = { logEntry: { type: 'update', text: 'The quote now has the words as said.' } }
    expect((await republish('anonymous', articleId, body)).status).toBe(401)
    for (const who of ['moderator', 'reporter', 'legal'] as const) {
      const res = await republish(who, articleId, body)
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toMatch(/Only an editor/)
    }
    expect((await newsroom.api('anonymous', 'GET', storyUrl)).body.edition).toBe(1)
  })

  it('bad ids and queries are refused with 400 or 404, never a 500', async () => {
    for (const [query, named] of [
      ['', 'quote'],
      ['quote=abc', 'quote'],
      ['source=-1', 'source'],
      ['media=1.5', 'media'],
      ['quote=0', 'quote'],
      ['quote=%00', 'quote'],
      [`quote=${quoteId}&quote=${quoteId}`, 'quote'],
      [`quote=${quoteId}&source=${officerId}`, 'quote, source'],
      ['bogus=1', 'quote'],
    ] as const) {
      const res = await awaiting('editor', query)
      expect([query, res.status]).toEqual([query, 400])
      expect(res.body.errors[0].message).toContain(named)
    }
    for (const query of ['quote=999999', 'source=999999', 'media=999999']) {
      expect((await awaiting('editor', query)).status).toBe(404)
    }
    for (const id of ['abc', '0', '-1', '999999', '1e3', '%00']) {
      expect(
        (await republish('editor', id, { logEntry: { type: 'update', text: 'x' } })).status,
      ).toBe(404)
    }
    const draft = await makeArticle(newsroom.payload, { _status: 'draft' })
    const res = await republish('editor', draft.id, { logEntry: { type: 'update', text: 'x' } })
    expect(res.status).toBe(404)
    expect(res.body.errors[0].message).toBe('No published story has this id.')
  })

  it('a republish asks for the log entry the change calls for, naming the field', async () => {
    for (const [body, field] of [
      [undefined, 'logEntry.text'],
      [{}, 'logEntry.text'],
      [{ logEntry: 'changed' }, 'logEntry.text'],
      [{ logEntry: { type: 'update' } }, 'logEntry.text'],
      [{ logEntry: { type: 'update', text: '   ' } }, 'logEntry.text'],
      [{ logEntry: { type: 'update', text: 'x'.repeat(2001) } }, 'logEntry.text'],
      [{ logEntry: { text: 'The quote changed.' } }, 'logEntry.type'],
      [{ logEntry: { type: 'retraction', text: 'The quote changed.' } }, 'logEntry.type'],
      [{ logEntry: { type: 7, text: 'The quote changed.' } }, 'logEntry.type'],
    ] as const) {
      const res = await republish('editor', articleId, body)
      expect([JSON.stringify(body)?.slice(0, 60), res.status]).toEqual([
        JSON.stringify(body)?.slice(0, 60),
        400,
      ])
      expect(res.body.errors[0].message).toContain(field)
    }
    expect((await newsroom.api('anonymous', 'GET', storyUrl)).body.edition).toBe(1)
  })

  it('goes through the publish gate: a story quoting an anonymous source is refused until legal signs the new text off', async () => {
    const refused = await republish('editor', articleId, {
      logEntry: { type: 'clarification', text: 'A quote now has the words as said.' },
    })
    expect(refused.status).toBe(400)
    expect(gateMessages(refused)).toMatch(/Legal must sign this story off/)
    expect((await newsroom.api('anonymous', 'GET', storyUrl)).body.edition).toBe(1)
    expect(storyIds(await awaiting('editor', `quote=${quoteId}`))).toEqual([String(articleId)])
    expect(
      (await newsroom.api('legal', 'POST', `/api/articles/${articleId}/legal-sign-off`, {})).status,
    ).toBe(200)
  })

  it('an editor republishes: a new edition with the new words, the log entry and a later dateModified; the lists empty', async () => {
    const before = (await newsroom.api('anonymous', 'GET', storyUrl)).body
    const res = await republish('editor', articleId, {
      logEntry: { type: 'clarification', text: 'A quote now has the words as said.' },
    })
    expect(res.body.errors).toBeUndefined()
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ message: expect.stringContaining('edition 2'), edition: 2 })
    const after = (await newsroom.api('anonymous', 'GET', storyUrl)).body
    expect(after.edition).toBe(2)
    expect(after.quotes.find((q: any) => q.id === quoteId).text).toBe(NEW_WORDS)
    expect(after.bodyHtml).toContain('only trying to protect her')
    expect(after.sources.find((s: any) => s.id === officerId).role).toBe(
      'Decorated police officer, on leave',
    )
    expect(after.updateLog.slice(before.updateLog.length)).toEqual([
      expect.objectContaining({
        type: 'clarification',
        text: 'A quote now has the words as said.',
        date: expect.any(String),
      }),
    ])
    expect(new Date(after.dateModified).getTime()).toBeGreaterThan(
      new Date(before.dateModified).getTime(),
    )
    for (const query of [`quote=${quoteId}`, `source=${officerId}`, `source=${colleagueId}`]) {
      expect(await awaiting('editor', query).then((r) => r.body)).toEqual({ stories: [], total: 0 })
    }
    const list = (await newsroom.api('anonymous', 'GET', `${storyUrl}/editions`)).body
    expect(list.editions.at(-1)).toMatchObject({
      number: 2,
      reason: 'republished',
      logEntries: [expect.objectContaining({ type: 'clarification' })],
    })
  })

  it('refuses (409) a story whose latest draft has unpublished changes of its own, which a republish would publish unseen', async () => {
    const source = await newsroom.payload.create({
      collection: 'sources',
      data: {
        kind: 'person',
        name: 'Ana Ruiz',
        description: 'a shopkeeper on the square',
      } as never,
      overrideAccess: true,
    })
    const quote = await makeQuote(newsroom.payload, {
      text: 'The shutters came down at noon.',
      speaker: source.id,
    })
    const story = await makeArticle(newsroom.payload, {
      title: 'Shops closed early',
      body: bodyQuoting(quote.id),
    })
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/quotes/${quote.id}`, {
          text: 'The shutters came down before noon.',
        })
      ).status,
    ).toBe(200)
    expect(storyIds(await awaiting('editor', `quote=${quote.id}`))).toEqual([String(story.id)])
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}?draft=true`, {
          dek: 'Not ready for readers yet.',
        })
      ).status,
    ).toBe(200)
    const refused = await republish('editor', story.id, {
      logEntry: { type: 'correction', text: 'The time was wrong.' },
    })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe(
      'This story has unpublished changes of its own: open it and publish from there.',
    )
    const served = (await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.slug}`)).body
    expect([served.edition, served.dek]).toEqual([1, null])
    // Published from the story itself (the dek with it), the quote's new words go out and the list empties.
    expect(
      (await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}`, { _status: 'published' }))
        .status,
    ).toBe(200)
    expect(storyIds(await awaiting('editor', `quote=${quote.id}`))).toEqual([])
    // No draft of its own now: a correction republishes it (no anonymous source: no sign-off needed).
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/quotes/${quote.id}`, {
          text: 'The shutters came down at eleven.',
        })
      ).status,
    ).toBe(200)
    const done = await republish('editor', story.id, {
      logEntry: { type: 'correction', text: 'An earlier version gave the wrong time.' },
    })
    expect(done.status).toBe(200)
    expect(done.body.edition).toBe(3)
    const list = (
      await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.slug}/editions`)
    ).body
    expect(list.editions.at(-1)).toMatchObject({ number: 3, reason: 'correction' })
  })

  it('a picture edited after publication lists the stories that show it', async () => {
    const upload = await newsroom.api(
      'editor',
      'POST',
      '/api/media',
      uploadForm(await photoWithLocation(800, 600), 'vigil.jpg', 'image/jpeg', {
        alt: 'Candles at the vigil',
        caption: 'The vigil.',
      }),
    )
    expect(upload.status).toBe(201)
    const media = upload.body.doc
    const story = await makeArticle(newsroom.payload, { title: 'The vigil', heroImage: media.id })
    expect(storyIds(await awaiting('editor', `media=${media.id}`))).toEqual([])
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/media/${media.id}`, {
          caption: 'The vigil on Sunday.',
        })
      ).status,
    ).toBe(200)
    expect(storyIds(await awaiting('reporter', `media=${media.id}`))).toEqual([String(story.id)])
    expect(
      (
        await republish('editor', story.id, {
          logEntry: { type: 'update', text: 'The caption now says when.' },
        })
      ).status,
    ).toBe(200)
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.slug}`)).body.heroImage
        .caption,
    ).toBe('The vigil on Sunday.')
    expect(storyIds(await awaiting('editor', `media=${media.id}`))).toEqual([])
  })
})
