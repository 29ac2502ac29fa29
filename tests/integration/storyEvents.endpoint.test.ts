import type { AddressInfo } from 'node:net'

import http from 'node:http'

import { openChannels, openStreams, type StoryFetcher } from '../../src/plugin/delivery/events'
import { serveStoryEvents } from '../../src/plugin/delivery/fastPath'
import { lexicalParagraphs } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { type EventStream, openEventStream } from '../helpers/sseClient'

/**
 * The event stream as Payload's own endpoint serves it, for a host with no server of its own in
 * front of Payload (this app's server answers the same path itself; tests/e2e/liveStory.e2e.ts).
 */
let newsroom: TestNewsroom
beforeAll(async () => {
  // A story nobody listens to keeps its channel 0.2 s (60 s by default) for clients that reconnect.
  newsroom = await startNewsroom({
    newsroom: { delivery: { eventStreamsPerClient: 2, eventResumeSeconds: 0.2 } },
  })
})
afterAll(async () => newsroom?.close())

const events = (slug: string, headers: Record<string, string> = {}) =>
  openEventStream(`${newsroom.baseURL}/api/articles/slug/${slug}/events`, headers)

const publishedStory = async (title: string) =>
  (
    await newsroom.api('editor', 'POST', '/api/articles', {
      title,
      body: lexicalParagraphs('Text.'),
      _status: 'published',
    })
  ).body.doc as { id: number; slug: string }

const waitFor = async (check: () => boolean, timeoutMs = 5_000) => {
  const until = Date.now() + timeoutMs
  while (!check() && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return check()
}

/** Opens `count` streams at once; the accepted ones stay open (close them), the others are answered. */
const openAtOnce = (open: () => Promise<EventStream>, count: number) =>
  Promise.all(Array.from({ length: count }, open))
const closeAll = (streams: EventStream[]) =>
  streams.filter((stream) => stream.status === 200).forEach((stream) => stream.close())

/**
 * The same streams held by a server in front of Payload (as this app's express server does, in
 * src/server/http/index.ts): the story is read over loopback from the path the fast path builds.
 */
describe('the fast path’s event streams', () => {
  let front: http.Server
  let frontURL: string
  beforeAll(async () => {
    const fetchStory: StoryFetcher = async (storyPath) => {
      const story = await fetch(`${newsroom.baseURL}${storyPath}`, {
        headers: { accept: 'application/json' },
      })
      if (story.status === 404) {
        return null
      }
      if (!story.ok && story.status !== 410) {
        throw new Error(`${storyPath} answered ${story.status}`)
      }
      return { etag: story.headers.get('etag') ?? '', document: await story.json() }
    }
    const options = {
      fetchStory,
      clientAddress: (req: http.IncomingMessage) =>
        String(req.headers['x-forwarded-for'] ?? req.socket.remoteAddress),
      maxPerAddress: 3,
      resumeMs: 200,
    }
    front = http.createServer((req, res) => {
      if (serveStoryEvents(req, res, options)) {
        return
      }
      // What the rest of the app would answer for these paths: not a stream.
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end('{"errors":[{"message":"Not found"}]}')
    })
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve))
    frontURL = `http://127.0.0.1:${(front.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    front?.closeAllConnections()
    await new Promise((resolve) => front?.close(resolve))
  })

  it('opens streams only for a story’s slug, never for another path of the server', async () => {
    const { slug } = await publishedStory('Fast path story')
    const ok = await openEventStream(`${frontURL}/api/articles/slug/${slug}/events`)
    expect(ok.status).toBe(200)
    ok.close()
    for (const path of [
      '/api/users/me%3F/slug/a/events',
      '/healthz%3F/slug/a/events',
      '/api/globals/newsroom%3F/slug/a/events',
      `/api/users/me%3F/slug/${slug}/events`,
      '/api/articles/slug/..%2F..%2Fusers%2Fme%3F/events',
      `/api/articles/slug/${slug}%3Fx/events`,
    ]) {
      const refused = await openEventStream(`${frontURL}${path}`)
      expect([path, refused.status]).toEqual([path, 404])
    }
    expect(await waitFor(() => openChannels() === 0)).toBe(true)
  })

  it('holds a client to its cap when it opens many streams at once', async () => {
    const { slug } = await publishedStory('Fast path parallel story')
    const streams = await openAtOnce(
      () =>
        openEventStream(`${frontURL}/api/articles/slug/${slug}/events`, {
          'x-forwarded-for': '198.51.100.7',
        }),
      60,
    )
    expect(streams.filter((stream) => stream.status === 200)).toHaveLength(3)
    expect(streams.filter((stream) => stream.status === 429)).toHaveLength(57)
    closeAll(streams)
    expect(await waitFor(() => openStreams() === 0 && openChannels() === 0)).toBe(true)
    // The slots came back.
    const again = await openEventStream(`${frontURL}/api/articles/slug/${slug}/events`, {
      'x-forwarded-for': '198.51.100.7',
    })
    expect(again.status).toBe(200)
    again.close()
  })
})

it('opens a published story’s stream, says what changed after an update, and refuses drafts, unknown slugs and a client past its cap', async () => {
  const created = await newsroom.api('editor', 'POST', '/api/articles', {
    title: 'Endpoint stream story',
    body: lexicalParagraphs('First.'),
    _status: 'published',
  })
  const { id, slug } = created.body.doc
  const draft = await newsroom.api('editor', 'POST', '/api/articles', {
    title: 'Endpoint stream draft',
    body: lexicalParagraphs('Draft.'),
  })
  expect((await events(draft.body.doc.slug)).status).toBe(404)
  expect((await events('no-such-story')).status).toBe(404)
  // A slug with an encoded slash (found by the fuzz run): no story, not a 500.
  expect((await events('..%2F..')).status).toBe(404)

  const stream = await events(slug, { 'x-forwarded-for': '192.0.2.10' })
  expect(stream.status).toBe(200)
  expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8')
  const ready = await stream.next('ready')
  expect(ready.data.etag).toBe(
    (await fetch(`${newsroom.baseURL}/api/articles/slug/${slug}`)).headers.get('etag'),
  )

  expect(
    (
      await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
        updateLog: [{ type: 'update', text: 'More to follow.' }],
      })
    ).status,
  ).toBe(200)
  const update = await stream.next('story')
  expect(update.data).toMatchObject({
    logEntry: { text: 'More to follow.' },
    etag: (await fetch(`${newsroom.baseURL}/api/articles/slug/${slug}`)).headers.get('etag'),
  })

  const second = await events(slug, { 'x-forwarded-for': '192.0.2.10' })
  expect(second.status).toBe(200)
  const third = await events(slug, { 'x-forwarded-for': '192.0.2.10' })
  expect(third.status).toBe(429)

  // Unpublished: every stream is told, then closed.
  expect(
    (await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'draft' })).status,
  ).toBe(200)
  expect((await stream.next('story', { after: 2 })).data).toEqual({ published: false })
  await stream.closed
  second.close()
})

describe('the per-client cap and the channels', () => {
  it('admits exactly the cap when a client opens many streams at once, and frees the slots when they close', async () => {
    const { slug } = await publishedStory('Parallel streams story')
    const streams = await openAtOnce(() => events(slug, { 'x-forwarded-for': '192.0.2.20' }), 60)
    expect(streams.filter((stream) => stream.status === 200)).toHaveLength(2)
    expect(streams.filter((stream) => stream.status === 429)).toHaveLength(58)
    closeAll(streams)
    expect(await waitFor(() => openStreams() === 0)).toBe(true)
    const again = await events(slug, { 'x-forwarded-for': '192.0.2.20' })
    expect(again.status).toBe(200)
    again.close()
  })

  it('counts an IPv6 client by its /64, as flood control does', async () => {
    const { slug } = await publishedStory('IPv6 streams story')
    const first = await events(slug, { 'x-forwarded-for': '2001:db8:1:2::1' })
    const second = await events(slug, { 'x-forwarded-for': '2001:db8:1:2::2' })
    const third = await events(slug, { 'x-forwarded-for': '2001:db8:1:2:ffff:ffff:ffff:3' })
    const otherNetwork = await events(slug, { 'x-forwarded-for': '2001:db8:1:3::1' })
    expect([first.status, second.status, third.status, otherNetwork.status]).toEqual([
      200, 200, 429, 200,
    ])
    for (const stream of [first, second, otherNetwork]) {
      stream.close()
    }
  })

  it('keeps a channel per story only while it has listeners (and the resume window after)', async () => {
    expect(await waitFor(() => openChannels() === 0)).toBe(true)
    const stories = [
      await publishedStory('Channel story one'),
      await publishedStory('Channel story two'),
      await publishedStory('Channel story three'),
    ]
    for (let round = 0; round < 3; round++) {
      const streams = await Promise.all(
        stories.map(({ slug }, index) =>
          events(slug, { 'x-forwarded-for': `192.0.2.${30 + index}` }),
        ),
      )
      expect(streams.map((stream) => stream.status)).toEqual([200, 200, 200])
      expect(openChannels()).toBe(3)
      closeAll(streams)
      expect(await waitFor(() => openChannels() === 0)).toBe(true)
    }
    // Unknown and malformed slugs never make one.
    for (const slug of ['no-such-story', 'UPPER', 'a%3Fb', '-a', 'a--b']) {
      expect((await events(slug)).status).toBe(404)
    }
    expect(openChannels()).toBe(0)
  })

  it('sends a client resuming with an id from a closed channel the story as it is now', async () => {
    const { id, slug } = await publishedStory('Resumed stream story')
    const stream = await events(slug)
    const ready = await stream.next('ready')
    stream.close()
    expect(await waitFor(() => openChannels() === 0)).toBe(true)
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
          updateLog: [{ type: 'update', text: 'Changed while away.' }],
        })
      ).status,
    ).toBe(200)
    const resumed = await events(slug, { 'last-event-id': String(ready.id) })
    const story = await resumed.next('story')
    expect(story.data.etag).toBe(
      (await fetch(`${newsroom.baseURL}/api/articles/slug/${slug}`)).headers.get('etag'),
    )
    expect(story.data.etag).not.toBe(ready.data.etag)
    resumed.close()
  })
})
