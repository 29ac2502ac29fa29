'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { useAdminRequest } from '../../../src/plugin/admin/useAdminRequest'

/**
 * The delivery's "Send again" button (admins): asks the server to queue the delivery again and
 * shows its answer; the record's status and attempts update as the queue works.
 */
export const ResendDeliveryButton = () => {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { busy: sending, send } = useAdminRequest()
  if (!id) {
    return null
  }
  const status = (data as { status?: string } | undefined)?.status
  const queued = status === 'pending' || status === 'retrying'

  const resend = () =>
    send(
      `/${collectionSlug}/${id}/resend`,
      { method: 'POST' },
      (answer) => answer.message ?? 'Queued.',
    )

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <Button
        buttonStyle="secondary"
        disabled={sending || queued}
        onClick={resend}
        size="medium"
        id="resend-delivery"
      >
        {sending ? 'Queuing…' : 'Send again'}
      </Button>
      <p className="field-description">
        {queued
          ? 'Queued: the next try is shown below.'
          : 'Sends this event again, with the same webhook-id and body.'}
      </p>
    </div>
  )
}
