import type { IncomingMessage, ServerResponse } from 'node:http'

import { serveCachedStory } from 'newsroom-payload/fast-path'
import { createNewsroomClient } from 'newsroom-payload/fetch-client'

import { lexicalParagraphs } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

/**
 * A host that renames the articles collection ("stories"): the delivery endpoint, its fast path in
 * front of Payload, the OpenAPI document and the typed client all follow the name.
 */
let newsroom: TestNewsroom
beforeAll(async () => {
  newsroom = await startNewsroom({ newsroom: { slugs: { articles: 'stories' } } })
  await newsroom.payload.create({
    collection: 'stories' as never,
    data: {
      title: 'Renamed story',
      body: lexicalParagraphs('Text.'),
      _status: 'published',
    } as never,
    overrideAccess: true,
  })
})
afterAll(async () => newsroom?.close())

it('serves the story at /api/stories/slug/:slug and nothing at the old name', async () => {
  expect(
    (await newsroom.api('anonymous', 'GET', '/api/stories/slug/renamed-story')).body.title,
  ).toBe('Renamed story')
  expect((await newsroom.api('anonymous', 'GET', '/api/articles/slug/renamed-story')).status).toBe(
    404,
  )
})

it('the fast path answers the renamed path from the cache, with no configuration', async () => {
  await newsroom.api('anonymous', 'GET', '/api/stories/slug/renamed-story')
  const written: { status?: number; headers?: Record<string, string>; body?: Buffer } = {}
  const res = {
    writeHead: (status: number, headers: Record<string, string>) =>
      Object.assign(written, { status, headers }),
    end: (body?: Buffer) => Object.assign(written, { body }),
  } as unknown as ServerResponse
  const answered = await serveCachedStory(
    { method: 'GET', url: '/api/stories/slug/renamed-story', headers: {} } as IncomingMessage,
    res,
  )
  expect(answered).toBe(true)
  expect(written.status).toBe(200)
  expect(written.headers!['X-Cache']).toBe('HIT')
  expect(JSON.parse(String(written.body)).title).toBe('Renamed story')
  expect(
    await serveCachedStory(
      { method: 'GET', url: '/api/articles/slug/renamed-story', headers: {} } as IncomingMessage,
      res,
    ),
  ).toBe(false)
})

it('the OpenAPI document and the typed client use the renamed paths', async () => {
  const openapi = await newsroom.api('anonymous', 'GET', '/api/openapi.json')
  expect(Object.keys(openapi.body.paths)).toEqual(
    expect.arrayContaining([
      '/api/stories',
      '/api/stories/slug/{slug}',
      '/api/stories/{id}/error-reports',
    ]),
  )
  const client = createNewsroomClient({ baseURL: newsroom.baseURL, slugs: { articles: 'stories' } })
  expect((await client.getStory('renamed-story'))!.title).toBe('Renamed story')
  expect((await client.listArticles()).docs.map((doc) => doc.title)).toEqual(['Renamed story'])
})
