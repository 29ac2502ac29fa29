import type { CollectionSlug, PayloadRequest, ServerFunction } from 'payload'

import {
  schedulePublishHandler,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import { docAccessOperation, docAccessOperationGlobal } from 'payload'

import { isEditor } from '../access/roles'
import { systemAccess } from '../access/systemAccess'
import { isDatabaseId } from '../ids'
import { problemsPublishingNow } from '../publishGate/dryRun'
import { ONLY_EDITORS_PUBLISH } from '../publishGate/onlyEditorsPublish'

const JOBS = 'payload-jobs' as CollectionSlug

type ScheduledInput = { doc?: { relationTo: string; value: number | string }; global?: string }

/**
 * Whether this user may publish what a scheduled job would publish or unpublish: Payload's own
 * publish permission (as its "upcoming" list asks it), and for a collection only editors publish,
 * an editor.
 */
const mayPublish = async (
  req: PayloadRequest,
  input: ScheduledInput | undefined,
): Promise<boolean> => {
  if (input?.doc) {
    const collection = req.payload.collections[input.doc.relationTo as CollectionSlug]
    if (!collection || !isDatabaseId(input.doc.value, req.payload.db)) {
      return false
    }
    if (collection.config.custom?.[ONLY_EDITORS_PUBLISH] && !isEditor(req.user)) {
      return false
    }
    return Boolean(
      (
        await docAccessOperation({
          id: input.doc.value,
          collection,
          data: { _status: 'published' },
          req,
        })
      ).update,
    )
  }
  const globalConfig = input?.global
    ? req.payload.config.globals.find(({ slug }) => slug === input.global)
    : undefined
  if (!globalConfig) {
    return false
  }
  if (globalConfig.custom?.[ONLY_EDITORS_PUBLISH] && !isEditor(req.user)) {
    return false
  }
  return Boolean(
    (await docAccessOperationGlobal({ globalConfig, data: { _status: 'published' }, req })).update,
  )
}

/**
 * May this request cancel the scheduled publish (or unpublish) job `jobId`? Only someone who may
 * publish its document. A job that is no scheduled publish is not ours to judge (Payload's handler
 * deletes only those).
 */
export const mayCancelScheduledPublish = async (
  req: PayloadRequest,
  jobId: unknown,
): Promise<boolean> => {
  if (!req.user) {
    return false
  }
  if (!isDatabaseId(jobId, req.payload.db)) {
    return false
  }
  const { docs } = await req.payload.find({
    collection: JOBS,
    where: { and: [{ id: { equals: jobId } }, { taskSlug: { equals: 'schedulePublish' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    ...systemAccess(req),
  })
  const job = docs[0] as { input?: ScheduledInput } | undefined
  return !job || mayPublish(req, job.input)
}

/**
 * Payload's `schedule-publish` server function, except that cancelling a scheduled job (`deleteID`)
 * needs the right to publish its document: Payload (3.90) deletes the job by id with the Local
 * API's full access, so anyone with admin access could cancel anyone's scheduled publish. Scheduling
 * needs that right too (the job would run as its scheduler, and fail, for anyone else).
 */
export const guardedSchedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { deleteID, doc, global, req } = args
  if (deleteID !== undefined && deleteID !== null) {
    if (!(await mayCancelScheduledPublish(req, deleteID))) {
      req.payload.logger.warn({
        msg: `Refused to cancel scheduled publish job ${String(deleteID)}: ${req.user ? `user ${String(req.user.id)} may not publish its document` : 'not logged in'}`,
      })
      return {
        error:
          'Only someone who may publish this document can cancel its scheduled publish or unpublish.',
      }
    }
  } else if (!req.user || !(await mayPublish(req, { doc: doc as ScheduledInput['doc'], global }))) {
    return {
      error: 'Only someone who may publish this document can schedule its publish or unpublish.',
    }
  } else if (doc) {
    const refusal = await scheduleRefusal(req, args.type, doc, args.date)
    if (refusal) {
      return { error: refusal }
    }
  }
  return schedulePublishHandler(args)
}

/**
 * Why this schedule would fail at its time, said now (Payload accepted it and the job then failed in
 * silence): an unpublish of a story that is not published, or a publish the publish gate refuses
 * as the story stands, in the gate's own words.
 */
const scheduleRefusal = async (
  req: PayloadRequest,
  type: string | undefined,
  doc: NonNullable<ScheduledInput['doc']>,
  date: unknown,
): Promise<string | undefined> => {
  if (type === 'unpublish') {
    const live = (await req.payload.findByID({
      collection: doc.relationTo as CollectionSlug,
      id: doc.value,
      draft: false,
      depth: 0,
      disableErrors: true,
      select: { _status: true } as never,
      overrideAccess: false,
      user: req.user,
      req,
    })) as { _status?: string } | null
    return live?._status === 'published'
      ? undefined
      : 'Not scheduled: this story is not published, so there is nothing to unpublish. Schedule a publish instead.'
  }
  // The gate as it will judge at the scheduled time: an embargo that ends by then does not stop it.
  const scheduledFor = date ? new Date(date as string).getTime() : Date.now()
  const draft = (await req.payload.findByID({
    collection: doc.relationTo as CollectionSlug,
    id: doc.value,
    draft: true,
    depth: 0,
    disableErrors: true,
    select: { embargoUntil: true } as never,
    overrideAccess: false,
    user: req.user,
    req,
  })) as { embargoUntil?: null | string } | null
  const embargoEnds = draft?.embargoUntil ? new Date(draft.embargoUntil).getTime() : undefined
  const problems = (await problemsPublishingNow(req, doc.relationTo, doc.value)).filter(
    (problem) =>
      !(
        problem.path === 'embargoUntil' &&
        embargoEnds !== undefined &&
        scheduledFor >= embargoEnds
      ),
  )
  if (!problems.length) {
    return undefined
  }
  const reasons = problems
    .flatMap((problem) => problem.message.split('\n'))
    .map((line) => line.trim())
    .filter(Boolean)
  return `Not scheduled: the story could not be published as it stands. ${reasons.join(' ')} Fix ${reasons.length === 1 ? 'this' : 'these'}, then schedule again.`
}

/**
 * Server functions for the admin's root layout, over Payload's own:
 * `handleServerFunctions({ ...args, config, importMap, serverFunctions: newsroomServerFunctions })`.
 */
export const newsroomServerFunctions = { 'schedule-publish': guardedSchedulePublish }
