/** Access matrix: who may call the endpoints beyond create / read / update / delete. */
import { type Who } from '../../helpers/newsroom'
import { type AccessMatrix, ROLES } from './context'
import { documentsOf } from './documents'
import { SECRETS } from './fixtures'

export const whoMayCallEachEndpoint = (matrix: AccessMatrix) => {
  const { newDoc } = documentsOf(matrix)

  describe('who may lift a login lockout', () => {
    it.each(ROLES.map((who) => ({ who, allowed: who === 'admin' })))(
      '$who unlocks an account → allowed: $allowed',
      async ({ who, allowed }) => {
        const account = await matrix.newsroom.payload.create({
          collection: 'users',
          data: newDoc('users') as never,
          overrideAccess: true,
        })
        const res = await matrix.newsroom.api(who, 'POST', '/api/users/unlock', {
          email: (account as { email: string }).email,
        })
        expect(allowed ? [200] : [401, 403]).toContain(res.status)
      },
    )
  })

  describe('who may read why a story needs legal, and whether its sign-off stands', () => {
    const staff: Who[] = ['reporter', 'legal', 'editor', 'admin']
    it.each(ROLES.map((who) => ({ who, allowed: staff.includes(who) })))(
      '$who reads /api/articles/:id/legal-review → allowed: $allowed',
      async ({ who, allowed }) => {
        const res = await matrix.newsroom.api(
          who,
          'GET',
          `/api/articles/${matrix.fixtures.article.id}/legal-review`,
        )
        expect(allowed ? [200] : [401, 403]).toContain(res.status)
        if (allowed) {
          expect(res.body).toEqual({
            reasons: expect.any(Array),
            signedOff: expect.any(Boolean),
            current: expect.any(Boolean),
          })
        }
      },
    )
  })

  describe('who may list the stories awaiting a republish for a changed record, and who may republish them', () => {
    const staff: Who[] = ['reporter', 'legal', 'editor', 'admin']
    it.each(
      ROLES.flatMap((who) =>
        ['quote', 'source', 'media'].map((record) => ({
          who,
          record,
          allowed: staff.includes(who),
        })),
      ),
    )(
      '$who lists /api/articles/awaiting-republish?$record → allowed: $allowed',
      async ({ who, record, allowed }) => {
        const id = {
          quote: matrix.fixtures.quote.id,
          source: matrix.fixtures.source.id,
          media: matrix.fixtures.picture.id,
        }[record]
        const res = await matrix.newsroom.api(
          who,
          'GET',
          `/api/articles/awaiting-republish?${record}=${id}`,
        )
        expect(allowed ? [200] : [401, 403]).toContain(res.status)
        if (allowed) {
          expect(res.body).toEqual({ stories: expect.any(Array), total: expect.any(Number) })
        }
      },
    )
    const editors: Who[] = ['editor', 'admin']
    // Without a log entry: a role allowed past the door is asked for it (400), so the story itself is never republished here.
    it.each(ROLES.map((who) => ({ who, allowed: editors.includes(who) })))(
      '$who republishes /api/articles/:id/republish → allowed: $allowed',
      async ({ who, allowed }) => {
        const res = await matrix.newsroom.api(
          who,
          'POST',
          `/api/articles/${matrix.fixtures.article.id}/republish`,
          {},
        )
        expect(allowed ? [400] : [401, 403]).toContain(res.status)
        if (allowed) {
          expect(res.body.errors[0].message).toContain('logEntry')
        }
      },
    )
  })

  describe('who may read why a story’s scheduled publish failed', () => {
    const staff: Who[] = ['reporter', 'legal', 'editor', 'admin']
    it.each(ROLES.map((who) => ({ who, allowed: staff.includes(who) })))(
      '$who reads /api/articles/:id/scheduled-publishing → allowed: $allowed',
      async ({ who, allowed }) => {
        const res = await matrix.newsroom.api(
          who,
          'GET',
          `/api/articles/${matrix.fixtures.article.id}/scheduled-publishing`,
        )
        expect(allowed ? [200] : [401, 403]).toContain(res.status)
        if (allowed) {
          expect(res.body).toEqual({ failed: expect.any(Array), problemsNow: expect.any(Array) })
        }
      },
    )
  })

  describe('who may use the SEO plugin’s generate endpoints (for a new story)', () => {
    const writers: Who[] = ['reporter', 'editor', 'admin']
    it.each(
      ROLES.flatMap((who) =>
        ['title', 'description', 'image', 'url'].map((what) => ({
          who,
          what,
          allowed: writers.includes(who),
        })),
      ),
    )('$who generates the $what → allowed: $allowed', async ({ who, what, allowed }) => {
      const res = await matrix.newsroom.api(who, 'POST', `/api/plugin-seo/generate-${what}`, {
        collectionSlug: 'articles',
        doc: { title: 'A headline', dek: 'A dek', slug: 'a-headline', heroImage: 1 },
      })
      expect(allowed ? [200] : [401, 403]).toContain(res.status)
    })
  })

  describe('who may search, and what search gives away', () => {
    it.each(ROLES.map((who) => ({ who })))(
      '$who searches /api/search → the same answer as a reader, no secret in it',
      async ({ who }) => {
        const asReader = await matrix.newsroom.api('anonymous', 'GET', '/api/search?q=matrix+story')
        const res = await matrix.newsroom.api(who, 'GET', '/api/search?q=matrix+story')
        expect(res.status).toBe(200)
        expect(res.body.docs.map((hit: { id: string }) => hit.id)).toContain(
          String(matrix.fixtures.article.id),
        )
        expect(res.body).toEqual(asReader.body)
        for (const secret of Object.values(SECRETS)) {
          expect(JSON.stringify(res.body)).not.toContain(secret)
          const bySecret = await matrix.newsroom.api(
            who,
            'GET',
            `/api/search?q=${encodeURIComponent(`"${secret}"`)}`,
          )
          expect([secret, bySecret.status, bySecret.body.docs]).toEqual([secret, 200, []])
        }
      },
    )
  })
}
