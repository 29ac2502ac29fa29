/**
 * Security review (security.review.test.ts): readers' comments. A reader's comment cannot be copied
 * (no duplicate operation for comments, comment reports or error reports, over REST or GraphQL),
 * and flood control counts readers, not addresses or spellings (IPv6 /64s, IPv4 written as IPv6,
 * one mailbox however it is spelled, reports that never unpublish a pinned note or a staff
 * comment).
 */

import { makeComment } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type SecurityReview } from './context'

export const cannotBeCopied = (review: SecurityReview) => {
  describe('a reader’s comment cannot be copied (2)', () => {
    let newsroom: TestNewsroom
    let readerComment: SecurityReview['readerComment']
    const { newClient } = review
    beforeAll(() => {
      newsroom = review.newsroom
      readerComment = review.readerComment
    })

    it('POST /api/comments/:id/duplicate is not there for anyone, and stores nothing', async () => {
      const before = (
        await newsroom.payload.count({ collection: 'comments', overrideAccess: true })
      ).totalDocs
      for (const who of ['anonymous', 'moderator', 'admin'] as const) {
        const res = await newsroom.api(
          who,
          'POST',
          `/api/comments/${readerComment.id}/duplicate`,
          { body: 'I retract all of this' },
          newClient(),
        )
        expect([404, 405]).toContain(res.status)
      }
      for (const slug of ['comment-reports', 'error-reports']) {
        const res = await newsroom.api(
          'anonymous',
          'POST',
          `/api/${slug}/1/duplicate`,
          {},
          newClient(),
        )
        expect([404, 405]).toContain(res.status)
      }
      expect(
        (await newsroom.payload.count({ collection: 'comments', overrideAccess: true })).totalDocs,
      ).toBe(before)
    })

    it('GraphQL has no duplicate mutation for comments, comment reports or error reports', async () => {
      const res = await newsroom.graphql(
        'anonymous',
        `mutation { duplicateComment(id: ${readerComment.id}, data: { body: "I retract all of this" }) { id authorName } }`,
      )
      expect(res.body.data ?? null).toBeNull()
      expect(res.body.errors![0].message).toMatch(/Cannot query field "duplicateComment"/)
      const schema = await newsroom.graphql(
        'anonymous',
        '{ __schema { mutationType { fields { name } } } }',
      )
      const mutations: string[] = schema.body.data.__schema.mutationType.fields.map(
        (field: { name: string }) => field.name,
      )
      expect(
        mutations.filter((name) => /^duplicate(Comment|CommentReport|ErrorReport)$/.test(name)),
      ).toEqual([])
      expect(mutations).toContain('duplicateArticle')
    })
  })
}

export const floodControl = (review: SecurityReview) => {
  describe('flood control counts readers, not addresses or spellings (9)', () => {
    let newsroom: TestNewsroom
    let article: SecurityReview['article']
    const { newClient } = review
    beforeAll(() => {
      newsroom = review.newsroom
      article = review.article
    })

    const post = (headers: Record<string, string>, email: string) =>
      newsroom.api(
        'anonymous',
        'POST',
        '/api/comments',
        {
          article: article.id,
          authorName: 'Rotating',
          authorEmail: email,
          body: 'Again and again.',
        },
        headers,
      )

    it('an IPv6 client is one client across its /64, and an IPv4 address written as IPv6 is that address', async () => {
      expect(
        (await post({ 'x-forwarded-for': '2001:db8:aa:bb::1' }, 'v6-one@example.com')).status,
      ).toBe(201)
      for (const address of [
        '2001:db8:aa:bb::2',
        '2001:db8:aa:bb:ffff:1:2:3',
        '2001:0db8:00aa:00bb::9',
      ]) {
        expect(
          (
            await post(
              { 'x-forwarded-for': address },
              `other-${address.replace(/:/g, '-')}@example.com`,
            )
          ).status,
        ).toBe(429)
      }
      // Another /64 is another client.
      expect(
        (await post({ 'x-forwarded-for': '2001:db8:aa:bc::1' }, 'v6-two@example.com')).status,
      ).toBe(201)
      expect((await post({ 'x-forwarded-for': '192.0.2.77' }, 'v4@example.com')).status).toBe(201)
      expect(
        (await post({ 'x-forwarded-for': '::ffff:192.0.2.77' }, 'v4-mapped@example.com')).status,
      ).toBe(429)
    })

    it('one mailbox however it is spelled: plus-tags, case and Gmail dots', async () => {
      expect((await post(newClient(), 'Ana.Reader+1@Gmail.com')).status).toBe(201)
      for (const spelling of [
        'ana.reader+2@gmail.com',
        'anareader@googlemail.com',
        'ANA.READER@GMAIL.COM',
      ]) {
        expect((await post(newClient(), spelling)).status).toBe(429)
      }
      // The address is kept as typed (lower-cased) for replies; the counting key is never shown.
      const { docs } = await newsroom.payload.find({
        collection: 'comments',
        where: { authorEmail: { equals: 'ana.reader+1@gmail.com' } },
        overrideAccess: true,
      })
      expect(docs).toHaveLength(1)
      const moderator = await newsroom.api('moderator', 'GET', `/api/comments/${docs[0].id}`)
      expect(moderator.body).not.toHaveProperty('emailKey')
    })

    it('reports from one IPv6 /64 count once, and reports alone never unpublish a pinned note or a staff comment', async () => {
      const target = await makeComment(newsroom.payload, article.id, {
        body: 'Reported from one network.',
      })
      for (const address of ['2001:db8:cc:dd::1', '2001:db8:cc:dd::2', '2001:db8:cc:dd::3']) {
        expect(
          (
            await newsroom.api(
              'anonymous',
              'POST',
              `/api/comments/${target.id}/report`,
              {},
              { 'x-forwarded-for': address },
            )
          ).status,
        ).toBe(202)
      }
      let stored = await newsroom.payload.findByID({
        collection: 'comments',
        id: target.id,
        overrideAccess: true,
      })
      expect(stored).toMatchObject({ status: 'approved', reportCount: 1 })

      const pinned = await makeComment(newsroom.payload, article.id, {
        body: 'An editor’s note.',
        pinned: true,
      })
      const staffPost = await newsroom.api('moderator', 'POST', '/api/comments', {
        article: article.id,
        authorName: 'The moderators',
        authorEmail: 'moderators@newsroom.test',
        body: 'Please keep it civil.',
      })
      expect(staffPost.status).toBe(201)
      await newsroom.api('moderator', 'PATCH', `/api/comments/${staffPost.body.doc.id}`, {
        status: 'approved',
      })
      for (const id of [pinned.id, staffPost.body.doc.id]) {
        for (let i = 0; i < 4; i++) {
          expect(
            (await newsroom.api('anonymous', 'POST', `/api/comments/${id}/report`, {}, newClient()))
              .status,
          ).toBe(202)
        }
        stored = await newsroom.payload.findByID({
          collection: 'comments',
          id,
          overrideAccess: true,
        })
        expect(stored).toMatchObject({ status: 'approved', reportCount: 4 })
      }
      // A reader's comment still goes back to the queue at the threshold.
      const readers = await makeComment(newsroom.payload, article.id, {
        body: 'An ordinary reader’s comment.',
      })
      for (let i = 0; i < 3; i++) {
        await newsroom.api(
          'anonymous',
          'POST',
          `/api/comments/${readers.id}/report`,
          {},
          newClient(),
        )
      }
      expect(
        (
          await newsroom.payload.findByID({
            collection: 'comments',
            id: readers.id,
            overrideAccess: true,
          })
        ).status,
      ).toBe('pending')
    })
  })
}
