/**
 * Security review (security.review.test.ts), publishing: publishing, unpublishing and embargoes are
 * editors' decisions.
 */

import { lexicalParagraphs } from '../../../helpers/fixtures'
import { type TestNewsroom } from '../../../helpers/newsroom'
import { type SecurityReview } from '../context'

export const editorsDecide = (review: SecurityReview) => {
  describe('publishing, unpublishing and embargoes are editors’ decisions (issue 27, item 7)', () => {
    let newsroom: TestNewsroom
    beforeAll(() => {
      newsroom = review.newsroom
    })

    /** A story the reporter wrote, published by an editor. */
    const reportersPublishedStory = async (title: string) => {
      const draft = await newsroom.api('reporter', 'POST', '/api/articles?draft=true', {
        title,
        body: lexicalParagraphs('What the reporter wrote.'),
        _status: 'draft',
      })
      expect(draft.status).toBe(201)
      const published = await newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${draft.body.doc.id}`,
        {
          _status: 'published',
        },
      )
      expect(published.status).toBe(200)
      return published.body.doc
    }
    const isPublic = async (id: number | string) =>
      (await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).status === 200

    it('a reporter cannot unpublish their own published story, over REST or GraphQL; a draft of it they may save', async () => {
      const story = await reportersPublishedStory('The reporter’s published story')
      const unpublish = await newsroom.api('reporter', 'PATCH', `/api/articles/${story.id}`, {
        _status: 'draft',
      })
      expect(unpublish.status).toBe(403)
      expect(JSON.stringify(unpublish.body)).toMatch(/Only an editor can unpublish/)
      const viaGraphql = await newsroom.graphql(
        'reporter',
        `mutation { updateArticle(id: ${story.id}, data: { _status: draft }) { id _status } }`,
      )
      expect(viaGraphql.body.errors?.[0]?.message).toMatch(/Only an editor can unpublish/)
      expect(await isPublic(story.id)).toBe(true)

      // Their draft is fine, and it does not let a plain save through afterwards (the latest version is a draft then).
      expect(
        (
          await newsroom.api('reporter', 'PATCH', `/api/articles/${story.id}?draft=true`, {
            title: 'A better headline',
            _status: 'draft',
          })
        ).status,
      ).toBe(200)
      expect(
        (
          await newsroom.api('reporter', 'PATCH', `/api/articles/${story.id}`, {
            title: 'A better headline, live',
          })
        ).status,
      ).toBe(403)
      expect(await isPublic(story.id)).toBe(true)
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${story.id}`)).body.title).toBe(
        'The reporter’s published story',
      )

      // An editor may.
      expect(
        (await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}`, { _status: 'draft' }))
          .status,
      ).toBe(200)
      expect(await isPublic(story.id)).toBe(false)
    })

    it('a reporter neither sets nor lifts an embargo (REST and GraphQL); an editor does', async () => {
      const later = new Date(Date.now() + 7 * 24 * 3600_000).toISOString()
      const created = await newsroom.api('reporter', 'POST', '/api/articles?draft=true', {
        title: 'Embargo by a reporter',
        embargoUntil: later,
        _status: 'draft',
      })
      expect(created.status).toBe(201)
      expect(created.body.doc.embargoUntil ?? null).toBeNull()
      const id = created.body.doc.id
      await newsroom.api('reporter', 'PATCH', `/api/articles/${id}?draft=true`, {
        embargoUntil: later,
        _status: 'draft',
      })
      await newsroom.graphql(
        'reporter',
        `mutation { updateArticle(id: ${id}, draft: true, data: { embargoUntil: "${later}" }) { id } }`,
      )
      expect(
        (await newsroom.api('editor', 'GET', `/api/articles/${id}?draft=true`)).body.embargoUntil ??
          null,
      ).toBeNull()

      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/articles/${id}?draft=true`, {
            embargoUntil: later,
            _status: 'draft',
          })
        ).status,
      ).toBe(200)
      await newsroom.api('reporter', 'PATCH', `/api/articles/${id}?draft=true`, {
        embargoUntil: null,
        _status: 'draft',
      })
      await newsroom.graphql(
        'reporter',
        `mutation { updateArticle(id: ${id}, draft: true, data: { embargoUntil: null }) { id } }`,
      )
      expect(
        new Date(
          (await newsroom.api('editor', 'GET', `/api/articles/${id}?draft=true`)).body.embargoUntil,
        ).toISOString(),
      ).toBe(later)
    })
  })
}
