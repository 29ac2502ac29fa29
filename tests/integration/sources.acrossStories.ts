import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { bodyQuoting, makeAnonymousSource, makeArticle, makeQuote } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom()
  })
  afterAll(async () => newsroom?.close())

  describe('a source quoted in several stories', () => {
    it('lists the quotes and articles quoting it, and each quote keeps the title the speaker had then', async () => {
      const source = await newsroom.api('editor', 'POST', '/api/sources', {
        description: 'the police spokesperson',
        kind: 'official',
        role: 'Deputy spokesperson',
      })
      const early = await newsroom.api('editor', 'POST', '/api/quotes', {
        text: 'No comment at this time.',
        speaker: source.body.doc.id,
      })
      expect(early.body.doc.speakerTitle).toBe('Deputy spokesperson')
      await makeArticle(newsroom.payload, {
        title: 'First story',
        body: bodyQuoting(early.body.doc.id),
      })

      await newsroom.api('editor', 'PATCH', `/api/sources/${source.body.doc.id}`, {
        role: 'Chief spokesperson',
      })
      const late = await newsroom.api('editor', 'POST', '/api/quotes', {
        text: 'The review continues.',
        speaker: source.body.doc.id,
      })
      expect(late.body.doc.speakerTitle).toBe('Chief spokesperson')
      await makeArticle(newsroom.payload, {
        title: 'Second story',
        body: bodyQuoting(late.body.doc.id),
      })
      expect(
        (await newsroom.api('anonymous', 'GET', `/api/quotes/${early.body.doc.id}`)).body
          .speakerTitle,
      ).toBe('Deputy spokesperson')

      const page = await newsroom.api(
        'anonymous',
        'GET',
        `/api/sources/${source.body.doc.id}?depth=2`,
      )
      expect(page.body.articles.map((a: any) => a.title).sort()).toEqual([
        'First story',
        'Second story',
      ])
      expect(page.body.quotedIn.docs.map((quote: any) => quote.text).sort()).toEqual([
        'No comment at this time.',
        'The review continues.',
      ])
    })

    it('shows readers a source only once a published story quotes it', async () => {
      const source = await newsroom.api('editor', 'POST', '/api/sources', {
        description: 'a city councillor',
        kind: 'person',
      })
      const draft = await makeArticle(newsroom.payload, {
        title: 'Embargoed story',
        _status: 'draft',
      })
      await makeQuote(newsroom.payload, {
        text: 'Embargoed words.',
        speaker: source.body.doc.id,
        article: draft.id,
      })
      // No published story uses the source yet: readers do not see it at all.
      expect(
        (await newsroom.api('anonymous', 'GET', `/api/sources/${source.body.doc.id}?depth=1`))
          .status,
      ).toBe(404)
      const editor = await newsroom.api(
        'editor',
        'GET',
        `/api/sources/${source.body.doc.id}?depth=1`,
      )
      expect(editor.body.quotedIn.docs).toHaveLength(1)
      expect(editor.body.articles.map((a: any) => a.title)).toEqual(['Embargoed story'])
    })

    it('keeps where an anonymous source was quoted inside the newsroom', async () => {
      const source = await makeAnonymousSource(newsroom.payload, newsroom.userId('editor'))
      const quote = await makeQuote(newsroom.payload, {
        text: 'Said in confidence.',
        speaker: source.id,
      })
      await makeArticle(newsroom.payload, {
        title: 'Story with an anonymous source',
        body: bodyQuoting(quote.id),
      })
      const reader = await newsroom.api('anonymous', 'GET', `/api/sources/${source.id}?depth=1`)
      expect(reader.body).not.toHaveProperty('quotedIn')
      expect(reader.body).not.toHaveProperty('articles')
      const editor = await newsroom.api('editor', 'GET', `/api/sources/${source.id}?depth=1`)
      expect(editor.body.articles.map((a: any) => a.title)).toEqual([
        'Story with an anonymous source',
      ])
    })
  })
}
