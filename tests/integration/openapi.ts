import Ajv2020 from 'ajv/dist/2020'

import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { seedStory } from '../../seed/seed'
import { createNewsroomClient, NewsroomApiError } from '../../src/plugin/client'
import {
  AUTHOR_KINDS,
  AUTHOR_ROLES,
  EDITION_REASONS,
  LOG_ENTRY_TYPES,
  LOG_REVISION_ACTIONS,
  QUOTE_KINDS,
  SOURCE_KINDS,
  STORY_STATUS_VALUES,
  valuesOf,
  VERIFICATION_STATUSES,
  WEBHOOK_EVENTS,
} from '../../src/plugin/vocabulary'
import { makeComment } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
  let newsroom: TestNewsroom
  let spec: any
  let articleId: number | string
  const ajv = new Ajv2020({ strict: false, allErrors: true })

  beforeAll(async () => {
    newsroom = await startNewsroom({ newsroom: { submissions: { floodSeconds: 30 } } })
    articleId = (await seedStory(newsroom.payload, { log: () => {} })).articleId
    await makeComment(newsroom.payload, articleId, { body: 'An approved comment' })
    spec = (await newsroom.api('anonymous', 'GET', '/api/openapi.json')).body
    ajv.addSchema(spec, 'openapi')
  })
  afterAll(async () => newsroom?.close())

  /** Validates a real response against the schema the document declares for that path, method and status. */
  const conforms = (
    path: string,
    method: string,
    status: number,
    body: unknown,
    mediaType = 'application/json',
  ) => {
    const response = spec.paths[path]?.[method]?.responses?.[String(status)]
    expect(response).toBeDefined()
    const schemaRef = response.content?.[mediaType]?.schema?.$ref as string | undefined
    expect(schemaRef).toBeDefined()
    const validate = ajv.getSchema(`openapi${schemaRef}`)!
    const ok = validate(body)
    if (!ok) {
      throw new Error(
        `${method.toUpperCase()} ${path} ${status} does not match ${schemaRef}: ${ajv.errorsText(validate.errors)}`,
      )
    }
  }

  describe('GET /api/openapi.json', () => {
    it('names every operation (unique operationIds), says which need a login, and documents every webhook event', () => {
      const operations = Object.entries(spec.paths).flatMap(([path, item]: [string, any]) =>
        ['get', 'post', 'patch', 'put', 'delete']
          .filter((method) => item[method])
          .map((method) => ({ path, method, operation: item[method] })),
      )
      const ids = operations.map(({ operation }) => operation.operationId)
      expect(
        ids.every(
          (operationId) => typeof operationId === 'string' && /^[a-z]\w*$/.test(operationId),
        ),
      ).toBe(true)
      expect(new Set(ids).size).toBe(ids.length)
      expect(spec.paths['/api/articles/slug/{slug}'].get.operationId).toBe('getArticlesSlugBySlug')
      // Legal's endpoints need a login; the schemes they name exist.
      for (const [path, method] of [
        ['/api/articles/{id}/legal-sign-off', 'post'],
        ['/api/articles/{id}/takedown', 'post'],
        ['/api/articles/{id}/takedown', 'delete'],
        ['/api/articles/awaiting-republish', 'get'],
        ['/api/articles/{id}/republish', 'post'],
      ]) {
        const security = spec.paths[path][method].security as Record<string, unknown>[]
        expect(security.length).toBeGreaterThan(0)
        for (const requirement of security) {
          for (const scheme of Object.keys(requirement)) {
            expect(spec.components.securitySchemes[scheme]).toBeDefined()
          }
        }
      }
      expect(spec.paths['/api/articles/slug/{slug}'].get.security).toBeUndefined()
      // One webhook per event the newsroom sends, each with the body schema receivers validate against.
      expect(Object.keys(spec.webhooks).sort()).toEqual([...valuesOf(WEBHOOK_EVENTS)].sort())
      expect(spec.components.schemas.WebhookEvent.properties.type.enum).toEqual(
        valuesOf(WEBHOOK_EVENTS),
      )
    })

    it('is an OpenAPI 3.1 document of the public endpoints, with its server', () => {
      expect(spec.openapi).toBe('3.1.0')
      expect(Object.keys(spec.paths)).toEqual(
        expect.arrayContaining([
          '/api/articles',
          '/api/articles/slug/{slug}',
          '/api/comments',
          '/api/comments/{id}/report',
          '/api/articles/{id}/error-reports',
          '/api/sources',
          '/api/sources/{id}',
          '/api/quotes',
          '/api/quotes/{id}',
        ]),
      )
      // No SERVER_URL in this test: relative to where the document is, never the request's Host.
      expect(spec.servers).toEqual([expect.objectContaining({ url: '/' })])
      expect(spec.components.schemas.DeliveryArticle.properties.body.anyOf[0].$ref).toBe(
        '#/components/schemas/LexicalBody',
      )
    })

    it('describes sources and quotes as readers get them, populated lists included, and would catch an identity leaking', async () => {
      const sources = await newsroom.api('anonymous', 'GET', '/api/sources?limit=100')
      conforms('/api/sources', 'get', 200, sources.body)
      expect(sources.body.docs.some((source: any) => source.kind === 'anonymous')).toBe(true)
      conforms(
        '/api/sources/{id}',
        'get',
        200,
        (await newsroom.api('anonymous', 'GET', `/api/sources/${sources.body.docs[0].id}`)).body,
      )
      conforms(
        '/api/sources/{id}',
        'get',
        404,
        (await newsroom.api('anonymous', 'GET', '/api/sources/999999')).body,
      )
      for (const depth of [0, 1, 2]) {
        const quotes = await newsroom.api(
          'anonymous',
          'GET',
          `/api/quotes?limit=100&depth=${depth}`,
        )
        conforms('/api/quotes', 'get', 200, quotes.body)
        conforms(
          '/api/quotes/{id}',
          'get',
          200,
          (
            await newsroom.api(
              'anonymous',
              'GET',
              `/api/quotes/${quotes.body.docs[0].id}?depth=${depth}`,
            )
          ).body,
        )
      }
      conforms(
        '/api/quotes/{id}',
        'get',
        404,
        (await newsroom.api('anonymous', 'GET', '/api/quotes/999999')).body,
      )
      const anonymous = sources.body.docs.find((source: any) => source.kind === 'anonymous')
      expect(() =>
        conforms('/api/sources/{id}', 'get', 200, { ...anonymous, name: 'A real name' }),
      ).toThrow(/does not match/)
      expect(() =>
        conforms('/api/sources/{id}', 'get', 200, {
          ...anonymous,
          anonymity: { ...anonymous.anonymity, trueIdentity: 'x' },
        }),
      ).toThrow(/does not match/)
    })

    it('describes the real responses of every public endpoint', async () => {
      const client = createNewsroomClient({
        baseURL: newsroom.baseURL,
        headers: { 'x-forwarded-for': '203.0.113.77' },
      })

      const story = await client.getStory(SLUG)
      const { etag, ...document } = story!
      expect(etag).toMatch(/^"/)
      conforms('/api/articles/slug/{slug}', 'get', 200, document)
      expect(await client.getStory(SLUG, { ifNoneMatch: story!.etag })).toBeNull()
      conforms(
        '/api/articles/slug/{slug}',
        'get',
        200,
        await client.getStoryJsonLd(SLUG),
        'application/ld+json',
      )
      const missing = await newsroom.api('anonymous', 'GET', '/api/articles/slug/missing')
      conforms('/api/articles/slug/{slug}', 'get', 404, missing.body)
      expect(document.authors?.map((author) => author.name)).toEqual(['Staff'])

      // The story's author, their page and the authors list (the typed client's getAuthor).
      const author = await client.getAuthor('staff')
      expect(author!.stories.docs.map((one) => one.slug)).toEqual([SLUG])
      conforms('/api/authors/slug/{slug}', 'get', 200, author)
      expect(await client.getAuthor('nobody-at-all')).toBeNull()
      for (const [path, status] of [
        ['/api/authors/slug/nobody-at-all', 404],
        ['/api/authors/slug/staff?page=0', 400],
      ] as const) {
        const answer = await newsroom.api('anonymous', 'GET', path)
        expect(answer.status).toBe(status)
        conforms('/api/authors/slug/{slug}', 'get', status, answer.body)
      }
      conforms(
        '/api/authors',
        'get',
        200,
        (await newsroom.api('anonymous', 'GET', '/api/authors')).body,
      )
      conforms(
        '/api/authors/{id}',
        'get',
        200,
        (await newsroom.api('anonymous', 'GET', `/api/authors/${author!.author.id}`)).body,
      )

      // Search (the typed client's search): the seeded story found by its words, and a refusal.
      const results = await client.search('camera officer')
      expect(results.docs.map((hit) => hit.slug)).toContain(SLUG)
      expect(results.docs[0].snippet).toMatch(/<mark>/)
      conforms('/api/search', 'get', 200, results)
      const tooLong = await newsroom.api('anonymous', 'GET', `/api/search?q=${'x'.repeat(300)}`)
      expect(tooLong.status).toBe(400)
      conforms('/api/search', 'get', 400, tooLong.body)

      conforms('/api/articles', 'get', 200, await client.listArticles())
      conforms(
        '/api/comments',
        'get',
        200,
        (
          await newsroom.api(
            'anonymous',
            'GET',
            `/api/comments?where[article][equals]=${articleId}&limit=1000`,
          )
        ).body,
      )
      conforms('/api/articles/{id}/comments', 'get', 200, await client.listComments(articleId))
      conforms(
        '/api/articles/{id}/comments',
        'get',
        400,
        (await newsroom.api('anonymous', 'GET', `/api/articles/${articleId}/comments?page=0`)).body,
      )
      conforms(
        '/api/articles/{id}/comments',
        'get',
        404,
        (await newsroom.api('anonymous', 'GET', '/api/articles/999999/comments')).body,
      )

      const accepted = await client.submitComment({
        article: articleId,
        authorName: 'Client',
        authorEmail: 'client@example.com',
        body: 'Through the typed client',
      })
      conforms('/api/comments', 'post', 201, accepted)
      expect(accepted.doc.status).toBe('pending')

      const invalid = await newsroom.api(
        'anonymous',
        'POST',
        '/api/comments',
        { article: articleId, authorName: '', authorEmail: 'x', body: '' },
        { 'x-forwarded-for': '203.0.113.78' },
      )
      conforms('/api/comments', 'post', 400, invalid.body)
      const flood = await client
        .submitComment({
          article: articleId,
          authorName: 'Client',
          authorEmail: 'client2@example.com',
          body: 'Again',
        })
        .catch((e) => e)
      expect(flood).toBeInstanceOf(NewsroomApiError)
      expect(flood.status).toBe(429)
      expect(flood.retryAfterSeconds).toBeGreaterThan(0)
      const floodRaw = await newsroom.api(
        'anonymous',
        'POST',
        '/api/comments',
        { article: articleId, authorName: 'C', authorEmail: 'c3@example.com', body: 'x' },
        { 'x-forwarded-for': '203.0.113.77' },
      )
      conforms('/api/comments', 'post', 429, floodRaw.body)

      const comment = (await client.listComments(articleId)).docs[0]
      const reported = await newsroom.api(
        'anonymous',
        'POST',
        `/api/comments/${comment.id}/report`,
        { reason: 'Off-topic' },
        { 'x-forwarded-for': '203.0.113.79' },
      )
      conforms('/api/comments/{id}/report', 'post', 202, reported.body)
      const notFound = await newsroom.api(
        'anonymous',
        'POST',
        '/api/comments/999999/report',
        {},
        { 'x-forwarded-for': '203.0.113.80' },
      )
      conforms('/api/comments/{id}/report', 'post', 404, notFound.body)

      const errorReport = await newsroom.api(
        'anonymous',
        'POST',
        `/api/articles/${articleId}/error-reports`,
        { text: 'A typo' },
        { 'x-forwarded-for': '203.0.113.81' },
      )
      conforms('/api/articles/{id}/error-reports', 'post', 201, errorReport.body)
      const badReport = await client.reportError(articleId, { text: '' }).catch((e) => e)
      // Staff's: the stories awaiting a republish, and a republish refused for want of a log entry.
      const quote = (await client.getStory(SLUG))!.quotes[0]
      conforms(
        '/api/articles/awaiting-republish',
        'get',
        200,
        (await newsroom.api('editor', 'GET', `/api/articles/awaiting-republish?quote=${quote.id}`))
          .body,
      )
      conforms(
        '/api/articles/awaiting-republish',
        'get',
        400,
        (await newsroom.api('editor', 'GET', '/api/articles/awaiting-republish?quote=abc')).body,
      )
      conforms(
        '/api/articles/{id}/republish',
        'post',
        400,
        (await newsroom.api('editor', 'POST', `/api/articles/${articleId}/republish`, {})).body,
      )
      conforms(
        '/api/articles/{id}/republish',
        'post',
        403,
        (await newsroom.api('reporter', 'POST', `/api/articles/${articleId}/republish`, {})).body,
      )
      expect(badReport.fieldErrors).toEqual([expect.objectContaining({ path: 'text' })])
    })

    it('takes its enums from the newsroom vocabulary: a stream event can name a retraction', () => {
      // The stream's entries are the story document's: one schema for both.
      expect(spec.components.schemas.StoryChanged.oneOf[0].properties.logEntry.oneOf[1]).toEqual({
        $ref: '#/components/schemas/LogEntry',
      })
      const changed = spec.components.schemas.LogEntry
      expect(changed.properties.type.enum).toEqual(valuesOf(LOG_ENTRY_TYPES))
      expect(changed.properties.type.enum).toContain('retraction')
      // Every enum sharing a word with one of the vocabulary's lists is that whole list, in its order
      // (the one subset: a new comment is answered as pending or approved, never with the rest).
      const lists = [
        valuesOf(LOG_ENTRY_TYPES),
        valuesOf(EDITION_REASONS),
        [...LOG_REVISION_ACTIONS],
        valuesOf(QUOTE_KINDS),
        valuesOf(SOURCE_KINDS),
        [...STORY_STATUS_VALUES],
        valuesOf(VERIFICATION_STATUSES),
        valuesOf(AUTHOR_KINDS),
        valuesOf(AUTHOR_ROLES),
      ] as string[][]
      const enums: { at: string; values: unknown[] }[] = []
      const walk = (node: unknown, at: string) => {
        if (!node || typeof node !== 'object') {
          return
        }
        if (Array.isArray((node as any).enum)) {
          enums.push({ at, values: (node as any).enum })
        }
        for (const [key, child] of Object.entries(node)) {
          walk(child, `${at}/${key}`)
        }
      }
      walk(spec, '#')
      let checked = 0
      for (const { at, values } of enums) {
        // Two lists share words (an edition's reason and a log entry's type: correction, retraction): the enum is one of them, whole.
        const sharing = lists.filter((list) =>
          values.some((value) => list.includes(value as string)),
        )
        if (!sharing.length) {
          continue
        }
        checked++
        expect({ at, values }).toEqual({
          at,
          values:
            sharing.find((list) => JSON.stringify(list) === JSON.stringify(values)) ?? sharing[0],
        })
      }
      expect(checked).toBeGreaterThanOrEqual(6)
    })

    it('would catch a response that leaks a private field', () => {
      expect(() =>
        conforms('/api/comments', 'get', 200, {
          docs: [{ id: 1, authorName: 'a', body: 'b', status: 'approved', authorEmail: 'x@y.z' }],
          totalDocs: 1,
          limit: 10,
        }),
      ).toThrow(/does not match/)
    })
  })
}
