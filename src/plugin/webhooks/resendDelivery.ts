import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { isAdmin } from '../access/roles'
import { systemAccess } from '../access/systemAccess'
import { findVisible, notFound, refuseUnless } from '../endpoints/requestHelpers'
import { DELIVER_WEBHOOK_TASK } from './deliverWebhook'

/**
 * `POST /api/webhook-deliveries/:id/resend` (admins): send a delivered or failed event again, with
 * the same webhook-id and body (a receiver that already has it can tell). One still queued is not
 * sent twice: 409 with its next try.
 */
export const resendDelivery = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, isAdmin, 'Only admins can re-send webhook deliveries.')
    if (refused) {
      return refused
    }
    // findVisible reads with the admin's own rights, so an id that is not a delivery is simply not found.
    const found = await findVisible(req, settings.slugs.webhookDeliveries, req.routeParams?.id)
    if (!found) {
      return notFound('No webhook delivery has this id.')
    }
    const delivery = found as {
      id: number | string
      status?: string
      nextAttemptAt?: null | string
    }
    if (delivery.status === 'pending' || delivery.status === 'retrying') {
      const when = delivery.nextAttemptAt ? ` (next try ${delivery.nextAttemptAt})` : ''
      return Response.json(
        { errors: [{ message: `This delivery is still queued${when}; it is not sent twice.` }] },
        { status: 409 },
      )
    }
    const updated = await req.payload.update({
      collection: settings.slugs.webhookDeliveries,
      id: delivery.id,
      data: { status: 'pending', nextAttemptAt: null } as never,
      depth: 0,
      ...systemAccess(req),
    })
    await req.payload.jobs.queue({
      task: DELIVER_WEBHOOK_TASK as never,
      input: { delivery: String(delivery.id) } as never,
      queue: settings.webhooks.queue,
      req,
    })
    return Response.json(
      { message: 'Queued: the delivery will be sent again within a few seconds.', doc: updated },
      { status: 202 },
    )
  },
})
