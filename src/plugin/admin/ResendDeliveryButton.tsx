'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useState } from 'react'

/**
 * The delivery's "Send again" button (admins): asks the server to queue the delivery again and
 * shows its answer; the record's status and attempts update as the queue works.
 */
export const ResendDeliveryButton = () => {
  const { id, collectionSlug, data } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const router = useRouter()
  const [sending, setSending] = useState(false)
  if (!id) return null
  const status = (data as { status?: string } | undefined)?.status
  const queued = status === 'pending' || status === 'retrying'

  const resend = async () => {
    setSending(true)
    try {
      const response = await fetch(`${serverURL}${api}/${collectionSlug}/${id}/resend`, { method: 'POST', credentials: 'include' })
      const answer = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      if (response.ok) toast.success(answer.message ?? 'Queued.')
      else toast.error(answer.errors?.[0]?.message ?? `The server answered ${response.status}.`)
      router.refresh()
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={sending || queued} onClick={resend} size="medium" id="resend-delivery">
        {sending ? 'Queuing…' : 'Send again'}
      </Button>
      <p className="field-description">{queued ? 'Queued: the next try is shown below.' : 'Sends this event again, with the same webhook-id and body.'}</p>
    </div>
  )
}
