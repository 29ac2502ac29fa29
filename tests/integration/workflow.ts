import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { idOf } from '../../src/plugin/ids'
import {
  bodyQuoting,
  bodyQuotingAll,
  lexicalParagraphs,
  makeAnonymousSource,
  makeQuote,
} from '../helpers/fixtures'
import { type ApiResponse, type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  /**
   * The newsroom's workflow over HTTP, as each role meets it: a reporter's draft, an editor's stages
   * and assignment, the legal half of the publish gate (sign-off, voided by a change to the text), a
   * legal takedown and its lifting, and staff-only notes.
   */
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom()
  })
  afterAll(async () => newsroom?.close())

  const fieldErrors = (res: ApiResponse) =>
    (res.body.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]
  const latest = async (id: number | string) =>
    (await newsroom.api('editor', 'GET', `/api/articles/${id}?draft=true&depth=0`)).body

  /** A story quoting an anonymous colleague and an unverified clip, as the seeded one does. */
  const sensitiveStory = async () => {
    const { payload } = newsroom
    const colleague = await makeAnonymousSource(payload, newsroom.userId('editor'))
    const clip = await payload.create({
      collection: 'sources',
      data: {
        kind: 'footage',
        description: 'a leaked security clip',
        provenance: { verificationStatus: 'unverified' },
      } as never,
      overrideAccess: true,
    })
    const first = await makeQuote(payload, {
      text: 'He was a good officer.',
      speaker: colleague.id,
    })
    const second = await makeQuote(payload, { text: 'Stay back.', speaker: clip.id })
    return { colleague, clip, quotes: [first.id, second.id] }
  }

  describe('a reporter', () => {
    it('writes a draft that is theirs, moves it to “In edit”, and can neither publish it nor move it further', async () => {
      const created = await newsroom.api('reporter', 'POST', '/api/articles?draft=true', {
        title: 'Reporter draft',
        body: lexicalParagraphs('First lines.'),
        _status: 'draft',
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      expect(idOf(created.body.doc.createdBy)).toBe(newsroom.userId('reporter'))
      expect(created.body.doc.stage).toBe('draft')

      const moved = await newsroom.api('reporter', 'PATCH', `/api/articles/${id}?draft=true`, {
        stage: 'in-edit',
      })
      expect(moved.status).toBe(200)
      const history = (await latest(id)).stageHistory
      expect(history.at(-1)).toMatchObject({
        stage: 'in-edit',
        movedBy: newsroom.userId('reporter'),
      })
      expect(Date.now() - Date.parse(history.at(-1).movedAt)).toBeLessThan(60_000)

      const publish = await newsroom.api('reporter', 'PATCH', `/api/articles/${id}`, {
        _status: 'published',
      })
      expect(publish.status).toBe(403)
      expect(publish.body.errors[0].message).toMatch(/Only an editor can publish a story/)
      expect(fieldErrors(publish)).toEqual([expect.objectContaining({ path: '_status' })])
      const further = await newsroom.api('reporter', 'PATCH', `/api/articles/${id}?draft=true`, {
        stage: 'ready',
      })
      expect(further.status).toBe(400)
      expect(fieldErrors(further)[0]).toMatchObject({ path: 'stage' })
      // GraphQL is the same gate.
      const mutation = await newsroom.graphql(
        'reporter',
        `mutation { updateArticle(id: ${id}, data: { _status: published }) { id } }`,
      )
      expect(mutation.body.errors?.[0]?.message ?? '').not.toBe('')
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(404)
      // Nor a save without a status over a published story of theirs (that changes what readers see).
      await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' })
      const silent = await newsroom.api('reporter', 'PATCH', `/api/articles/${id}`, {
        title: 'Changed live',
      })
      expect(silent.status).toBe(403)
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).body.title).toBe(
        'Reporter draft',
      )
    })

    it('cannot edit a colleague’s story, nor forge who created one', async () => {
      const editors = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Editor’s draft',
        _status: 'draft',
      })
      const edit = await newsroom.api(
        'reporter',
        'PATCH',
        `/api/articles/${editors.body.doc.id}?draft=true`,
        { title: 'Taken over' },
      )
      expect([403, 404]).toContain(edit.status)
      const forged = await newsroom.api('reporter', 'POST', '/api/articles?draft=true', {
        title: 'Forged',
        _status: 'draft',
        createdBy: newsroom.userId('editor'),
        stageHistory: [{ stage: 'ready' }],
      })
      expect(idOf(forged.body.doc.createdBy)).toBe(newsroom.userId('reporter'))
      expect((await latest(forged.body.doc.id)).stageHistory).toEqual([
        expect.objectContaining({ stage: 'draft', movedBy: newsroom.userId('reporter') }),
      ])
    })
  })

  describe('the legal sign-off in the publish gate', () => {
    it('refuses a story with an anonymous source and an unverified clip until legal signs it off, naming why', async () => {
      const { quotes } = await sensitiveStory()
      const created = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Sensitive story',
        body: bodyQuotingAll(quotes),
        _status: 'draft',
        assignedEditor: newsroom.userId('editor'),
      })
      const id = created.body.doc.id
      const refused = await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
        _status: 'published',
      })
      expect(refused.status).toBe(400)
      const [problem] = fieldErrors(refused)
      expect(problem).toMatchObject({ path: 'legalSignOff.signedBy' })
      expect(problem.message).toMatch(/Legal must sign this story off/)
      expect(problem.message).toMatch(/anonymous source/)
      expect(problem.message).toMatch(/footage .* whose verification is “unverified”/)

      await newsroom.api('editor', 'PATCH', `/api/articles/${id}?draft=true`, {
        stage: 'legal-review',
      })
      // Only legal (or an admin) signs off.
      expect(
        (await newsroom.api('anonymous', 'POST', `/api/articles/${id}/legal-sign-off`, {})).status,
      ).toBe(401)
      expect(
        (await newsroom.api('editor', 'POST', `/api/articles/${id}/legal-sign-off`, {})).status,
      ).toBe(403)
      expect(
        (await newsroom.api('reporter', 'POST', `/api/articles/${id}/legal-sign-off`, {})).status,
      ).toBe(403)
      const badNote = await newsroom.api('legal', 'POST', `/api/articles/${id}/legal-sign-off`, {
        note: 42,
      })
      expect(badNote.status).toBe(400)
      expect(fieldErrors(badNote)[0]).toMatchObject({ path: 'note' })
      expect(
        (await newsroom.api('legal', 'POST', '/api/articles/999999/legal-sign-off', {})).status,
      ).toBe(404)

      const signed = await newsroom.api('legal', 'POST', `/api/articles/${id}/legal-sign-off`, {
        note: 'Cleared: the colleague’s words are opinion.',
      })
      expect(signed.status).toBe(200)
      const afterSignOff = await latest(id)
      expect(afterSignOff.stage).toBe('ready')
      expect(afterSignOff.legalSignOff).toMatchObject({
        signedBy: newsroom.userId('legal'),
        note: 'Cleared: the colleague’s words are opinion.',
      })
      expect(afterSignOff.stageHistory.at(-1)).toMatchObject({
        stage: 'ready',
        movedBy: newsroom.userId('legal'),
      })
      // Legal edits nothing else.
      expect([403, 404]).toContain(
        (
          await newsroom.api('legal', 'PATCH', `/api/articles/${id}?draft=true`, {
            title: 'Lawyer’s headline',
          })
        ).status,
      )

      // A change that is not to the words keeps the sign-off; publishing then goes through.
      await newsroom.api('editor', 'PATCH', `/api/articles/${id}?draft=true`, {
        tags: ['policing'],
      })
      const published = await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
        _status: 'published',
      })
      expect(published.status).toBe(200)
      expect(published.body.doc.stage).toBe('published')
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(200)
      // Readers see none of the workflow.
      const readerView = (await newsroom.api('anonymous', 'GET', `/api/articles/${id}?depth=2`))
        .body
      for (const field of [
        'stage',
        'legalSignOff',
        'takedown',
        'assignedEditor',
        'createdBy',
        'editorialNotes',
      ]) {
        expect(readerView).not.toHaveProperty(field)
      }
      expect(readerView.stageHistory ?? []).toEqual([])
    })

    it('is voided by a change to the text after it was given, on a save the editor chooses (not each autosave): the story goes back to legal review', async () => {
      const { quotes } = await sensitiveStory()
      const created = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Changed after sign-off',
        body: bodyQuoting(quotes[0]),
        _status: 'draft',
        stage: 'legal-review',
      })
      const id = created.body.doc.id
      expect(
        (await newsroom.api('legal', 'POST', `/api/articles/${id}/legal-sign-off`, {})).status,
      ).toBe(200)
      // Legal's panel: why the story needs legal, and that this sign-off stands.
      expect((await newsroom.api('legal', 'GET', `/api/articles/${id}/legal-review`)).body).toEqual(
        {
          reasons: [expect.stringMatching(/anonymous source|footage/)],
          signedOff: true,
          current: true,
        },
      )
      // The admin's autosave while the editor types: the sign-off and the stage stay…
      const autosaved = await newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${id}?draft=true&autosave=true`,
        { body: bodyQuoting(quotes[0], 'A claim being typed: “') },
      )
      expect(autosaved.status).toBe(200)
      expect((await latest(id)).legalSignOff?.signedBy).toBeTruthy()
      expect((await latest(id)).stage).toBe('ready')
      expect(
        (await newsroom.api('legal', 'GET', `/api/articles/${id}/legal-review`)).body,
      ).toMatchObject({ signedOff: true, current: false })
      // …but no publish can lean on it: the text is not what legal read.
      const leaning = await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
        _status: 'published',
      })
      expect(leaning.status).toBe(400)
      expect(fieldErrors(leaning)[0]).toMatchObject({ path: 'legalSignOff.signedBy' })
      const edited = await newsroom.api('editor', 'PATCH', `/api/articles/${id}?draft=true`, {
        body: bodyQuoting(quotes[0], 'A new claim, added later: “'),
      })
      expect(edited.status).toBe(200)
      const after = await latest(id)
      expect(after.legalSignOff?.signedBy ?? null).toBeNull()
      expect(after.stage).toBe('legal-review')
      expect(after.stageHistory.at(-1).note).toMatch(/voided/)
      const refused = await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
        _status: 'published',
      })
      expect(refused.status).toBe(400)
      expect(fieldErrors(refused)[0]).toMatchObject({ path: 'legalSignOff.signedBy' })
      // A sign-off cannot be written through the API, by anyone.
      const forged = await newsroom.api('admin', 'PATCH', `/api/articles/${id}?draft=true`, {
        legalSignOff: { signedBy: newsroom.userId('legal'), fingerprint: 'x' },
      })
      expect(forged.status).toBe(200)
      expect((await latest(id)).legalSignOff?.signedBy ?? null).toBeNull()
    })

    it('asks nothing of a story whose sources are named and whose footage is verified', async () => {
      const clip = await newsroom.payload.create({
        collection: 'sources',
        data: {
          kind: 'footage',
          description: 'verified dashcam',
          provenance: { verificationStatus: 'verified' },
        } as never,
        overrideAccess: true,
      })
      const quote = await makeQuote(newsroom.payload, { text: 'Pull over.', speaker: clip.id })
      const res = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'Verified only',
        body: bodyQuoting(quote.id),
        _status: 'published',
      })
      expect(res.status).toBe(201)
    })
  })

  describe('restoring a version (issue 27, item 16)', () => {
    /** A published story whose quotes belong to it (so their staff titles name its headline), then edited as drafts. */
    const editedStory = async (title: string) => {
      const { quotes } = await sensitiveStory()
      const created = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title,
        body: bodyQuotingAll(quotes),
        _status: 'draft',
      })
      const id = created.body.doc.id
      for (const quote of quotes) {
        await newsroom.payload.update({
          collection: 'quotes',
          id: quote,
          data: { article: id },
          overrideAccess: true,
        })
      }
      expect(
        (await newsroom.api('legal', 'POST', `/api/articles/${id}/legal-sign-off`, {})).status,
      ).toBe(200)
      expect(
        (await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' }))
          .status,
      ).toBe(200)
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/articles/${id}?draft=true`, {
            title: `${title}, edited`,
            _status: 'draft',
          })
        ).status,
      ).toBe(200)
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/articles/${id}?draft=true&autosave=true`, {
            title: `${title}, edited again`,
          })
        ).status,
      ).toBe(200)
      const versions = await newsroom.api(
        'editor',
        'GET',
        `/api/articles/versions?where[parent][equals]=${id}&depth=0&sort=-updatedAt&limit=50`,
      )
      const published = versions.body.docs.find(
        (version: any) => version.version._status === 'published',
      )
      expect(published).toBeDefined()
      return { id, quotes, published }
    }

    it('puts a published version back, over REST, though it cites quotes whose titles change with it', async () => {
      const { id, quotes, published } = await editedStory('A story to restore')
      const restored = await newsroom.api(
        'editor',
        'POST',
        `/api/articles/versions/${published.id}`,
        {},
      )
      expect(restored.status).toBe(200)
      const latestNow = await latest(id)
      expect(latestNow).toMatchObject({ title: 'A story to restore', _status: 'published' })
      for (const quote of quotes) {
        const row = (await newsroom.api('editor', 'GET', `/api/quotes/${quote}?depth=0`)).body
        expect(row.label).toMatch(/— A story to restore$/)
        expect(row.text).toBeTruthy()
      }
    })

    it('and over GraphQL', async () => {
      const { id, published } = await editedStory('Another story to restore')
      const restored = await newsroom.graphql(
        'editor',
        `mutation { restoreVersionArticle(id: ${published.id}) { id } }`,
      )
      expect(restored.body.errors ?? []).toEqual([])
      expect((await latest(id)).title).toBe('Another story to restore')
    })
  })

  describe('a legal takedown', () => {
    it('takes a story off every public surface, tells webhooks, blocks publishing until lifted, and leaves a record for staff', async () => {
      const webhook = await newsroom.api('admin', 'POST', '/api/webhooks', {
        url: 'https://93.184.216.34/takedowns',
        events: ['article.taken-down', 'article.unpublished'],
      })
      expect(webhook.status).toBe(201)
      const created = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'To be taken down',
        body: lexicalParagraphs('A claim.'),
        _status: 'published',
      })
      const { id, slug } = created.body.doc
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)).status).toBe(
        200,
      )

      expect(
        (await newsroom.api('editor', 'POST', `/api/articles/${id}/takedown`, { reason: 'x' }))
          .status,
      ).toBe(403)
      const noReason = await newsroom.api('legal', 'POST', `/api/articles/${id}/takedown`, {})
      expect(noReason.status).toBe(400)
      expect(fieldErrors(noReason)[0]).toMatchObject({ path: 'reason' })
      const taken = await newsroom.api('legal', 'POST', `/api/articles/${id}/takedown`, {
        reason: 'Court order 12/2026',
      })
      expect(taken.status).toBe(200)

      expect((await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)).status).toBe(
        404,
      )
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(404)
      const gql = await newsroom.graphql(
        'anonymous',
        `{ Articles(where: { id: { equals: ${id} } }) { docs { title } } }`,
      )
      expect(gql.body.data?.Articles?.docs ?? []).toEqual([])
      const events = await newsroom.payload.find({
        collection: 'webhook-deliveries',
        where: { and: [{ webhook: { equals: webhook.body.doc.id } }] },
        overrideAccess: true,
        limit: 10,
      })
      expect(
        events.docs.map((delivery) => (delivery as unknown as { event: string }).event).sort(),
      ).toEqual(['article.taken-down', 'article.unpublished'])

      const record = await latest(id)
      expect(record.takedown).toMatchObject({
        reason: 'Court order 12/2026',
        takenDownBy: newsroom.userId('legal'),
      })
      expect(record.stageHistory.at(-1).note).toMatch(/Taken down by legal: Court order/)
      const republish = await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
        _status: 'published',
      })
      expect(republish.status).toBe(400)
      expect(fieldErrors(republish)[0]).toMatchObject({ path: 'takedown.takenDownAt' })

      expect((await newsroom.api('legal', 'DELETE', `/api/articles/${id}/takedown`)).status).toBe(
        200,
      )
      expect((await newsroom.api('legal', 'DELETE', `/api/articles/${id}/takedown`)).status).toBe(
        409,
      )
      expect(
        (await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' }))
          .status,
      ).toBe(200)
      expect((await latest(id)).takedown).toMatchObject({
        reason: 'Court order 12/2026',
        liftedBy: newsroom.userId('legal'),
      })
    })
  })

  describe('editorial notes', () => {
    it('are written by staff in their own name, shown beside the article for staff, and never to readers', async () => {
      const article = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'With notes',
        body: lexicalParagraphs('Text.'),
        _status: 'published',
      })
      const id = article.body.doc.id
      const note = await newsroom.api('legal', 'POST', '/api/editorial-notes', {
        article: id,
        text: 'Check paragraph 3 with the lawyer.',
        author: newsroom.userId('editor'),
      })
      expect(note.status).toBe(201)
      expect(idOf(note.body.doc.author)).toBe(newsroom.userId('legal'))
      expect(
        (
          await newsroom.api('anonymous', 'POST', '/api/editorial-notes', {
            article: id,
            text: 'x',
          })
        ).status,
      ).toBe(403)
      const staffView = await newsroom.api(
        'reporter',
        'GET',
        `/api/articles/${id}?joins[editorialNotes][limit]=5`,
      )
      expect(staffView.body.editorialNotes.docs.map((doc: { text: string }) => doc.text)).toEqual([
        'Check paragraph 3 with the lawyer.',
      ])
      const readerView = await newsroom.api(
        'anonymous',
        'GET',
        `/api/articles/${id}?joins[editorialNotes][limit]=5`,
      )
      expect(readerView.status).toBe(200)
      expect(JSON.stringify(readerView.body)).not.toContain('paragraph 3')
      expect(
        JSON.stringify(
          (
            await newsroom.api(
              'anonymous',
              'GET',
              `/api/articles/slug/${article.body.doc.slug}?format=ninjs`,
            )
          ).body,
        ),
      ).not.toContain('paragraph 3')
      // Its author (not another reporter) may resolve it; an editor may resolve any.
      expect(
        (
          await newsroom.api('legal', 'PATCH', `/api/editorial-notes/${note.body.doc.id}`, {
            resolved: true,
          })
        ).status,
      ).toBe(200)
      expect([403, 404]).toContain(
        (
          await newsroom.api('reporter', 'PATCH', `/api/editorial-notes/${note.body.doc.id}`, {
            resolved: false,
          })
        ).status,
      )
    })
  })
}
