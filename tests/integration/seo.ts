import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { lexicalParagraphs } from '../helpers/fixtures'
import { photoWithLocation, uploadForm } from '../helpers/images'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  /**
   * Search and social fields (Payload's plugin-seo on articles) as frontends and crawlers meet them:
   * the delivery document's `meta` (the editors' fields, else the headline, dek and main picture), the
   * JSON-LD that follows it, the limits a 400 names, the share picture's privacy, retraction, and the
   * plugin's generate endpoints for staff only.
   */
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom()
  })
  afterAll(async () => newsroom?.close())

  const fieldErrors = (res: { body: any }) =>
    (res.body?.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]
  const picture = async (alt: string) =>
    (
      await newsroom.api(
        'editor',
        'POST',
        '/api/media',
        uploadForm(
          await photoWithLocation(1600, 900),
          `${alt.replace(/\W+/g, '-')}.jpg`,
          'image/jpeg',
          { alt },
        ),
      )
    ).body.doc

  describe('the story’s meta', () => {
    it('falls back to the headline, dek and main picture when the editors leave the SEO fields empty', async () => {
      const hero = await picture('Candles at the station')
      const created = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'A vigil at the station',
        dek: 'Neighbours gathered on the second evening.',
        body: lexicalParagraphs('Text.'),
        heroImage: hero.id,
        _status: 'published',
      })
      expect(created.status).toBe(201)
      expect(created.body.doc.meta).toMatchObject({ title: null, description: null })
      const story = await newsroom.api(
        'anonymous',
        'GET',
        `/api/articles/slug/${created.body.doc.slug}`,
      )
      expect(story.body.meta).toMatchObject({
        title: 'A vigil at the station',
        description: 'Neighbours gathered on the second evening.',
        image: { id: hero.id, alt: 'Candles at the station' },
      })
      const jsonld = await newsroom.api(
        'anonymous',
        'GET',
        `/api/articles/slug/${created.body.doc.slug}?format=jsonld`,
      )
      expect(jsonld.body).toMatchObject({
        headline: 'A vigil at the station',
        description: 'Neighbours gathered on the second evening.',
      })
    })

    it('carries the editors’ title, description and share picture; the share picture becomes public with the story', async () => {
      const share = await picture('A crowd outside the courthouse')
      expect((await newsroom.api('anonymous', 'GET', `/api/media/${share.id}`)).status).toBe(404)
      const meta = {
        title: 'Officer charged: what we know',
        description: 'The officer arrested at the station was charged on Tuesday.',
        image: share.id,
      }
      const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Officer charged after station arrest',
        dek: 'The dek.',
        body: lexicalParagraphs('Text.'),
        meta,
        _status: 'draft',
      })
      expect(draft.status).toBe(201)
      expect((await newsroom.api('anonymous', 'GET', `/api/media/${share.id}`)).status).toBe(404)
      const published = await newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${draft.body.doc.id}`,
        { _status: 'published' },
      )
      expect(published.status).toBe(200)
      expect((await newsroom.api('anonymous', 'GET', `/api/media/${share.id}`)).status).toBe(200)

      const story = await newsroom.api(
        'anonymous',
        'GET',
        `/api/articles/slug/${published.body.doc.slug}`,
      )
      expect(story.body.title).toBe('Officer charged after station arrest')
      expect(story.body.heroImage).toBeNull()
      expect(story.body.meta).toMatchObject({
        title: meta.title,
        description: meta.description,
        image: { id: share.id, alt: 'A crowd outside the courthouse' },
      })
      expect(story.body.meta.image.sizes.wide16x9).toMatchObject({ width: 1200, height: 675 })
      // JSON-LD: the headline stays the headline; the description and (with no main picture) the image are the editors'.
      const jsonld = await newsroom.api(
        'anonymous',
        'GET',
        `/api/articles/slug/${published.body.doc.slug}?format=jsonld`,
      )
      expect(jsonld.body.headline).toBe('Officer charged after station arrest')
      expect(jsonld.body.description).toBe(meta.description)
      expect(jsonld.body.image[0]).toBe(story.body.meta.image.sizes.wide16x9.url)

      // Taken off the story and the story republished: private again.
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, {
            meta: { image: null },
            _status: 'published',
          })
        ).status,
      ).toBe(200)
      expect((await newsroom.api('anonymous', 'GET', `/api/media/${share.id}`)).status).toBe(404)
    })

    it('refuses a title or description past its limit, and a picture that does not exist, naming the field', async () => {
      const tooLong = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'Limits long',
        body: lexicalParagraphs('Text.'),
        meta: { title: 'x'.repeat(301), description: 'y'.repeat(601) },
      })
      expect(tooLong.status).toBe(400)
      expect(
        fieldErrors(tooLong)
          .map((error) => error.path)
          .sort(),
      ).toEqual(['meta.description', 'meta.title'])
      const missing = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'Limits missing',
        body: lexicalParagraphs('Text.'),
        meta: { image: 987654 },
      })
      expect(missing.status).toBe(400)
      expect(fieldErrors(missing)).toEqual([expect.objectContaining({ path: 'meta.image' })])
      // A group sent as something else than an object: Payload would drop a string silently and fail on null (a 500).
      for (const [index, meta] of ['a string', null, [1], 7].entries()) {
        const res = await newsroom.api('editor', 'POST', '/api/articles', {
          title: `Limits ${index}`,
          body: lexicalParagraphs('Text.'),
          meta,
        })
        expect(res.status).toBe(400)
        expect(fieldErrors(res)).toEqual([
          {
            path: 'meta',
            message: expect.stringMatching(/object of its fields \(title, description, image\)/),
          },
        ])
      }
      const kept = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'Limits kept',
        body: lexicalParagraphs('Text.'),
        meta: { title: 'Kept' },
      })
      expect(
        (await newsroom.api('editor', 'PATCH', `/api/articles/${kept.body.doc.id}`, { meta: null }))
          .status,
      ).toBe(400)
      const cleared = await newsroom.api('editor', 'PATCH', `/api/articles/${kept.body.doc.id}`, {
        meta: { title: null },
      })
      expect(cleared.body.doc.meta.title).toBeNull()
    })

    it('keeps only the title once the story is retracted, in the story document and over REST', async () => {
      const created = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'A claim that did not hold up',
        body: lexicalParagraphs('Text.'),
        meta: {
          title: 'Claim: the search title',
          description: 'The search summary of a claim that did not hold',
        },
        _status: 'published',
      })
      const { id, slug } = created.body.doc
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
            updateLog: [{ type: 'retraction', text: 'We have retracted this story.' }],
            _status: 'published',
          })
        ).status,
      ).toBe(200)
      const story = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)
      expect(story.status).toBe(410)
      expect(story.body.meta).toEqual({
        title: 'Claim: the search title',
        description: null,
        image: null,
      })
      const rest = await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)
      expect(rest.body.meta).not.toHaveProperty('description')
      const graphql = await newsroom.api('anonymous', 'POST', '/api/graphql', {
        query: `{ Article(id: ${id}) { meta { title description } } }`,
      })
      expect(graphql.body.data.Article.meta).toEqual({
        title: 'Claim: the search title',
        description: null,
      })
      expect(JSON.stringify([story.body, rest.body, graphql.body])).not.toMatch(/search summary/)
    })
  })

  describe('the SEO plugin’s generate endpoints', () => {
    const generate = (who: Parameters<TestNewsroom['api']>[0], what: string, body: unknown) =>
      newsroom.api(who, 'POST', `/api/plugin-seo/generate-${what}`, body)

    it('fill the fields from the editor’s own form: headline, dek, main picture, the story’s public URL', async () => {
      const form = {
        collectionSlug: 'articles',
        doc: { title: '  A headline  ', dek: 'A dek.', slug: 'a-headline', heroImage: 42 },
      }
      expect((await generate('editor', 'title', form)).body).toEqual({ result: 'A headline' })
      expect((await generate('editor', 'description', form)).body).toEqual({ result: 'A dek.' })
      expect((await generate('editor', 'image', form)).body).toEqual({ result: 42 })
      expect((await generate('editor', 'url', form)).body.result).toMatch(/a-headline$/)
      // A form without them (or with anything else in them) gets empty values.
      expect(
        (
          await generate('editor', 'title', {
            collectionSlug: 'articles',
            doc: { title: { $ne: 1 } },
          })
        ).body,
      ).toEqual({ result: '' })
    })

    it('answer staff only, for documents they may write; anything else is a 4xx', async () => {
      const form = { collectionSlug: 'articles', doc: { title: 'x' } }
      expect((await generate('anonymous', 'title', form)).status).toBe(401)
      // Moderators may use the admin, but may not write stories.
      expect((await generate('moderator', 'title', form)).status).toBe(403)
      expect((await generate('reporter', 'title', form)).status).toBe(200)
      for (const body of [
        undefined,
        'not json',
        [],
        { collectionSlug: 'users', doc: {} },
        { collectionSlug: 'articles', id: { $gt: 0 } },
      ]) {
        const res = await generate('editor', 'title', body)
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(res.status).toBeLessThan(500)
      }
    })
  })
}
