/** Comments moderation: random submit / moderate / delete / report steps; readers see only approved comments, and the count agrees. */
import fc from 'fast-check'

import { makeArticle } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { latestClientNumber, type ModerationSuite, newClient, readersView } from './context'

export const whateverHappensToComments = (suite: ModerationSuite) => {
  describe('whatever happens to comments (property test)', () => {
    let newsroom: TestNewsroom
    const { publicComments, commentCount } = readersView(suite)
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    type Step =
      | { kind: 'delete'; pick: number; who: 'anonymous' | 'editor' | 'moderator' }
      | {
          kind: 'moderate'
          pick: number
          status: 'approved' | 'pending' | 'rejected' | 'spam'
          who: 'admin' | 'anonymous' | 'editor' | 'moderator'
        }
      | { kind: 'report'; pick: number }
      | { kind: 'submit'; parentPick: number }

    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({
        kind: fc.constant('submit' as const),
        parentPick: fc.integer({ min: -1, max: 20 }),
      }),
      fc.record({
        kind: fc.constant('moderate' as const),
        pick: fc.nat(20),
        status: fc.constantFrom(
          'approved' as const,
          'rejected' as const,
          'spam' as const,
          'pending' as const,
        ),
        who: fc.constantFrom(
          'moderator' as const,
          'admin' as const,
          'editor' as const,
          'anonymous' as const,
        ),
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        pick: fc.nat(20),
        who: fc.constantFrom('moderator' as const, 'editor' as const, 'anonymous' as const),
      }),
      fc.record({ kind: fc.constant('report' as const), pick: fc.nat(20) }),
    )

    it('a reader never sees a comment that is not approved, and the count always equals the approved ones', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
          const article = await makeArticle(newsroom.payload)
          const ids: (number | string)[] = []
          const pick = (n: number) => ids[n % Math.max(ids.length, 1)]
          for (const s of steps) {
            if (s.kind === 'submit') {
              const parent = s.parentPick >= 0 && ids.length ? pick(s.parentPick) : undefined
              const res = await newsroom.api(
                'anonymous',
                'POST',
                '/api/comments',
                {
                  article: article.id,
                  parent,
                  authorName: 'P',
                  authorEmail: `p${latestClientNumber()}@example.com`,
                  body: `comment ${ids.length}`,
                  status: 'approved',
                },
                newClient(),
              )
              expect([201, 400]).toContain(res.status)
              if (res.status === 201) {
                ids.push(res.body.doc.id)
              }
            } else if (s.kind === 'moderate' && ids.length) {
              const res = await newsroom.api(s.who, 'PATCH', `/api/comments/${pick(s.pick)}`, {
                status: s.status,
              })
              expect([200, 403, 404]).toContain(res.status)
            } else if (s.kind === 'delete' && ids.length) {
              const res = await newsroom.api(s.who, 'DELETE', `/api/comments/${pick(s.pick)}`)
              expect([200, 403, 404]).toContain(res.status)
            } else if (s.kind === 'report' && ids.length) {
              const res = await newsroom.api(
                'anonymous',
                'POST',
                `/api/comments/${pick(s.pick)}/report`,
                {},
                newClient(),
              )
              expect([202, 404]).toContain(res.status)
            }

            const truth = await newsroom.payload.find({
              collection: 'comments',
              where: { article: { equals: article.id } },
              limit: 0,
              depth: 0,
              overrideAccess: true,
            })
            const approved = new Set(
              truth.docs.filter((c) => c.status === 'approved').map((c) => c.id),
            )
            const seen = await publicComments(article.id)
            for (const comment of seen.docs) {
              expect(approved.has(comment.id)).toBe(true)
            }
            expect(seen.totalDocs).toBe(approved.size)
            expect(await commentCount(article.id)).toBe(approved.size)
          }
        }),
        { numRuns: 15 },
      )
    }, 240_000)
  })
}
