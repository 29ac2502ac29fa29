/**
 * Security review (security.review.test.ts): publishing is the editors' decision. A correction from
 * an error report goes onto the published story only; publishing, unpublishing and embargoes are
 * editors' decisions; what a published story shows, and what legal signed off, are not changed
 * behind their backs; a scheduled publish is set up or cancelled only by someone who may publish
 * the story.
 */

import { createLocalReq, type PayloadRequest } from 'payload'

import { newsroomServerFunctions } from '../../../src/plugin/admin/schedulePublish'
import {
  bodyQuotingAll,
  lexicalParagraphs,
  makeAnonymousSource,
  makeArticle,
  makeQuote,
} from '../../helpers/fixtures'
import { type AccountName, type TestNewsroom } from '../../helpers/newsroom'
import { type SecurityReview } from './context'

export const correctionFromErrorReport = (review: SecurityReview) => {
  describe('a correction from an error report goes onto the published story only (4)', () => {
    let newsroom: TestNewsroom
    const { newClient } = review
    beforeAll(() => {
      newsroom = review.newsroom
    })

    it('publishes the entry without publishing the pending draft, which stays a draft with the entry in its log', async () => {
      const story = await makeArticle(newsroom.payload, {
        title: 'Story with a pending draft',
        dek: 'The dek readers have.',
      })
      const draft = await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}?draft=true`, {
        dek: 'UNREVIEWED draft dek, embargoed.',
        _status: 'draft',
      })
      expect(draft.status).toBe(200)
      const report = await newsroom.api(
        'anonymous',
        'POST',
        `/api/articles/${story.id}/error-reports`,
        { text: 'The vigil was on Tuesday.' },
        newClient(),
      )
      expect(report.status).toBe(201)
      const resolve = await newsroom.api(
        'editor',
        'PATCH',
        `/api/error-reports/${report.body.id}`,
        {
          status: 'resolved',
          correction: {
            addToLog: true,
            type: 'correction',
            text: 'An earlier version gave the wrong day for the vigil.',
          },
        },
      )
      expect(resolve.status).toBe(200)

      const published = await newsroom.api('anonymous', 'GET', `/api/articles/${story.id}`)
      expect(published.body.dek).toBe('The dek readers have.')
      expect(published.body.updateLog).toContainEqual(
        expect.objectContaining({
          type: 'correction',
          text: 'An earlier version gave the wrong day for the vigil.',
          date: expect.any(String),
        }),
      )
      const delivered = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.slug}`)
      expect(JSON.stringify(delivered.body)).not.toContain('UNREVIEWED')

      const editorsDraft = await newsroom.api(
        'editor',
        'GET',
        `/api/articles/${story.id}?draft=true`,
      )
      expect(editorsDraft.body._status).toBe('draft')
      expect(editorsDraft.body.dek).toBe('UNREVIEWED draft dek, embargoed.')
      expect(editorsDraft.body.updateLog.map((entry: { text: string }) => entry.text)).toContain(
        'An earlier version gave the wrong day for the vigil.',
      )
    })
  })
}

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

export const scheduledPublishOnlyByPublishers = (review: SecurityReview) => {
  describe('a scheduled publish is cancelled only by someone who may publish the story (issue 27, 5)', () => {
    let newsroom: TestNewsroom
    let article: SecurityReview['article']
    beforeAll(() => {
      newsroom = review.newsroom
      article = review.article
    })

    /** The request Payload's admin builds for a logged-in user (initReq), as its server functions get it. */
    const requestOf = async (who: AccountName): Promise<PayloadRequest> => {
      const user = await newsroom.payload.findByID({
        collection: 'users',
        id: newsroom.userId(who),
        depth: 0,
        overrideAccess: true,
      })
      return createLocalReq({ user: { ...user, collection: 'users' } as never }, newsroom.payload)
    }
    /** The admin's `schedule-publish` server function, as the app's root layout hands it to Payload. */
    const schedulePublish = async (who: AccountName, args: Record<string, unknown>) =>
      (await newsroomServerFunctions['schedule-publish']({
        ...args,
        req: await requestOf(who),
      } as never)) as { error?: string; message?: string }
    const scheduledJob = async (articleId: number | string) =>
      (
        await newsroom.payload.find({
          collection: 'payload-jobs' as never,
          where: { taskSlug: { equals: 'schedulePublish' } },
          limit: 0,
          overrideAccess: true,
        })
      ).docs.find((job: any) => String(job.input?.doc?.value) === String(articleId)) as
        { id: number | string } | undefined

    it('refuses a moderator’s, legal’s and the story’s own reporter’s deleteID of the editor’s job; the editor cancels it', async () => {
      const draft = await newsroom.api('reporter', 'POST', '/api/articles', {
        title: 'Scheduled story',
        body: lexicalParagraphs('Ready at noon.'),
      })
      expect(draft.status).toBe(201)
      const date = new Date(Date.now() + 24 * 3600_000)
      for (const who of ['moderator', 'legal', 'reporter'] as const) {
        expect(
          (
            await schedulePublish(who, {
              type: 'unpublish',
              date,
              doc: { relationTo: 'articles', value: article.id },
            })
          ).error,
        ).toMatch(/Only someone who may publish this document can schedule/)
      }
      expect(await scheduledJob(article.id)).toBeUndefined()
      expect(
        await schedulePublish('editor', {
          type: 'publish',
          date,
          doc: { relationTo: 'articles', value: draft.body.doc.id },
        }),
      ).toMatchObject({ message: expect.any(String) })
      const job = await scheduledJob(draft.body.doc.id)
      expect(job).toBeDefined()

      for (const who of ['moderator', 'legal', 'reporter'] as const) {
        const refused = await schedulePublish(who, { deleteID: job!.id })
        expect({ who, error: refused.error }).toEqual({
          who,
          error: expect.stringMatching(/Only someone who may publish this document can cancel/),
        })
        expect((await scheduledJob(draft.body.doc.id))?.id).toBe(job!.id)
      }
      // An id that is no job's, or no id at all: refused too, nothing deleted.
      expect((await schedulePublish('moderator', { deleteID: 'abc' })).error).toMatch(
        /Only someone who may publish/,
      )

      expect(await schedulePublish('editor', { deleteID: job!.id })).toMatchObject({
        message: expect.any(String),
      })
      expect(await scheduledJob(draft.body.doc.id)).toBeUndefined()
    })

    it('refuses up front, in the publish gate’s words, a schedule that would fail at its time (issue 35: 1, 2)', async () => {
      const unattributed = await makeQuote(newsroom.payload, {
        text: 'Said by nobody in particular.',
      })
      const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Not ready to run',
        body: bodyQuotingAll([unattributed.id]),
        _status: 'draft',
      })
      expect(draft.status).toBe(201)
      const date = new Date(Date.now() + 3600_000)
      const doc = { relationTo: 'articles', value: String(draft.body.doc.id) }
      const publish = await schedulePublish('editor', { type: 'publish', date, doc })
      expect(publish.error).toMatch(
        /^Not scheduled: .*“Said by nobody in particular\.” has no speaker/,
      )
      // Never published: there is nothing to unpublish.
      const unpublish = await schedulePublish('editor', { type: 'unpublish', date, doc })
      expect(unpublish.error).toMatch(/not published, so there is nothing to unpublish/)
      expect(await scheduledJob(draft.body.doc.id)).toBeUndefined()
    })

    it('judges an embargo at the scheduled time: a publish scheduled for its end goes in, one before it is refused', async () => {
      const embargoUntil = new Date(Date.now() + 3600_000).toISOString()
      const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Under embargo',
        body: lexicalParagraphs('Not before the hour.'),
        embargoUntil,
        _status: 'draft',
      })
      expect(draft.status).toBe(201)
      const doc = { relationTo: 'articles', value: String(draft.body.doc.id) }
      const early = await schedulePublish('editor', {
        type: 'publish',
        date: new Date(Date.now() + 1800_000),
        doc,
      })
      expect(early.error).toMatch(/^Not scheduled: .*Embargoed until/)
      expect(
        await schedulePublish('editor', { type: 'publish', date: new Date(embargoUntil), doc }),
      ).toMatchObject({ message: expect.any(String) })
      expect(await scheduledJob(draft.body.doc.id)).toBeDefined()
    })

    it('says on the story why a scheduled publish failed when it ran (the story changed since)', async () => {
      const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Scheduled, then broken',
        body: lexicalParagraphs('Fine at first.'),
        _status: 'draft',
      })
      const id = draft.body.doc.id
      const doc = { relationTo: 'articles', value: String(id) }
      expect(
        await schedulePublish('editor', {
          type: 'publish',
          date: new Date(Date.now() + 1_000),
          doc,
        }),
      ).toMatchObject({ message: expect.any(String) })
      // After scheduling, a quote nobody said goes into the text.
      const unattributed = await makeQuote(newsroom.payload, { text: 'Added after scheduling.' })
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/articles/${id}?draft=true`, {
            body: bodyQuotingAll([unattributed.id]),
          })
        ).status,
      ).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 1_200))
      await newsroom.payload.jobs.run({ allQueues: true, limit: 20 })
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(404)
      const report = await newsroom.api('editor', 'GET', `/api/articles/${id}/scheduled-publishing`)
      expect(report.status).toBe(200)
      expect(report.body.failed).toEqual([
        expect.objectContaining({
          type: 'publish',
          documentId: String(id),
          scheduledBy: newsroom.userId('editor'),
          error: expect.any(String),
        }),
      ])
      expect(
        report.body.problemsNow.map((problem: { message: string }) => problem.message).join('\n'),
      ).toMatch(/“Added after scheduling\.” has no speaker/)
      expect(
        (await newsroom.api('anonymous', 'GET', `/api/articles/${id}/scheduled-publishing`)).status,
      ).toBe(401)
      expect(
        (await newsroom.api('moderator', 'GET', `/api/articles/${id}/scheduled-publishing`)).status,
      ).toBe(403)
    })
  })
}
