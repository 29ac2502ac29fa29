/** Workflow: the legal half of the publish gate (only legal signs off; a change to the text voids it; nobody writes one through the API). */
import { bodyQuoting, bodyQuotingAll, makeQuote } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { fieldErrors, storiesOf, type WorkflowSuite } from './context'

export const legalSignOffInThePublishGate = (suite: WorkflowSuite) => {
  describe('the legal sign-off in the publish gate', () => {
    let newsroom: TestNewsroom
    const { latest, sensitiveStory } = storiesOf(suite)
    beforeAll(() => {
      newsroom = suite.newsroom
    })

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
}
