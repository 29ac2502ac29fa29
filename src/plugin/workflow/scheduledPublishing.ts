import type { CollectionSlug, PayloadRequest } from 'payload'

import { systemAccess } from '../access/systemAccess'

const JOBS = 'payload-jobs' as CollectionSlug

/** A scheduled publish or unpublish that ran and failed (Payload keeps the failed job). */
export type FailedSchedule = {
  jobId: number | string
  type: 'publish' | 'unpublish'
  collection: string
  documentId: string
  scheduledFor: null | string
  failedAt: null | string
  error: string
  scheduledBy: null | number | string
}

type Job = {
  id: number | string
  input?: {
    type?: string
    doc?: { relationTo?: string; value?: unknown }
    user?: { value?: unknown } | null | number | string
  } | null
  waitUntil?: null | string
  updatedAt?: null | string
  error?: { message?: string } | null
  log?: { completedAt?: string; error?: { message?: string } }[] | null
}

const failedOf = (job: Job): FailedSchedule | undefined => {
  const doc = job.input?.doc
  if (!doc?.relationTo || doc.value === undefined || doc.value === null) {
    return undefined
  }
  const last = job.log?.at(-1)
  const user = job.input?.user
  return {
    jobId: job.id,
    type: job.input?.type === 'unpublish' ? 'unpublish' : 'publish',
    collection: doc.relationTo,
    documentId: String(doc.value),
    scheduledFor: job.waitUntil ?? null,
    failedAt: last?.completedAt ?? job.updatedAt ?? null,
    error: job.error?.message ?? last?.error?.message ?? 'It failed.',
    scheduledBy:
      user && typeof user === 'object'
        ? ((user.value as number | string | undefined) ?? null)
        : (user ?? null),
  }
}

/**
 * The scheduled publishes and unpublishes that failed, newest first, for one document or all (read
 * with system access: Payload's jobs are not a collection staff read; callers decide who sees what).
 */
export const failedSchedules = async (
  req: PayloadRequest,
  {
    collection,
    documentId,
    sinceDays = 14,
  }: { collection?: string; documentId?: number | string; sinceDays?: number } = {},
): Promise<FailedSchedule[]> => {
  const since = new Date(Date.now() - sinceDays * 86_400_000).toISOString()
  const { docs } = await req.payload.find({
    collection: JOBS,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { hasError: { equals: true } },
        { updatedAt: { greater_than: since } },
      ],
    },
    sort: '-updatedAt',
    depth: 0,
    limit: 100,
    pagination: false,
    ...systemAccess(req),
  })
  return (docs as Job[])
    .map(failedOf)
    .filter((failed): failed is FailedSchedule => Boolean(failed))
    .filter(
      (failed) =>
        (collection === undefined || failed.collection === collection) &&
        (documentId === undefined || failed.documentId === String(documentId)),
    )
}
