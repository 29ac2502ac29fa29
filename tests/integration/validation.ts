import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { lexicalParagraphs, makeArticle } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  let newsroom: TestNewsroom
  let article: any
  beforeAll(async () => {
    newsroom = await startNewsroom()
    article = await makeArticle(newsroom.payload, { title: 'Validated story' })
  })
  afterAll(async () => newsroom?.close())

  /** Payload's 400: `errors[0].data.errors` lists each field (path) with its reason (message). */
  const fieldErrors = (body: any): { path: string; message: string }[] =>
    body?.errors?.[0]?.data?.errors ?? []

  describe('bad input', () => {
    it('a date that is not a date (false, 0, 5, a list) is a 400 naming the field, and nothing is stored', async () => {
      // Payload's own date check passes any falsy value, and anything whose text parses, to the database (a 500).
      const notDates = [false, 0, 5, ['2027-01-31'], { at: '2027-01-31' }, true, 'someday']
      for (const value of notDates) {
        const story = await newsroom.api(
          'editor',
          'PATCH',
          `/api/articles/${article.id}?draft=true`,
          {
            publishedAt: value,
          },
        )
        expect([value, story.status]).toEqual([value, 400])
        expect(JSON.stringify(fieldErrors(story.body))).toMatch(/publishedAt/)
        const embargo = await newsroom.api(
          'editor',
          'PATCH',
          `/api/articles/${article.id}?draft=true`,
          {
            embargoUntil: value,
          },
        )
        expect([value, embargo.status]).toEqual([value, 400])
        const quote = await newsroom.api('editor', 'POST', '/api/quotes', {
          text: 'Said on no date.',
          saidAt: value,
        })
        expect([value, quote.status]).toEqual([value, 400])
        expect(JSON.stringify(fieldErrors(quote.body))).toMatch(/saidAt/)
      }
      const ours = await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}?draft=true`, {
        publishedAt: false,
      })
      expect(fieldErrors(ours.body)).toEqual([
        expect.objectContaining({
          path: 'publishedAt',
          message: expect.stringMatching(/^Must be a date and time \(ISO 8601, .*got false\.$/),
        }),
      ])
      // An emptied date (a form's empty input) is no date, not a 500 (the fuzz found it on publishedAt).
      const emptied = await newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${article.id}?draft=true`,
        {
          publishedAt: '',
          embargoUntil: '',
        },
      )
      expect(emptied.status).toBe(200)
      expect(emptied.body.doc.embargoUntil ?? null).toBeNull()
      // A real date still goes through; nothing of the refused ones was stored.
      const dated = await newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${article.id}?draft=true`,
        {
          embargoUntil: '2031-01-31T18:00:00.000Z',
        },
      )
      expect(dated.status).toBe(200)
      expect(dated.body.doc.embargoUntil).toBe('2031-01-31T18:00:00.000Z')
      expect(
        (
          await newsroom.api(
            'editor',
            'GET',
            '/api/quotes?where[text][equals]=Said%20on%20no%20date.',
          )
        ).body.docs,
      ).toEqual([])
      const graphql = await newsroom.graphql(
        'editor',
        `mutation { createQuote(data: { text: "Said on no date.", saidAt: "someday" }) { id } }`,
      )
      expect(JSON.stringify(graphql.body)).not.toMatch(/"statusCode":5\d\d|Something went wrong/)
    })

    it('an id of 0 (which Payload reads as “no value”) is a 400, never the database’s foreign-key 500', async () => {
      const comment = await newsroom.api('anonymous', 'POST', '/api/comments', {
        article: 0,
        authorName: 'F',
        authorEmail: 'zero@example.com',
        body: 'Zero.',
      })
      expect(comment.status).toBe(400)
      expect(fieldErrors(comment.body)).toEqual([
        expect.objectContaining({
          path: 'article',
          message: expect.stringMatching(/Must be the id of the story/),
        }),
      ])
      const gql = await newsroom.graphql(
        'anonymous',
        'mutation { createComment(data: { article: 0, authorName: "F", authorEmail: "zero2@example.com", body: "Zero." }) { id } }',
      )
      expect(JSON.stringify(gql.body)).not.toMatch(/"statusCode":5\d\d|Something went wrong/)
      for (const field of ['speaker', 'via', 'article']) {
        const quote = await newsroom.api('editor', 'POST', '/api/quotes', {
          text: 'Quoted with a zero.',
          [field]: 0,
        })
        expect([field, quote.status]).toEqual([field, 400])
        // Named, with what an id is (0 is no row's id).
        expect(quote.body.errors[0].message).toMatch(
          new RegExp(`${field} — Must be the id of \\w+ \\(a whole number\\), or null; got 0`),
        )
      }
      expect(
        (
          await newsroom.api(
            'editor',
            'GET',
            '/api/quotes?where[text][equals]=Quoted%20with%20a%20zero.',
          )
        ).body.docs,
      ).toEqual([])
    })

    it('a comment without a name, with a bad email and an empty body names each field', async () => {
      const res = await newsroom.api('anonymous', 'POST', '/api/comments', {
        article: article.id,
        authorEmail: 'not-an-email',
        body: '',
      })
      expect(res.status).toBe(400)
      const paths = fieldErrors(res.body).map((e) => e.path)
      expect(paths).toEqual(expect.arrayContaining(['authorName', 'authorEmail', 'body']))
      for (const error of fieldErrors(res.body)) {
        expect(error.message).toEqual(expect.any(String))
      }
    })

    it('a comment that is too long says how long it may be', async () => {
      const res = await newsroom.api('anonymous', 'POST', '/api/comments', {
        article: article.id,
        authorName: 'Long',
        authorEmail: 'long@example.com',
        body: 'x'.repeat(5001),
      })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body)).toEqual([
        expect.objectContaining({ path: 'body', message: expect.stringMatching(/5000/) }),
      ])
    })

    it('a comment on an article that does not exist is refused on the article field', async () => {
      const res = await newsroom.api('anonymous', 'POST', '/api/comments', {
        article: 999999,
        authorName: 'Ghost',
        authorEmail: 'ghost@example.com',
        body: 'Hello',
      })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body).map((e) => e.path)).toContain('article')
    })

    it('an anonymous source without a reason or an approving editor names both', async () => {
      const res = await newsroom.api('editor', 'POST', '/api/sources', {
        description: 'an unnamed official',
        kind: 'anonymous',
      })
      expect(res.status).toBe(400)
      const errors = fieldErrors(res.body)
      expect(errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(['anonymity.reason', 'anonymity.approvedBy']),
      )
      expect(errors.find((e) => e.path === 'anonymity.reason')?.message).toMatch(
        /reason anonymity was granted/i,
      )
    })

    it('footage without a verification status is refused; with one it is accepted', async () => {
      const missing = await newsroom.api('editor', 'POST', '/api/sources', {
        description: 'a phone video',
        kind: 'footage',
      })
      expect(missing.status).toBe(400)
      expect(fieldErrors(missing.body).map((e) => e.path)).toEqual([
        'provenance.verificationStatus',
      ])
      const ok = await newsroom.api('editor', 'POST', '/api/sources', {
        description: 'a phone video',
        kind: 'footage',
        provenance: { verificationStatus: 'unverified' },
      })
      expect(ok.status).toBe(201)
    })

    it('an unknown source kind or story status is refused with the allowed values', async () => {
      const kind = await newsroom.api('editor', 'POST', '/api/sources', {
        description: 'x',
        kind: 'psychic',
      })
      expect(kind.status).toBe(400)
      expect(fieldErrors(kind.body).map((e) => e.path)).toEqual(['kind'])
      const status = await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
        storyStatus: 'finished',
      })
      expect(status.status).toBe(400)
      expect(fieldErrors(status.body).map((e) => e.path)).toEqual(['storyStatus'])
    })

    it('an article without a title is refused, and malformed JSON is a 400, not a 500', async () => {
      const noTitle = await newsroom.api('editor', 'POST', '/api/articles', {
        dek: 'No title',
        body: lexicalParagraphs('Text.'),
        _status: 'published',
      })
      expect(noTitle.status).toBe(400)
      expect(fieldErrors(noTitle.body).map((e) => e.path)).toContain('title')
      const malformed = await newsroom.api('anonymous', 'POST', '/api/comments', '{"authorName": ')
      expect(malformed.status).toBeGreaterThanOrEqual(400)
      expect(malformed.status).toBeLessThan(500)
    })

    it('a refused write leaves what was stored untouched', async () => {
      const before = await newsroom.payload.findByID({
        collection: 'articles',
        id: article.id,
        overrideAccess: true,
      })
      await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
        title: '',
        storyStatus: 'bogus',
      })
      const after = await newsroom.payload.findByID({
        collection: 'articles',
        id: article.id,
        overrideAccess: true,
      })
      expect(after).toEqual(before)
    })
  })
}
