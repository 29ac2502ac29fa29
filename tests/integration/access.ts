import type { StartNewsroom } from '../helpers/sharedNewsroom'

import {
  bodyQuoting,
  containsDeep,
  makeAnonymousSource,
  makeArticle,
  makeComment,
  makeQuote,
} from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  let newsroom: TestNewsroom
  let published: any
  let draft: any
  let source: any
  let quote: any
  let approvedComment: any
  let pendingComment: any

  const SECRET_IDENTITY = 'Sgt. Secret Name, 555-0100'
  const SECRET_EMAIL = 'private.reader@example.com'

  beforeAll(async () => {
    newsroom = await startNewsroom()
    const { payload } = newsroom
    source = await makeAnonymousSource(payload, newsroom.userId('editor'))
    quote = await makeQuote(payload, { speaker: source.id })
    // The published story cites the quote, so readers may see the quote and its source.
    published = await makeArticle(payload, {
      title: 'Published story',
      body: bodyQuoting(quote.id),
    })
    draft = await makeArticle(payload, { title: 'Draft story', _status: 'draft' })
    approvedComment = await makeComment(payload, published.id, {
      authorEmail: SECRET_EMAIL,
      parent: null,
    })
    pendingComment = await makeComment(payload, published.id, {
      status: 'pending',
      body: 'Awaiting moderation',
      parent: approvedComment.id,
    })
  })
  afterAll(async () => newsroom?.close())

  describe('an anonymous reader', () => {
    it('sees published articles only', async () => {
      const list = await newsroom.api('anonymous', 'GET', '/api/articles?limit=100')
      const titles = list.body.docs.map((doc: any) => doc.title)
      expect(titles).toContain('Published story')
      expect(titles).not.toContain('Draft story')
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${draft.id}`)).status).toBe(404)
      expect(
        (await newsroom.api('anonymous', 'GET', `/api/articles/${draft.id}?draft=true`)).status,
      ).toBe(404)
    })

    it('sees approved comments only', async () => {
      const list = await newsroom.api('anonymous', 'GET', '/api/comments?limit=100')
      const ids = list.body.docs.map((doc: any) => doc.id)
      expect(ids).toContain(approvedComment.id)
      expect(ids).not.toContain(pendingComment.id)
      expect(
        (await newsroom.api('anonymous', 'GET', `/api/comments/${pendingComment.id}`)).status,
      ).toBe(404)
    })

    it('cannot filter or sort its way to hidden comments', async () => {
      const byStatus = await newsroom.api(
        'anonymous',
        'GET',
        '/api/comments?where[status][equals]=pending',
      )
      expect(byStatus.body.docs).toEqual([])
      const byEmail = await newsroom.api(
        'anonymous',
        'GET',
        `/api/comments?where[authorEmail][equals]=${encodeURIComponent(SECRET_EMAIL)}`,
      )
      expect(byEmail.status).toBe(400)
      expect(byEmail.body.errors[0].message).toMatch(/authorEmail/)
      expect(containsDeep(byEmail.body, SECRET_EMAIL)).toBe(false)
    })

    it('has a comment stored as pending even when it says approved and pinned', async () => {
      const res = await newsroom.api('anonymous', 'POST', '/api/comments', {
        article: published.id,
        authorName: 'Sneaky',
        authorEmail: 'sneaky@example.com',
        body: 'Approve me',
        status: 'approved',
        pinned: true,
      })
      expect(res.status).toBe(201)
      const stored = await newsroom.payload.findByID({
        collection: 'comments',
        id: res.body.doc.id,
        overrideAccess: true,
      })
      expect(stored.status).toBe('pending')
      expect(stored.pinned).toBe(false)
    })

    it.each([0, 1, 2, 3])(
      'never sees a source’s true identity or its approving editor over REST at depth %i',
      async (depth) => {
        for (const path of [
          `/api/sources/${source.id}`,
          '/api/sources',
          `/api/quotes/${quote.id}`,
          '/api/quotes',
          `/api/articles/${published.id}`,
        ]) {
          const res = await newsroom.api('anonymous', 'GET', `${path}?depth=${depth}`)
          expect(res.status).toBe(200)
          expect(containsDeep(res.body, SECRET_IDENTITY)).toBe(false)
          expect(containsDeep(res.body, 'trueIdentity')).toBe(false)
          expect(containsDeep(res.body, 'approvedBy')).toBe(false)
        }
        const comments = await newsroom.api('anonymous', 'GET', `/api/comments?depth=${depth}`)
        expect(containsDeep(comments.body, SECRET_EMAIL)).toBe(false)
        expect(containsDeep(comments.body, 'authorEmail')).toBe(false)
      },
    )

    it('cannot read the true identity even when it asks for it by name, through select or a where query', async () => {
      const selected = await newsroom.api(
        'anonymous',
        'GET',
        `/api/sources/${source.id}?select[anonymity][trueIdentity]=true`,
      )
      expect(containsDeep(selected.body, SECRET_IDENTITY)).toBe(false)
      const probed = await newsroom.api(
        'anonymous',
        'GET',
        `/api/sources?where[anonymity.trueIdentity][like]=Secret`,
      )
      expect(probed.status).toBe(400)
      expect(probed.body.docs).toBeUndefined()
    })

    it.each([0, 1, 2, 3])(
      'never sees a true identity or a commenter’s email over GraphQL at depth %i',
      async (depth) => {
        // Each level of nesting is one more level of population, as depth is over REST.
        const speaker =
          depth === 0
            ? 'speaker { id }'
            : 'speaker { description anonymity { reason trueIdentity approvedBy { email } } }'
        const query = `{
      Sources { docs { description anonymity { reason trueIdentity approvedBy { email } } } }
      Quotes { docs { text ${speaker} article { title } } }
      Comments { docs { body authorEmail parent { body authorEmail } } }
    }`
        const res = await newsroom.graphql('anonymous', query)
        expect(containsDeep(res.body, SECRET_IDENTITY)).toBe(false)
        expect(containsDeep(res.body, SECRET_EMAIL)).toBe(false)
        expect(res.body.data?.Sources?.docs?.length).toBeGreaterThan(0)
      },
    )

    it('cannot write articles, sources, quotes or users, nor edit or delete comments', async () => {
      expect(
        (await newsroom.api('anonymous', 'POST', '/api/articles', { title: 'x' })).status,
      ).toBe(403)
      expect(
        (
          await newsroom.api('anonymous', 'POST', '/api/sources', {
            description: 'x',
            kind: 'person',
          })
        ).status,
      ).toBe(403)
      expect((await newsroom.api('anonymous', 'POST', '/api/quotes', { text: 'x' })).status).toBe(
        403,
      )
      expect(
        (
          await newsroom.api('anonymous', 'POST', '/api/users', {
            email: 'x@x.io',
            password: 'xxxxxxxx',
          })
        ).status,
      ).toBe(403)
      expect(
        (
          await newsroom.api('anonymous', 'PATCH', `/api/comments/${approvedComment.id}`, {
            body: 'vandalised',
          })
        ).status,
      ).toBe(403)
      expect(
        (await newsroom.api('anonymous', 'DELETE', `/api/comments/${approvedComment.id}`)).status,
      ).toBe(403)
      expect((await newsroom.api('anonymous', 'GET', '/api/users')).status).toBe(403)
    })
  })

  describe('a moderator', () => {
    it('sees the whole comment queue with emails', async () => {
      const list = await newsroom.api('moderator', 'GET', '/api/comments?limit=100')
      const ids = list.body.docs.map((doc: any) => doc.id)
      expect(ids).toEqual(expect.arrayContaining([approvedComment.id, pendingComment.id]))
      expect(containsDeep(list.body, SECRET_EMAIL)).toBe(true)
    })

    it('cannot edit, create or delete articles, nor read drafts or true identities', async () => {
      expect(
        (
          await newsroom.api('moderator', 'PATCH', `/api/articles/${published.id}`, {
            title: 'Hijacked',
          })
        ).status,
      ).toBe(403)
      expect(
        (await newsroom.api('moderator', 'POST', '/api/articles', { title: 'x' })).status,
      ).toBe(403)
      expect(
        (await newsroom.api('moderator', 'DELETE', `/api/articles/${published.id}`)).status,
      ).toBe(403)
      expect((await newsroom.api('moderator', 'GET', `/api/articles/${draft.id}`)).status).toBe(404)
      const sourceRes = await newsroom.api('moderator', 'GET', `/api/sources/${source.id}`)
      expect(containsDeep(sourceRes.body, SECRET_IDENTITY)).toBe(false)
    })

    it('cannot manage users or give itself a role', async () => {
      const users = await newsroom.api('moderator', 'GET', '/api/users')
      expect(users.body.docs.map((u: any) => u.email)).toEqual(['moderator@test.newsroom'])
      const selfPromotion = await newsroom.api(
        'moderator',
        'PATCH',
        `/api/users/${newsroom.userId('moderator')}`,
        { roles: ['admin'] },
      )
      expect(selfPromotion.body.doc?.roles ?? ['moderator']).toEqual(['moderator'])
      const stored = await newsroom.payload.findByID({
        collection: 'users',
        id: newsroom.userId('moderator'),
        overrideAccess: true,
      })
      expect(stored.roles).toEqual(['moderator'])
      expect(
        (
          await newsroom.api('moderator', 'POST', '/api/users', {
            email: 'm2@x.io',
            password: 'long password',
            roles: ['moderator'],
          })
        ).status,
      ).toBe(403)
    })
  })

  describe('an editor', () => {
    it('reads drafts, true identities and approving editors', async () => {
      expect((await newsroom.api('editor', 'GET', `/api/articles/${draft.id}`)).status).toBe(200)
      const res = await newsroom.api('editor', 'GET', `/api/sources/${source.id}?depth=1`)
      expect(res.body.anonymity.trueIdentity).toBe(SECRET_IDENTITY)
      expect(res.body.anonymity.approvedBy.email).toBe('editor@test.newsroom')
    })

    it('cannot manage users', async () => {
      expect(
        (
          await newsroom.api('editor', 'POST', '/api/users', {
            email: 'e2@x.io',
            password: 'long password',
            roles: ['editor'],
          })
        ).status,
      ).toBe(403)
      expect(
        (await newsroom.api('editor', 'DELETE', `/api/users/${newsroom.userId('moderator')}`))
          .status,
      ).toBe(403)
      const update = await newsroom.api(
        'editor',
        'PATCH',
        `/api/users/${newsroom.userId('moderator')}`,
        { roles: ['editor'] },
      )
      expect(update.status).toBe(403)
      const emails = (await newsroom.api('editor', 'GET', '/api/users')).body.docs.map(
        (u: any) => u.email,
      )
      expect(emails).not.toContain('moderator@test.newsroom')
    })

    it('sees the colleagues who write stories by name (who created a story, pickers), never the moderators', async () => {
      const colleague = await newsroom.payload.create({
        collection: 'users',
        data: {
          email: 'second.reporter@test.newsroom',
          password: 'a long enough password',
          roles: ['reporter'],
        } as never,
        overrideAccess: true,
      })
      // Saved without a name, it gets one: never "Untitled" in a picker or "Created by".
      expect(colleague.name).toBe('second.reporter')
      const story = await makeArticle(newsroom.payload, {
        title: 'A colleague’s draft',
        createdBy: colleague.id,
        _status: 'draft',
      })
      for (const role of ['reporter', 'editor', 'legal'] as const) {
        const read = await newsroom.api(role, 'GET', `/api/articles/${story.id}?depth=1&draft=true`)
        expect(read.status).toBe(200)
        expect(read.body.createdBy).toMatchObject({ id: colleague.id, name: 'second.reporter' })
      }
      const seenByReporter = (
        await newsroom.api('reporter', 'GET', '/api/users?limit=100')
      ).body.docs.map((user: any) => user.email)
      expect(seenByReporter).toEqual(
        expect.arrayContaining(['second.reporter@test.newsroom', 'editor@test.newsroom']),
      )
      expect(seenByReporter).not.toContain('moderator@test.newsroom')
      expect((await newsroom.api('moderator', 'GET', `/api/users/${colleague.id}`)).status).toBe(
        404,
      )
      await newsroom.payload.delete({ collection: 'articles', id: story.id, overrideAccess: true })
      await newsroom.payload.delete({ collection: 'users', id: colleague.id, overrideAccess: true })
    })

    it('does not moderate comments', async () => {
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/comments/${pendingComment.id}`, {
            status: 'approved',
          })
        ).status,
      ).toBe(403)
    })
  })

  describe('an admin', () => {
    it('does everything: reads identities, moderates, manages users', async () => {
      const res = await newsroom.api('admin', 'GET', `/api/sources/${source.id}`)
      expect(res.body.anonymity.trueIdentity).toBe(SECRET_IDENTITY)
      expect(
        (
          await newsroom.api('admin', 'PATCH', `/api/comments/${pendingComment.id}`, {
            pinned: true,
          })
        ).body.doc.pinned,
      ).toBe(true)
      expect(
        (await newsroom.api('admin', 'GET', '/api/users')).body.totalDocs,
      ).toBeGreaterThanOrEqual(3)
    })
  })
}
