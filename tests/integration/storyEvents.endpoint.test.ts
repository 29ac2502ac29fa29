import { lexicalParagraphs } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { openEventStream } from '../helpers/sseClient'

/**
 * The event stream as Payload's own endpoint serves it, for a host with no server of its own in
 * front of Payload (this app's server answers the same path itself; tests/e2e/liveStory.e2e.ts).
 */
let newsroom: TestNewsroom
beforeAll(async () => {
  newsroom = await startNewsroom({ newsroom: { delivery: { eventStreamsPerClient: 2 } } })
})
afterAll(async () => newsroom?.close())

const events = (slug: string, headers: Record<string, string> = {}) => openEventStream(`${newsroom.baseURL}/api/articles/slug/${slug}/events`, headers)

it('opens a published story’s stream, says what changed after an update, and refuses drafts, unknown slugs and a client past its cap', async () => {
  const created = await newsroom.api('editor', 'POST', '/api/articles', { title: 'Endpoint stream story', body: lexicalParagraphs('First.'), _status: 'published' })
  const { id, slug } = created.body.doc
  const draft = await newsroom.api('editor', 'POST', '/api/articles', { title: 'Endpoint stream draft', body: lexicalParagraphs('Draft.') })
  expect((await events(draft.body.doc.slug)).status).toBe(404)
  expect((await events('no-such-story')).status).toBe(404)
  // A slug with an encoded slash (found by the fuzz run): no story, not a 500.
  expect((await events('..%2F..')).status).toBe(404)

  const stream = await events(slug, { 'x-forwarded-for': '192.0.2.10' })
  expect(stream.status).toBe(200)
  expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8')
  const ready = await stream.next('ready')
  expect(ready.data.etag).toBe((await fetch(`${newsroom.baseURL}/api/articles/slug/${slug}`)).headers.get('etag'))

  expect((await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { updateLog: [{ type: 'update', text: 'More to follow.' }] })).status).toBe(200)
  const update = await stream.next('story')
  expect(update.data).toMatchObject({ logEntry: { text: 'More to follow.' }, etag: (await fetch(`${newsroom.baseURL}/api/articles/slug/${slug}`)).headers.get('etag') })

  const second = await events(slug, { 'x-forwarded-for': '192.0.2.10' })
  expect(second.status).toBe(200)
  const third = await events(slug, { 'x-forwarded-for': '192.0.2.10' })
  expect(third.status).toBe(429)

  // Unpublished: every stream is told, then closed.
  expect((await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'draft' })).status).toBe(200)
  expect((await stream.next('story', { after: 2 })).data).toEqual({ published: false })
  await stream.closed
  second.close()
})
