/**
 * Security review (security.review.test.ts): what readers' queries may ask and what the answers
 * give away. No oracles (timestamps neither read nor filtered nor sorted on, GraphQL's document
 * budget, a new comment's spam status kept to itself), join parameters guarded like where, GraphQL
 * naming no field the caller cannot see, and expected refusals not logged as server errors.
 */

import { jest } from '@jest/globals'

import { makeComment } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type SecurityReview } from './context'

export const noOracles = (review: SecurityReview) => {
  describe('no oracles (11)', () => {
    let newsroom: TestNewsroom
    let article: SecurityReview['article']
    beforeAll(() => {
      newsroom = review.newsroom
      article = review.article
    })

    it('readers can neither read nor filter nor sort by edit and creation times of articles, sources and quotes', async () => {
      const list = await newsroom.api('anonymous', 'GET', '/api/articles?limit=5')
      expect(list.status).toBe(200)
      expect(list.body.docs[0]).not.toHaveProperty('updatedAt')
      expect(list.body.docs[0]).not.toHaveProperty('createdAt')
      for (const path of [
        '/api/articles?where[updatedAt][greater_than]=2000-01-01',
        '/api/articles?sort=-updatedAt',
        '/api/articles?where[createdAt][exists]=true',
        '/api/sources?where[updatedAt][greater_than]=2000-01-01',
        '/api/quotes?sort=updatedAt',
        '/api/comments?where[updatedAt][greater_than]=2000-01-01',
      ]) {
        const res = await newsroom.api('anonymous', 'GET', path)
        expect([path, res.status]).toEqual([path, 400])
      }
      const graphql = await newsroom.graphql(
        'anonymous',
        '{ Articles(where: { updatedAt: { greater_than: "2000-01-01" } }) { docs { id } } }',
      )
      expect(graphql.body.errors?.[0]?.message ?? '').toMatch(/updatedAt/)
      const editor = await newsroom.api(
        'editor',
        'GET',
        '/api/articles?sort=-updatedAt&where[updatedAt][greater_than]=2000-01-01',
      )
      expect(editor.status).toBe(200)
      expect(editor.body.docs[0].updatedAt).toBeDefined()
    })

    it('GraphQL counts the documents a query may load (limit × aliases × joins × counts) and refuses what is over the budget', async () => {
      const aliases = Array.from(
        { length: 66 },
        (_, i) => `s${i}: Sources(limit: 100) { docs { quotedIn(count: true) { totalDocs } } }`,
      ).join('\n')
      const amplified = await newsroom.graphql('anonymous', `{ ${aliases} }`)
      expect(amplified.body.data ?? null).toBeNull()
      expect(amplified.body.errors![0].message).toMatch(
        /may load up to \d+ documents; at most 5000/,
      )
      // The same through variables and fragments.
      const viaVariables = await newsroom.graphql(
        'anonymous',
        `query ($n: Int) { ${Array.from({ length: 60 }, (_, i) => `a${i}: Articles(limit: $n) { ...Story }`).join(' ')} } fragment Story on Articles { docs { title } }`,
        { n: 100 },
      )
      expect(viaVariables.body.errors?.[0]?.message ?? '').toMatch(/documents/)
      // Ordinary pages pass.
      const ordinary = await newsroom.graphql(
        'anonymous',
        '{ Articles(limit: 20) { docs { title } } Sources(limit: 10) { docs { description quotedIn(limit: 5) { docs { text } } } } }',
      )
      expect(ordinary.body.errors ?? []).toEqual([])
    })

    it('a reader’s own new comment does not say whether it was caught as spam, over GraphQL as over REST', async () => {
      const fields = `article: ${article.id}, authorName: "Spammer", authorEmail: "spam@example.com", body: "buy cheap pills at example.com example.org example.net"`
      const res = await newsroom.graphql(
        'anonymous',
        `mutation { createComment(data: { ${fields} }) { id status reportCount ipHash authorEmail } }`,
      )
      expect(res.body.errors ?? []).toEqual([])
      expect(res.body.data.createComment.status ?? null).toBeNull()
      expect(res.body.data.createComment.reportCount ?? null).toBeNull()
      expect(res.body.data.createComment.ipHash ?? null).toBeNull()
      const stored = await newsroom.payload.findByID({
        collection: 'comments',
        id: res.body.data.createComment.id,
        overrideAccess: true,
      })
      expect(stored.status).toBe('pending')
    })
  })
}

export const joinParametersGuardedLikeWhere = (review: SecurityReview) => {
  describe('join parameters get the same guards as where (10)', () => {
    let newsroom: TestNewsroom
    let article: SecurityReview['article']
    beforeAll(() => {
      newsroom = review.newsroom
      article = review.article
    })

    it('answers a join where the database cannot answer with a 400 naming the parameter', async () => {
      for (const [path, reason] of [
        [
          '/api/sources?joins[quotedIn][where][article][equals]=%00',
          /joins\[quotedIn\]\[where\]\[article\]\[equals\] must be an id/,
        ],
        [
          '/api/comments?joins[replies][where][createdAt][equals]=yesterday',
          /joins\[replies\]\[where\]\[createdAt\]\[equals\] must be a date/,
        ],
        [
          '/api/comments?joins[replies][where][parent][like]=1',
          /joins\[replies\]\[where\]\[parent\]\[like\]/,
        ],
        ['/api/sources?joins[nothing][limit]=1', /has no join/],
      ] as const) {
        const res = await newsroom.api('anonymous', 'GET', path)
        expect([path, res.status]).toEqual([path, 400])
        expect(res.body.errors[0].message).toMatch(reason)
      }
    })

    it('caps a reader’s join page like their lists: joins[replies][limit]=0 is not every reply', async () => {
      const parent = await makeComment(newsroom.payload, article.id, { body: 'A popular comment.' })
      for (let i = 0; i < 55; i++) {
        await makeComment(newsroom.payload, article.id, { parent: parent.id, body: `Reply ${i}` })
      }
      for (const limit of ['0', '1000']) {
        const res = await newsroom.api(
          'anonymous',
          'GET',
          `/api/comments/${parent.id}?joins[replies][limit]=${limit}`,
        )
        expect(res.status).toBe(200)
        expect(res.body.replies.docs).toHaveLength(50)
        expect(res.body.replies.hasNextPage).toBe(true)
      }
      const moderator = await newsroom.api(
        'moderator',
        'GET',
        `/api/comments/${parent.id}?joins[replies][limit]=0`,
      )
      expect(moderator.body.replies.docs).toHaveLength(55)
    })
  })
}

export const graphqlNamesNoHiddenField = (review: SecurityReview) => {
  describe('GraphQL names no field the caller cannot see (issue 27: 11)', () => {
    let newsroom: TestNewsroom
    beforeAll(() => {
      newsroom = review.newsroom
    })

    it('answers a mistyped field without "Did you mean …?"', async () => {
      const res = await newsroom.graphql(
        'anonymous',
        '{ Sources { docs { anonymity { trueIdentit } } } }',
      )
      expect(res.body.errors![0].message).toMatch(/Cannot query field "trueIdentit"/)
      expect(JSON.stringify(res.body)).not.toMatch(/Did you mean|trueIdentity/)
      const argument = await newsroom.graphql('anonymous', '{ Sources(wher: {}) { docs { id } } }')
      expect(argument.body.errors![0].message).toMatch(/Unknown argument "wher"/)
      expect(JSON.stringify(argument.body)).not.toMatch(/Did you mean/)
    })
  })
}

export const expectedRefusalsNotLoggedAsErrors = (review: SecurityReview) => {
  describe('expected refusals are not server errors in the log (issue 35: 17)', () => {
    let newsroom: TestNewsroom
    beforeAll(() => {
      newsroom = review.newsroom
    })

    it('logs a reporter’s refused publish as one info line, not an ERROR with a stack', async () => {
      const errors = jest.spyOn(newsroom.payload.logger, 'error')
      const infos = jest.spyOn(newsroom.payload.logger, 'info')
      try {
        const draft = await newsroom.api('reporter', 'POST', '/api/articles?draft=true', {
          title: 'A reporter’s draft',
          _status: 'draft',
        })
        expect(draft.status).toBe(201)
        const refused = await newsroom.api(
          'reporter',
          'PATCH',
          `/api/articles/${draft.body.doc.id}`,
          { _status: 'published' },
        )
        expect(refused.status).toBe(403)
        expect(errors).not.toHaveBeenCalled()
        expect(infos).toHaveBeenCalledWith(
          expect.objectContaining({ msg: expect.stringMatching(/Only an editor can publish/) }),
        )
      } finally {
        errors.mockRestore()
        infos.mockRestore()
      }
    })
  })
}
