/**
 * Security review (security.review.test.ts), publishing: what a published story shows, and what
 * legal signed off, are not changed behind the editors' backs.
 */

import { bodyQuotingAll, makeAnonymousSource, makeQuote } from '../../../helpers/fixtures'
import { type TestNewsroom } from '../../../helpers/newsroom'
import { type SecurityReview } from '../context'

export const notChangedBehindTheirBacks = (review: SecurityReview) => {
  describe('what a published story shows, and what legal signed off, are not changed behind their backs (issue 27, item 1)', () => {
    let newsroom: TestNewsroom
    beforeAll(() => {
      newsroom = review.newsroom
    })

    const fieldErrors = (res: { body: any }) =>
      (res.body.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]
    const latestDraft = async (id: number | string) =>
      (await newsroom.api('editor', 'GET', `/api/articles/${id}?draft=true&depth=0`)).body
    const clipData = (description: string) => ({
      kind: 'footage',
      description,
      provenance: { verificationStatus: 'unverified' },
    })

    it('a reporter cannot change the words, speaker or sources of a published story’s quotes (REST and GraphQL); an editor can', async () => {
      const colleague = await makeAnonymousSource(newsroom.payload, newsroom.userId('editor'))
      const officer = await newsroom.payload.create({
        collection: 'sources',
        data: { kind: 'person', name: 'Officer Named', description: 'the officer' } as never,
        overrideAccess: true,
      })
      const clip = await newsroom.payload.create({
        collection: 'sources',
        data: clipData('a published clip') as never,
        overrideAccess: true,
      })
      const said = await makeQuote(newsroom.payload, {
        text: 'He was a good officer.',
        speaker: colleague.id,
      })
      const filmed = await makeQuote(newsroom.payload, { text: 'Stay back.', speaker: clip.id })
      const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Published with quotes',
        body: bodyQuotingAll([said.id, filmed.id]),
        _status: 'draft',
      })
      expect(
        (
          await newsroom.api(
            'legal',
            'POST',
            `/api/articles/${draft.body.doc.id}/legal-sign-off`,
            {},
          )
        ).status,
      ).toBe(200)
      const story = (
        await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, {
          _status: 'published',
        })
      ).body.doc
      expect(story._status).toBe('published')

      expect(
        (
          await newsroom.api('reporter', 'PATCH', `/api/quotes/${said.id}`, {
            text: 'He was a bad officer.',
          })
        ).status,
      ).toBe(403)
      expect(
        (await newsroom.api('reporter', 'PATCH', `/api/quotes/${said.id}`, { speaker: officer.id }))
          .status,
      ).toBe(403)
      expect(
        (
          await newsroom.api('reporter', 'PATCH', `/api/sources/${clip.id}`, {
            provenance: { verificationStatus: 'verified' },
          })
        ).status,
      ).toBe(403)
      expect(
        (
          await newsroom.api('reporter', 'PATCH', `/api/sources/${colleague.id}`, {
            kind: 'person',
          })
        ).status,
      ).toBe(403)
      // A list update skips what the reporter may not change.
      expect(
        (
          await newsroom.api('reporter', 'PATCH', `/api/quotes?where[id][equals]=${said.id}`, {
            text: 'He was a bad officer.',
          })
        ).body.docs ?? [],
      ).toEqual([])
      const gqlQuote = await newsroom.graphql(
        'reporter',
        `mutation { updateQuote(id: ${said.id}, data: { text: "He was a bad officer." }) { id text } }`,
      )
      expect(
        gqlQuote.body.errors?.[0]?.extensions?.statusCode ?? gqlQuote.body.errors?.[0]?.message,
      ).toBeTruthy()
      expect(gqlQuote.body.data?.updateQuote ?? null).toBeNull()
      const gqlSource = await newsroom.graphql(
        'reporter',
        `mutation { updateSource(id: ${clip.id}, data: { provenance: { verificationStatus: verified } }) { id } }`,
      )
      expect(gqlSource.body.data?.updateSource ?? null).toBeNull()

      const delivered = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.slug}`)
      expect(JSON.stringify(delivered.body)).toContain('He was a good officer.')
      expect(JSON.stringify(delivered.body)).not.toContain('bad officer')
      const quoteNow = (await newsroom.api('editor', 'GET', `/api/quotes/${said.id}?depth=0`)).body
      expect(quoteNow).toMatchObject({ text: 'He was a good officer.', speaker: colleague.id })
      expect(
        (await newsroom.api('editor', 'GET', `/api/sources/${clip.id}`)).body.provenance
          .verificationStatus,
      ).toBe('unverified')

      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/quotes/${said.id}`, {
            context: 'Said at the vigil.',
          })
        ).status,
      ).toBe(200)
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/sources/${clip.id}`, {
            provenance: { verificationStatus: 'partly-verified' },
          })
        ).status,
      ).toBe(200)
    })

    it('a reporter neither verifies footage nor changes a source’s kind; the publish still asks for legal (REST and GraphQL)', async () => {
      // Their new footage starts unverified whatever they say.
      const created = await newsroom.api('reporter', 'POST', '/api/sources', {
        kind: 'footage',
        description: 'a reporter’s clip',
        provenance: { verificationStatus: 'verified' },
      })
      expect(created.status).toBe(201)
      expect(created.body.doc.provenance.verificationStatus).toBe('unverified')
      const clip = created.body.doc
      // (An anonymous source needs an editor's approval to exist.)
      const colleague = {
        body: { doc: await makeAnonymousSource(newsroom.payload, newsroom.userId('editor')) },
      }
      const quotes = [
        (
          await newsroom.api('reporter', 'POST', '/api/quotes', {
            text: 'Get back.',
            kind: 'verbatim',
            speaker: clip.id,
          })
        ).body.doc.id,
        (
          await newsroom.api('reporter', 'POST', '/api/quotes', {
            text: 'It was wrong.',
            kind: 'verbatim',
            speaker: colleague.body.doc.id,
          })
        ).body.doc.id,
      ]
      const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Unverified clip story',
        body: bodyQuotingAll(quotes),
        _status: 'draft',
      })
      const id = draft.body.doc.id

      const verify = await newsroom.api('reporter', 'PATCH', `/api/sources/${clip.id}`, {
        provenance: { verificationStatus: 'verified' },
      })
      expect(verify.status).toBe(200)
      expect(verify.body.doc.provenance.verificationStatus).toBe('unverified')
      await newsroom.graphql(
        'reporter',
        `mutation { updateSource(id: ${clip.id}, data: { provenance: { verificationStatus: verified } }) { id } }`,
      )
      const rekind = await newsroom.api(
        'reporter',
        'PATCH',
        `/api/sources/${colleague.body.doc.id}`,
        { kind: 'person', name: 'Not So Anonymous' },
      )
      expect(rekind.status).toBe(200)
      expect(rekind.body.doc.kind).toBe('anonymous')
      await newsroom.graphql(
        'reporter',
        `mutation { updateSource(id: ${colleague.body.doc.id}, data: { kind: person }) { id } }`,
      )
      await newsroom.graphql(
        'reporter',
        `mutation { updateSource(id: ${clip.id}, data: { kind: person }) { id } }`,
      )

      const sources = (
        await newsroom.api(
          'editor',
          'GET',
          `/api/sources?where[id][in]=${clip.id},${colleague.body.doc.id}&depth=0`,
        )
      ).body.docs
      expect(
        Object.fromEntries(
          sources.map((source: any) => [
            source.id,
            source.kind === 'footage'
              ? [source.kind, source.provenance?.verificationStatus]
              : [source.kind],
          ]),
        ),
      ).toEqual({
        [clip.id]: ['footage', 'unverified'],
        [colleague.body.doc.id]: ['anonymous'],
      })
      const refused = await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
        _status: 'published',
      })
      expect(refused.status).toBe(400)
      expect(fieldErrors(refused)[0]?.message).toMatch(
        /Legal must sign this story off.*anonymous source.*footage .* whose verification is “unverified”/,
      )

      // An editor decides both.
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/sources/${clip.id}`, {
            provenance: { verificationStatus: 'verified' },
          })
        ).body.doc.provenance.verificationStatus,
      ).toBe('verified')
    })

    it('legal’s sign-off covers the quotes’ words and speakers: changed after it, the publish is refused until legal signs again', async () => {
      const colleague = await makeAnonymousSource(newsroom.payload, newsroom.userId('editor'))
      const other = await makeAnonymousSource(newsroom.payload, newsroom.userId('editor'))
      // A quote no published story cites yet: the reporter may still edit it.
      const quote = (
        await newsroom.api('reporter', 'POST', '/api/quotes', {
          text: 'He did nothing wrong.',
          kind: 'verbatim',
          speaker: colleague.id,
        })
      ).body.doc
      const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Signed, then requoted',
        body: bodyQuotingAll([quote.id]),
        _status: 'draft',
      })
      const id = draft.body.doc.id
      expect(
        (await newsroom.api('legal', 'POST', `/api/articles/${id}/legal-sign-off`, {})).status,
      ).toBe(200)

      expect(
        (
          await newsroom.api('reporter', 'PATCH', `/api/quotes/${quote.id}`, {
            text: 'He did everything wrong.',
          })
        ).status,
      ).toBe(200)
      const afterWords = await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, {
        _status: 'published',
      })
      expect(afterWords.status).toBe(400)
      expect(fieldErrors(afterWords)[0]).toMatchObject({ path: 'legalSignOff.signedBy' })
      // Any save of the story now clears the stale sign-off and sends it back to legal.
      await newsroom.api('editor', 'PATCH', `/api/articles/${id}?draft=true`, {
        tags: ['requoted'],
      })
      expect((await latestDraft(id)).legalSignOff?.signedBy ?? null).toBeNull()

      expect(
        (await newsroom.api('legal', 'POST', `/api/articles/${id}/legal-sign-off`, {})).status,
      ).toBe(200)
      expect(
        (await newsroom.api('reporter', 'PATCH', `/api/quotes/${quote.id}`, { speaker: other.id }))
          .status,
      ).toBe(200)
      expect(
        (await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' }))
          .status,
      ).toBe(400)

      expect(
        (await newsroom.api('legal', 'POST', `/api/articles/${id}/legal-sign-off`, {})).status,
      ).toBe(200)
      expect(
        (await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' }))
          .status,
      ).toBe(200)
      // Published now: the reporter no longer edits it.
      expect(
        (await newsroom.api('reporter', 'PATCH', `/api/quotes/${quote.id}`, { text: 'Too late.' }))
          .status,
      ).toBe(403)
    })
  })
}
