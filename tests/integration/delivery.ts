import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { seedStory } from '../../seed/seed'
import { deliveryGeneration } from '../../src/plugin/delivery/invalidation'
import { bodyToPlainText } from '../../src/plugin/richText/plainText'
import { containsDeep, makeComment } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  let newsroom: TestNewsroom
  let articleId: number | string
  const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
  const url = `/api/articles/slug/${SLUG}`

  beforeAll(async () => {
    newsroom = await startNewsroom()
    articleId = (await seedStory(newsroom.payload, { log: () => {} })).articleId
  })
  afterAll(async () => newsroom?.close())

  const get = (path = url, headers: Record<string, string> = {}) =>
    newsroom.api('anonymous', 'GET', path, undefined, headers)

  describe('GET /api/articles/slug/:slug', () => {
    it('returns the whole published story in one document, public fields only', async () => {
      const res = await get()
      expect(res.status).toBe(200)
      const story = res.body
      expect(story).toMatchObject({
        id: articleId,
        slug: SLUG,
        storyStatus: 'developing',
        commentsOpen: true,
        commentCount: 0,
      })
      expect(story.quotes).toHaveLength(7)
      expect(story.sources).toHaveLength(7)
      const plain = bodyToPlainText(
        story.body,
        (ref) => story.quotes.find((q: any) => q.id === ref)?.text ?? '',
      )
      expect(plain).toContain('“Tell them I was trying to protect her.”')
      for (const secret of [
        'trueIdentity',
        'approvedBy',
        'authorEmail',
        'ipHash',
        'Not recorded in the seeded story text',
        'updatedAt',
      ]) {
        expect(containsDeep(story, secret)).toBe(false)
      }
      const colleague = story.sources.find((s: any) => s.kind === 'anonymous')
      expect(colleague.anonymity).toEqual({ reason: expect.stringMatching(/under investigation/) })
      const clip = story.sources.find((s: any) => s.kind === 'footage')
      expect(clip.provenance.verificationStatus).toBe('unverified')
    })

    it('answers 404 for an unknown slug and for a draft', async () => {
      expect((await get('/api/articles/slug/no-such-story')).status).toBe(404)
      await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Unpublished draft',
        slug: 'unpublished-draft',
        _status: 'draft',
      })
      expect((await get('/api/articles/slug/unpublished-draft')).status).toBe(404)
    })

    it('sends a strong ETag and Cache-Control, and 304 when the client has it', async () => {
      const first = await get()
      const etag = first.headers.get('etag')!
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect(first.headers.get('cache-control')).toMatch(/s-maxage=\d+/)
      expect(first.headers.get('cache-control')).toMatch(/stale-while-revalidate=\d+/)
      const again = await get(url, { 'if-none-match': etag })
      expect(again.status).toBe(304)
      expect(again.body).toBeUndefined()
      expect((await get(url, { 'if-none-match': '"something-else"' })).status).toBe(200)
    })

    it('serves schema.org NewsArticle JSON-LD for ?format=jsonld and for an ld+json Accept', async () => {
      const viaQuery = await get(`${url}?format=jsonld`)
      expect(viaQuery.headers.get('content-type')).toMatch(/application\/ld\+json/)
      const ld = viaQuery.body
      expect(ld).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: expect.stringMatching(/^The officer/),
      })
      const whisper = ld.citation.find(
        (q: any) => q.text === 'Tell them I was trying to protect her.',
      )
      expect(whisper).toMatchObject({
        '@type': 'Quotation',
        spokenByCharacter: { '@type': 'Person' },
        creator: { '@type': 'Person' },
      })
      expect(ld.articleBody).toContain('“Officers Are Human Too.”')
      const viaAccept = await get(url, { accept: 'application/ld+json' })
      expect(viaAccept.body).toEqual(ld)
      expect(viaAccept.headers.get('etag')).not.toBe((await get()).headers.get('etag'))
    })

    it('shows a correction as CorrectionComment and in the log, right after it is published', async () => {
      const before = await get()
      const article = (await newsroom.api('editor', 'GET', `/api/articles/${articleId}`)).body
      const res = await newsroom.api('editor', 'PATCH', `/api/articles/${articleId}`, {
        updateLog: [
          ...article.updateLog,
          { type: 'correction', text: 'An earlier version misdescribed the holding room.' },
        ],
      })
      expect(res.status).toBe(200)
      const after = await get()
      expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
      expect(after.body.updateLog.map((e: any) => e.type)).toContain('correction')
      const ld = (await get(`${url}?format=jsonld`)).body
      expect(ld.correction).toEqual([
        expect.objectContaining({
          '@type': 'CorrectionComment',
          text: 'An earlier version misdescribed the holding room.',
        }),
      ])
    })

    it('never serves a saved draft, and serves the published change at once', async () => {
      const published = (await get()).body.dek
      await newsroom.api('editor', 'PATCH', `/api/articles/${articleId}?draft=true`, {
        dek: 'A draft dek',
        _status: 'draft',
      })
      expect((await get()).body.dek).toBe(published)
      await newsroom.api('editor', 'PATCH', `/api/articles/${articleId}`, {
        dek: 'A published dek',
        _status: 'published',
      })
      expect((await get()).body.dek).toBe('A published dek')
    })

    it('carries the first page of approved comments, threaded, and the count, updated as moderators act', async () => {
      const root = await makeComment(newsroom.payload, articleId, { body: 'Root comment' })
      await makeComment(newsroom.payload, articleId, { body: 'A reply', parent: root.id })
      const pending = await makeComment(newsroom.payload, articleId, {
        body: 'Pending',
        status: 'pending',
      })
      let story = (await get()).body
      expect(story.commentCount).toBe(2)
      expect(story.comments.docs).toEqual([
        expect.objectContaining({
          body: 'Root comment',
          replies: [expect.objectContaining({ body: 'A reply' })],
        }),
      ])
      expect(containsDeep(story, 'Pending')).toBe(false)

      await newsroom.api('moderator', 'PATCH', `/api/comments/${pending.id}`, {
        status: 'approved',
      })
      story = (await get()).body
      expect(story.commentCount).toBe(3)
      expect(story.comments.docs.map((c: any) => c.body)).toEqual(['Root comment', 'Pending'])
      await newsroom.api('moderator', 'DELETE', `/api/comments/${pending.id}`)
      expect((await get()).body.commentCount).toBe(2)
    })
  })

  describe('the cache and transactions', () => {
    it('keeps the cached story when a comment enters the queue, and drops it when a comment is approved', async () => {
      await get()
      const before = deliveryGeneration()
      const posted = await newsroom.api(
        'anonymous',
        'POST',
        '/api/comments',
        {
          article: articleId,
          authorName: 'Queue reader',
          authorEmail: 'queue.reader@example.com',
          body: 'Waiting for a moderator.',
        },
        { 'x-forwarded-for': '203.0.113.77' },
      )
      expect(posted.status).toBe(201)
      // Readers cannot see a pending comment, so the served story has not changed.
      expect(deliveryGeneration()).toBe(before)
      const approved = await newsroom.api(
        'moderator',
        'PATCH',
        `/api/comments/${posted.body.doc.id}`,
        { status: 'approved' },
      )
      expect(approved.status).toBe(200)
      expect(deliveryGeneration()).toBeGreaterThan(before)
      expect((await get()).body.comments.docs.map((c: any) => c.body)).toContain(
        'Waiting for a moderator.',
      )
    })

    it('serves a write as soon as it commits, even if a reader cached the old story while it was in flight', async () => {
      const { payload } = newsroom
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      await payload.update({
        collection: 'articles',
        id: articleId,
        data: { dek: 'A dek committed a moment later.' },
        req,
        overrideAccess: true,
      })
      // Until the commit, readers see (and the cache keeps) the story as it was.
      const during = await get()
      expect(during.body.dek).not.toBe('A dek committed a moment later.')
      await commitTransaction(req)
      // Well inside the cache's 5 s TTL: the entry built from the old data must not be served.
      const deadline = Date.now() + 1_000
      let after = await get()
      while (after.body.dek !== 'A dek committed a moment later.' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20))
        after = await get()
      }
      expect(after.body.dek).toBe('A dek committed a moment later.')
    })
  })
}
