import {
  bodyQuoting,
  containsDeep,
  lexicalParagraphs,
  makeAnonymousSource,
  makeNamedSource,
  makeQuote,
} from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

/**
 * Live coverage (issue 32): a live update with a body of its own, quotes in it held to the publish
 * gate like the story's body, a headline, key events and one pinned entry; what readers get of them
 * (the document, JSON-LD, ninjs) and the article.key_event webhook a push-alert service follows.
 */
let newsroom: TestNewsroom
let speaker: number
let attributed: { id: number; text: string }

const messagesFor = (res: { body: any }, path: string): string =>
  (res.body?.errors?.[0]?.data?.errors ?? [])
    .filter((error: any) => error.path === path)
    .map((error: any) => error.message)
    .join('\n')

const draft = async (data: Record<string, unknown> = {}) => {
  const res = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
    title: `Live story ${Math.random()}`,
    body: lexicalParagraphs('The council meets tonight.'),
    ...data,
    _status: 'draft',
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; slug: string }
}
const publish = (id: number, data: Record<string, unknown> = {}) =>
  newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { ...data, _status: 'published' })
const readerDocument = async (slug: string) =>
  (await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)).body
const update = (data: Record<string, unknown>) => ({ type: 'update', text: '', ...data })

beforeAll(async () => {
  newsroom = await startNewsroom({
    newsroom: { webhooks: { allowedHosts: ['127.0.0.1'] } },
  })
  speaker = (
    await makeNamedSource(newsroom.payload, {
      kind: 'official',
      description: 'the mayor',
      name: 'Ana Ortiz',
      role: 'Mayor',
    })
  ).id
  attributed = (await makeQuote(newsroom.payload, {
    text: 'We will reopen the square by Friday.',
    speaker,
  })) as never
})
afterAll(async () => newsroom?.close())

describe('a live update’s body', () => {
  it('is held to the publish gate: a quote without a speaker is refused, naming the update', async () => {
    const unattributed = await makeQuote(newsroom.payload, { text: 'Nobody owns these words.' })
    const story = await draft({
      updateLog: [update({ body: bodyQuoting(unattributed.id, 'A voice in the crowd: “') })],
    })
    const refused = await publish(story.id)
    expect(refused.status).toBe(400)
    expect(messagesFor(refused, 'updateLog.0.body')).toMatch(
      /“Nobody owns these words\.” has no speaker/,
    )
    expect((await newsroom.api('anonymous', 'GET', `/api/articles/${story.id}`)).status).toBe(404)
  })

  it('quoting an anonymous source needs legal’s sign-off for the update’s text too', async () => {
    const source = await makeAnonymousSource(newsroom.payload, newsroom.userId('editor'))
    const quote = await makeQuote(newsroom.payload, {
      text: 'The order came from the top.',
      speaker: source.id,
    })
    const story = await draft({ updateLog: [update({ body: bodyQuoting(quote.id) })] })
    const refused = await publish(story.id)
    expect(refused.status).toBe(400)
    expect(messagesFor(refused, 'legalSignOff.signedBy')).toMatch(
      /Legal must sign this story off before it is published: it quotes an anonymous source/,
    )
    // Legal signs off the story's text, the update's included; then it publishes.
    const signed = await newsroom.api('legal', 'POST', `/api/articles/${story.id}/legal-sign-off`, {
      note: 'Checked.',
    })
    expect(signed.status).toBe(200)
    const published = await publish(story.id)
    expect(published.status).toBe(200)
    const document = await readerDocument(story.slug)
    expect(document.updateLog[0].html).toContain('The order came from the top.')
    // The anonymous source's identity is nowhere: the same protection as the body's quotes.
    expect(containsDeep(document, 'Sgt. Secret Name')).toBe(false)
    expect(document.sources.map((s: any) => s.id)).toEqual(['anonymous-1'])
  })

  it('is published with the story: headline, HTML with the quote marked up, the line from its text, the quote and speaker public', async () => {
    const story = await draft({
      updateLog: [
        update({
          headline: 'The square reopens on Friday',
          body: bodyQuoting(attributed.id, 'The mayor said: “'),
        }),
      ],
    })
    // A draft's update is nobody's to read.
    expect(
      (await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.slug}`)).status,
    ).toBe(404)
    expect((await publish(story.id)).status).toBe(200)
    const document = await readerDocument(story.slug)
    const [entry] = document.updateLog
    expect(entry).toMatchObject({
      type: 'update',
      headline: 'The square reopens on Friday',
      text: 'The mayor said: “We will reopen the square by Friday.”',
      keyEvent: false,
      pinned: false,
    })
    expect(entry.html).toMatch(/<q class="quote"[^>]*data-quote="\d+"[^>]*>We will reopen/)
    expect(document.quotes.map((quote: any) => quote.id)).toEqual([attributed.id])
    expect(document.sources).toEqual([expect.objectContaining({ id: speaker, name: 'Ana Ortiz' })])
    // Cited in a published update: the quote and its speaker are public records now.
    expect((await newsroom.api('anonymous', 'GET', `/api/quotes/${attributed.id}`)).status).toBe(
      200,
    )
    const jsonld = (
      await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.slug}?format=jsonld`)
    ).body
    expect(jsonld.liveBlogUpdate[0]).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'The square reopens on Friday',
      articleBody: 'The mayor said: “We will reopen the square by Friday.”',
    })
  })

  it('a source quoted in an update made anonymous leaves the published story at once: its name and its id', async () => {
    const witness = await makeNamedSource(newsroom.payload, {
      description: 'a shopkeeper on the square',
      name: 'Rui Costa',
    })
    const quote = await makeQuote(newsroom.payload, {
      text: 'I saw them break the window.',
      speaker: witness.id,
    })
    const story = await draft({
      updateLog: [update({ body: bodyQuoting(quote.id, 'A shopkeeper said: “') })],
    })
    expect((await publish(story.id)).status).toBe(200)
    expect((await readerDocument(story.slug)).updateLog[0].html).toContain(
      `aria-describedby="source-${witness.id}"`,
    )
    const madeAnonymous = await newsroom.api('editor', 'PATCH', `/api/sources/${witness.id}`, {
      kind: 'anonymous',
      anonymity: {
        reason: 'Fears reprisals.',
        approvedBy: newsroom.userId('editor'),
        trueIdentity: 'Rui Costa, the bakery',
      },
    })
    expect(madeAnonymous.status).toBe(200)
    const document = await readerDocument(story.slug)
    expect(containsDeep(document, 'Rui Costa')).toBe(false)
    expect(document.sources.map((source: any) => source.id)).toEqual(['anonymous-1'])
    expect(document.updateLog[0].html).toContain('aria-describedby="source-anonymous-1"')
    expect(document.updateLog[0].html).not.toContain(`source-${witness.id}"`)
  })

  it('keeps an update written as a line alone, as before', async () => {
    const story = await draft({ updateLog: [update({ text: 'Police closed the road.' })] })
    expect((await publish(story.id)).status).toBe(200)
    const [entry] = (await readerDocument(story.slug)).updateLog
    expect(entry).toMatchObject({ text: 'Police closed the road.', html: null, body: null })
  })

  it('refuses an update with neither a line nor a text, naming the line', async () => {
    const story = await draft({ updateLog: [update({})] })
    const refused = await publish(story.id)
    expect(refused.status).toBe(400)
    expect(messagesFor(refused, 'updateLog.0.text')).not.toBe('')
  })
})

describe('what changed in an update', () => {
  it('the next edition shows its words removed and added, its headline’s too', async () => {
    const story = await draft({
      updateLog: [
        update({
          headline: 'Square to reopen',
          body: lexicalParagraphs('The square will reopen on Friday.'),
        }),
      ],
    })
    expect((await publish(story.id)).status).toBe(200)
    const first = await readerDocument(story.slug)
    const republished = await publish(story.id, {
      updateLog: [
        {
          ...first.updateLog[0],
          headline: 'Square to reopen later',
          body: lexicalParagraphs('The square will reopen on Monday.'),
        },
      ],
    })
    expect(republished.status).toBe(200)
    const edition = (
      await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.slug}/editions/2`)
    ).body
    expect(edition.changes.logEntries).toEqual([])
    const [changed] = edition.changes.updates
    expect(edition.changes.updates).toHaveLength(1)
    expect(changed.id).toBe(first.updateLog[0].id)
    const words = (runs: any[], side: 'added' | 'removed') =>
      runs
        .filter((run) => !run[side === 'added' ? 'removed' : 'added'])
        .map((run) => run.value)
        .join('')
        .trim()
    const changedWords = (runs: any[], side: 'added' | 'removed') =>
      runs.filter((run) => run[side]).map((run) => run.value.trim())
    expect([words(changed.headline, 'removed'), words(changed.headline, 'added')]).toEqual([
      'Square to reopen',
      'Square to reopen later',
    ])
    expect(changedWords(changed.headline, 'added')).toEqual(['later'])
    expect([words(changed.text, 'removed'), words(changed.text, 'added')]).toEqual([
      'The square will reopen on Friday.',
      'The square will reopen on Monday.',
    ])
    expect(changedWords(changed.text, 'removed')).toEqual(['Friday'])
    expect(changedWords(changed.text, 'added')).toEqual(['Monday'])
  })
})

describe('key events and the pinned entry', () => {
  it('reach readers with the story: flags on the entries, the editor’s note, in the document and ninjs', async () => {
    const story = await draft({
      editorsNote: 'What we know so far: the square is closed.',
      updateLog: [
        update({ text: 'Crowds gathered at noon.', keyEvent: true, headline: 'Crowds gather' }),
        update({ text: 'A road was closed.' }),
      ],
    })
    expect((await publish(story.id)).status).toBe(200)
    const document = await readerDocument(story.slug)
    expect(document.editorsNote).toBe('What we know so far: the square is closed.')
    expect(document.updateLog.map((entry: any) => [entry.keyEvent, entry.pinned])).toEqual([
      [true, false],
      [false, false],
    ])
    const ninjs = (
      await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.slug}?format=ninjs`)
    ).body
    expect(JSON.stringify(ninjs)).toContain('data-key-event=\\"true\\"')
    expect(JSON.stringify(ninjs)).toContain('What we know so far')
  })

  it('one pinned entry at most, and not beside an editor’s note: a 400 naming the log', async () => {
    const twice = await draft({
      updateLog: [
        update({ text: 'First.', pinned: true }),
        update({ text: 'Second.', pinned: true }),
      ],
    })
    const refused = await publish(twice.id)
    expect(refused.status).toBe(400)
    expect(messagesFor(refused, 'updateLog')).toMatch(/2 entries are pinned; pin one at most/)
    const withNote = await draft({
      editorsNote: 'Pinned note.',
      updateLog: [update({ text: 'Pinned update.', pinned: true })],
    })
    const alsoRefused = await publish(withNote.id)
    expect(alsoRefused.status).toBe(400)
    expect(messagesFor(alsoRefused, 'updateLog')).toMatch(/the editor’s note is set/)
    expect((await publish(withNote.id, { editorsNote: '' })).status).toBe(200)
    expect((await readerDocument(withNote.slug)).updateLog[0].pinned).toBe(true)
  })

  it('a draft’s new key event changes nothing readers get until it is published', async () => {
    const story = await draft({ updateLog: [update({ text: 'Opening line.' })] })
    expect((await publish(story.id)).status).toBe(200)
    const before = await readerDocument(story.slug)
    const saved = await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}?draft=true`, {
      updateLog: [{ ...before.updateLog[0], keyEvent: true }, update({ text: 'Not yet public.' })],
      _status: 'draft',
    })
    expect(saved.status).toBe(200)
    const after = await readerDocument(story.slug)
    expect(after.updateLog).toEqual(before.updateLog)
    expect(containsDeep(after, 'Not yet public.')).toBe(false)
  })
})

describe('the article.key_event webhook', () => {
  it('is queued once per update marked a key event, with its headline and its place on the page', async () => {
    const webhook = await newsroom.api('admin', 'POST', '/api/webhooks', {
      url: 'http://127.0.0.1:9/alerts',
      events: ['article.key_event'],
    })
    expect(webhook.status).toBe(201)
    const deliveries = async () =>
      (
        await newsroom.api(
          'admin',
          'GET',
          `/api/webhook-deliveries?where[webhook][equals]=${webhook.body.doc.id}&sort=createdAt&limit=100`,
        )
      ).body.docs as any[]
    const story = await draft({
      updateLog: [update({ text: 'Crowds gathered.', keyEvent: true, headline: 'Crowds gather' })],
    })
    expect((await publish(story.id)).status).toBe(200)
    const first = await readerDocument(story.slug)
    // A republish with nothing new marked sends nothing more; a new key event sends one more.
    expect((await publish(story.id, { dek: 'A dek.' })).status).toBe(200)
    expect(
      (
        await publish(story.id, {
          updateLog: [
            first.updateLog[0],
            update({ text: 'The square reopened at six.', keyEvent: true }),
          ],
        })
      ).status,
    ).toBe(200)
    const sent = await deliveries()
    expect(sent.map((delivery) => delivery.event)).toEqual([
      'article.key_event',
      'article.key_event',
    ])
    const second = (await readerDocument(story.slug)).updateLog[1]
    expect(sent.map((delivery) => delivery.payload.data.update)).toEqual([
      {
        id: first.updateLog[0].id,
        headline: 'Crowds gather',
        url: expect.stringMatching(
          new RegExp(`/stories/${story.slug}#update-${first.updateLog[0].id}$`),
        ),
      },
      {
        id: second.id,
        headline: 'The square reopened at six.',
        url: expect.stringMatching(new RegExp(`#update-${second.id}$`)),
      },
    ])
  })
})
