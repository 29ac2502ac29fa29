import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { seedStory } from '../../seed/seed'
import { makeArticle, makeComment } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  /**
   * What a frontend gets from the collection lists: populated relationships carry what a list needs
   * (a story's title, slug and dates; a speaker's public fields), not whole documents; and a source's
   * groups are shaped as in the story document (null for another kind), not groups of empty fields.
   */
  let newsroom: TestNewsroom
  let articleId: number | string
  const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
  beforeAll(async () => {
    newsroom = await startNewsroom()
    articleId = (await seedStory(newsroom.payload, { log: () => {} })).articleId
    await makeComment(newsroom.payload, articleId, { body: 'A listed comment' })
  })
  afterAll(async () => newsroom?.close())

  describe('populated relationships in lists', () => {
    it('give a quote’s story as a summary (title, slug, dates), not its body: the seeded story’s quotes fit in a few KB', async () => {
      const res = await fetch(`${newsroom.baseURL}/api/quotes?limit=100`)
      const text = await res.text()
      const quotes = JSON.parse(text)
      expect(quotes.totalDocs).toBeGreaterThanOrEqual(7)
      for (const quote of quotes.docs) {
        expect(Object.keys(quote.article).sort()).toEqual([
          'dateModified',
          'id',
          'publishedAt',
          'slug',
          'storyStatus',
          'title',
        ])
        expect(quote.article.slug).toBe(SLUG)
      }
      // Each quote used to carry the whole story (87 KB for the seeded story's quotes).
      expect(text.length).toBeLessThan(12_000)
      expect(text).not.toMatch(/"body":\{"root"/)
    })

    it('give a comment’s story as the same summary at depth 1', async () => {
      const comments = await (
        await fetch(`${newsroom.baseURL}/api/comments?depth=1&where[article][equals]=${articleId}`)
      ).json()
      expect(comments.docs[0].article).toMatchObject({
        id: articleId,
        slug: SLUG,
        title: expect.any(String),
      })
      expect(comments.docs[0].article).not.toHaveProperty('body')
    })

    it('give a quote’s speaker its public fields, not the articles and quotes joined to it', async () => {
      const quotes = await (await fetch(`${newsroom.baseURL}/api/quotes?limit=100`)).json()
      const speakers = quotes.docs
        .map((quote: any) => quote.speaker)
        .filter((speaker: unknown) => speaker && typeof speaker === 'object')
      expect(speakers.length).toBeGreaterThan(0)
      for (const speaker of speakers) {
        expect(speaker).not.toHaveProperty('quotedIn')
        expect(speaker).not.toHaveProperty('publishedIn')
      }
    })

    it('still populate whole documents when the client asks for them with `populate`... within readers’ access', async () => {
      const quotes = await (
        await fetch(`${newsroom.baseURL}/api/quotes?limit=1&populate[articles][dek]=true`)
      ).json()
      expect(quotes.docs[0].article).toHaveProperty('dek')
      expect(quotes.docs[0].article).not.toHaveProperty('title')
    })
  })

  describe('a source’s groups', () => {
    it('are null for readers where they belong to another kind, as in the story document; staff keep what is stored', async () => {
      const sources = (await (await fetch(`${newsroom.baseURL}/api/sources?limit=100`)).json()).docs
      const story = await (await fetch(`${newsroom.baseURL}/api/articles/slug/${SLUG}`)).json()
      for (const source of sources) {
        expect(source.anonymity === null).toBe(source.kind !== 'anonymous')
        expect(source.provenance === null).toBe(source.kind !== 'footage')
        const delivered = story.sources.find((s: any) => s.description === source.description)
        if (delivered) {
          expect([delivered.anonymity === null, delivered.provenance === null]).toEqual([
            source.anonymity === null,
            source.provenance === null,
          ])
        }
      }
      const person = sources.find((source: any) => source.kind === 'person')
      const asEditor = await newsroom.api('editor', 'GET', `/api/sources/${person.id}`)
      expect(asEditor.body.anonymity).toEqual(expect.any(Object))
    })
  })

  describe('comment threads, one paging model', () => {
    it('pages by thread everywhere: the story document is page 1, the comments endpoint every page, replies nested, never listed as threads', async () => {
      const story = await makeArticle(newsroom.payload, { title: 'A story with many threads' })
      const threads: (number | string)[] = []
      for (let n = 1; n <= 23; n++) {
        threads.push((await makeComment(newsroom.payload, story.id, { body: `Thread ${n}` })).id)
      }
      for (const parent of threads.slice(-3)) {
        await makeComment(newsroom.payload, story.id, { body: `Reply to ${parent}`, parent })
      }
      await makeComment(newsroom.payload, story.id, {
        body: 'Awaiting moderation',
        status: 'pending',
      })
      const document = await (
        await fetch(`${newsroom.baseURL}/api/articles/slug/${(story as any).slug}`)
      ).json()
      expect(document.commentCount).toBe(26)
      expect(document.comments).toMatchObject({ page: 1, totalTopLevel: 23, hasMore: true })
      expect(document.comments.docs).toHaveLength(20)
      const first = await (
        await fetch(`${newsroom.baseURL}/api/articles/${story.id}/comments`)
      ).json()
      expect(first).toEqual(document.comments)
      const second = await (
        await fetch(`${newsroom.baseURL}/api/articles/${story.id}/comments?page=2`)
      ).json()
      expect(second).toMatchObject({ page: 2, totalTopLevel: 23, hasMore: false })
      expect(second.docs.map((comment: any) => comment.body)).toEqual([
        'Thread 21',
        'Thread 22',
        'Thread 23',
      ])
      expect(
        second.docs.map((comment: any) => comment.replies.map((reply: any) => reply.body)),
      ).toEqual([
        [`Reply to ${threads[20]}`],
        [`Reply to ${threads[21]}`],
        [`Reply to ${threads[22]}`],
      ])
      expect(JSON.stringify([first, second])).not.toMatch(/Awaiting moderation/)
      expect(
        (await (await fetch(`${newsroom.baseURL}/api/articles/${story.id}/comments?page=3`)).json())
          .docs,
      ).toEqual([])
      for (const page of ['0', '-1', 'two', '1.5', '99999999']) {
        const res = await fetch(
          `${newsroom.baseURL}/api/articles/${story.id}/comments?page=${page}`,
        )
        expect([page, res.status]).toEqual([page, 400])
        expect((await res.json()).errors[0].data.errors[0].path).toBe('page')
      }
      const draft = await makeArticle(newsroom.payload, { title: 'Unpublished', _status: 'draft' })
      expect((await fetch(`${newsroom.baseURL}/api/articles/${draft.id}/comments`)).status).toBe(
        404,
      )
    })
  })

  describe('footage provenance', () => {
    it('tells readers how footage was verified and on what terms it is shown, never who filmed it, where the original is or who verified it', async () => {
      const provenance = {
        howObtained: 'Sent to us by the person who filmed it',
        recordedAt: 'the evening of the arrest',
        verificationStatus: 'verified',
        verificationMethod: 'Matched to the station entrance and the time of the arrest',
        rights: 'Used with the permission of the person who filmed it',
        filmedBy: 'PRIVATE bystander name',
        originalUrl: 'https://social.example/PRIVATE-post',
        verifiedBy: 'PRIVATE desk member',
      }
      const source = await newsroom.api('editor', 'POST', '/api/sources', {
        kind: 'footage',
        description: 'a bystander’s video of the arrest',
        provenance,
      })
      expect(source.status).toBe(201)
      const quote = await newsroom.api('editor', 'POST', '/api/quotes', {
        text: 'Step back, please.',
        kind: 'verbatim',
        speaker: source.body.doc.id,
      })
      const { bodyQuoting } = await import('../helpers/fixtures')
      const story = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'Footage with provenance',
        body: bodyQuoting(quote.body.doc.id, 'An officer said: “'),
        _status: 'published',
      })
      expect(story.status).toBe(201)
      const delivered = await (
        await fetch(`${newsroom.baseURL}/api/articles/slug/${story.body.doc.slug}`)
      ).json()
      expect(delivered.sources[0].provenance).toEqual({
        howObtained: provenance.howObtained,
        recordedAt: provenance.recordedAt,
        verificationStatus: 'verified',
        verificationMethod: provenance.verificationMethod,
        rights: provenance.rights,
      })
      const rest = await (
        await fetch(`${newsroom.baseURL}/api/sources/${source.body.doc.id}`)
      ).json()
      expect(rest.provenance).toMatchObject({
        verificationMethod: provenance.verificationMethod,
        rights: provenance.rights,
      })
      expect(JSON.stringify([delivered, rest])).not.toMatch(/PRIVATE/)
      expect(
        (await newsroom.api('reporter', 'GET', `/api/sources/${source.body.doc.id}`)).body
          .provenance,
      ).toMatchObject({
        filmedBy: provenance.filmedBy,
        originalUrl: provenance.originalUrl,
        verifiedBy: provenance.verifiedBy,
      })
    })
  })
}
