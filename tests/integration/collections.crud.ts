import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { lexicalParagraphs } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom()
  })
  afterAll(async () => newsroom?.close())

  describe('an editor over REST', () => {
    it('creates, reads, updates and deletes an article, with its slug made from the title', async () => {
      const created = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'Officer’s clip: what we know…',
        body: lexicalParagraphs('First paragraph.'),
        _status: 'published',
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      expect(created.body.doc.slug).toBe('officers-clip-what-we-know')
      expect(created.body.doc.storyStatus).toBe('developing')
      expect(created.body.doc.publishedAt).toEqual(expect.any(String))

      const read = await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)
      expect(read.status).toBe(200)
      expect(read.body.title).toBe('Officer’s clip: what we know…')

      const updated = await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
        dek: 'A new dek',
        storyStatus: 'updated',
      })
      expect(updated.status).toBe(200)
      expect(updated.body.doc).toMatchObject({
        dek: 'A new dek',
        storyStatus: 'updated',
        slug: 'officers-clip-what-we-know',
      })

      const deleted = await newsroom.api('editor', 'DELETE', `/api/articles/${id}`)
      expect(deleted.status).toBe(200)
      expect((await newsroom.api('editor', 'GET', `/api/articles/${id}`)).status).toBe(404)
    })

    it('keeps a slug the editor typed, and refuses a slug another article has', async () => {
      const first = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'Vigil outside the station',
        slug: 'vigil',
        body: lexicalParagraphs('Candles.'),
        _status: 'published',
      })
      expect(first.body.doc.slug).toBe('vigil')
      const clash = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'Another vigil',
        slug: 'vigil',
        body: lexicalParagraphs('More candles.'),
        _status: 'published',
      })
      expect(clash.status).toBe(400)
      expect(clash.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'slug' })])
    })

    it('creates, updates and deletes sources and quotes', async () => {
      const source = await newsroom.api('editor', 'POST', '/api/sources', {
        description: 'a leaked security-camera clip',
        kind: 'footage',
        provenance: {
          howObtained: 'Leaked',
          recordedAt: 'Minutes before the escort',
          verificationStatus: 'unverified',
        },
      })
      expect(source.status).toBe(201)
      const quote = await newsroom.api('editor', 'POST', '/api/quotes', {
        text: 'Tell them I was trying to protect her.',
        kind: 'verbatim',
        speaker: source.body.doc.id,
      })
      expect(quote.status).toBe(201)
      expect(quote.body.doc.speaker.id).toBe(source.body.doc.id)

      const patched = await newsroom.api('editor', 'PATCH', `/api/sources/${source.body.doc.id}`, {
        provenance: { verificationStatus: 'partly-verified' },
      })
      expect(patched.body.doc.provenance.verificationStatus).toBe('partly-verified')

      expect(
        (await newsroom.api('editor', 'DELETE', `/api/quotes/${quote.body.doc.id}`)).status,
      ).toBe(200)
      expect(
        (await newsroom.api('editor', 'DELETE', `/api/sources/${source.body.doc.id}`)).status,
      ).toBe(200)
    })
  })

  describe('comments', () => {
    it('are created by a reader, moderated, updated and deleted by a moderator', async () => {
      const article = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'Commented story',
        body: lexicalParagraphs('Text.'),
        _status: 'published',
      })
      const created = await newsroom.api('anonymous', 'POST', '/api/comments', {
        article: article.body.doc.id,
        authorName: 'Ana',
        authorEmail: 'ana@example.com',
        body: 'Officers are human too.',
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id

      const approved = await newsroom.api('moderator', 'PATCH', `/api/comments/${id}`, {
        status: 'approved',
      })
      expect(approved.body.doc.status).toBe('approved')
      expect((await newsroom.api('anonymous', 'GET', `/api/comments/${id}`)).status).toBe(200)

      expect((await newsroom.api('moderator', 'DELETE', `/api/comments/${id}`)).status).toBe(200)
      expect((await newsroom.api('moderator', 'GET', `/api/comments/${id}`)).status).toBe(404)
    })
  })

  describe('users', () => {
    it('are created, updated and deleted by an admin', async () => {
      const created = await newsroom.api('admin', 'POST', '/api/users', {
        email: 'new.editor@test.newsroom',
        password: 'a long enough password',
        roles: ['editor'],
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const promoted = await newsroom.api('admin', 'PATCH', `/api/users/${id}`, {
        roles: ['editor', 'moderator'],
      })
      expect(promoted.body.doc.roles).toEqual(['editor', 'moderator'])
      expect((await newsroom.api('admin', 'DELETE', `/api/users/${id}`)).status).toBe(200)
    })
  })
}
