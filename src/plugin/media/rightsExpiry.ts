/**
 * Usage rights that expire: at `rights.expiresAt` the picture is withdrawn (the `withdrawn` switch an
 * editor has: every published story drops it at once, its files too, and the withdrawal is logged).
 * Each save that sets an expiry queues a job for that moment (Payload's jobs queue, `waitUntil`); a
 * job whose expiry was changed since does nothing, the later save queued its own. A picture saved
 * with an expiry already past is withdrawn by that save.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, TaskConfig } from 'payload'

import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'

export const WITHDRAW_AT_RIGHTS_EXPIRY_TASK = 'newsroomWithdrawAtRightsExpiry'

type Rights = { expiresAt?: null | string } | null | undefined
type MediaRow = { id: number | string; withdrawn?: boolean | null; rights?: Rights }

const expiryOf = (rights: Rights) => (rights?.expiresAt ? new Date(rights.expiresAt) : null)

/** Why it was withdrawn, for the next editor (and legal). */
export const expiredRightsReason = (expiresAt: Date) =>
  `Usage rights expired on ${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`

/** A save with an expiry already past withdraws the picture in that save. */
export const withdrawWhenRightsExpired: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const rights = (data.rights !== undefined ? data.rights : originalDoc?.rights) as Rights
  const expiresAt = expiryOf(rights)
  const withdrawn = data.withdrawn ?? originalDoc?.withdrawn
  if (expiresAt && expiresAt.getTime() <= Date.now() && withdrawn !== true) {
    data.withdrawn = true
    data.withdrawnReason = expiredRightsReason(expiresAt)
  }
  return data
}

/** A save that sets or moves a future expiry queues the job that withdraws the picture then. */
export const queueWithdrawalAtRightsExpiry: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  const expiresAt = expiryOf((doc as MediaRow).rights)
  const before = expiryOf((previousDoc as MediaRow | undefined)?.rights)
  if (
    !expiresAt ||
    expiresAt.getTime() <= Date.now() ||
    (doc as MediaRow).withdrawn ||
    before?.getTime() === expiresAt.getTime()
  ) {
    return doc
  }
  await req.payload.jobs.queue({
    task: WITHDRAW_AT_RIGHTS_EXPIRY_TASK as never,
    input: { media: String(doc.id), expiresAt: expiresAt.toISOString() } as never,
    waitUntil: expiresAt,
    req,
  })
  return doc
}

/** The job: withdraws the picture if its rights still expire at this moment and it is not withdrawn yet. */
export const withdrawAtRightsExpiryTask = (
  settings: NewsroomSettings,
): TaskConfig<{ input: { media: string; expiresAt: string }; output: { withdrawn: boolean } }> => ({
  slug: WITHDRAW_AT_RIGHTS_EXPIRY_TASK,
  label: 'Withdraw a picture when its usage rights expire',
  inputSchema: [
    { name: 'media', type: 'text', required: true },
    { name: 'expiresAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'withdrawn', type: 'checkbox' }],
  retries: 5,
  handler: async ({ input, req }) => {
    const id =
      req.payload.db.defaultIDType === 'number' && /^\d+$/.test(input.media)
        ? Number(input.media)
        : input.media
    const picture = (await req.payload.findByID({
      collection: settings.slugs.media,
      id,
      depth: 0,
      disableErrors: true,
      ...systemAccess(req),
    })) as MediaRow | null
    const expiresAt = expiryOf(picture?.rights)
    if (
      !picture ||
      picture.withdrawn ||
      !expiresAt ||
      expiresAt.toISOString() !== input.expiresAt ||
      expiresAt.getTime() > Date.now()
    ) {
      return { output: { withdrawn: false } }
    }
    await req.payload.update({
      collection: settings.slugs.media,
      id,
      data: { withdrawn: true, withdrawnReason: expiredRightsReason(expiresAt) } as never,
      depth: 0,
      ...systemAccess(req),
    })
    req.payload.logger.info(
      `Pictures: withdrew picture ${String(id)} from every public surface: ${expiredRightsReason(expiresAt)}`,
    )
    return { output: { withdrawn: true } }
  },
})
