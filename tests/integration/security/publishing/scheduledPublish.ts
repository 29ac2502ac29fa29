/**
 * Security review (security.review.test.ts), publishing: a scheduled publish is set up or cancelled
 * only by someone who may publish the story.
 */

import { createLocalReq, type PayloadRequest } from 'payload'

import { newsroomServerFunctions } from '../../../../src/plugin/admin/schedulePublish'
import { bodyQuotingAll, lexicalParagraphs, makeQuote } from '../../../helpers/fixtures'
import { type AccountName, type TestNewsroom } from '../../../helpers/newsroom'
import { type SecurityReview } from '../context'

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
