'use client'
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useAdminRequest } from './useAdminRequest'

type Action = 'legal-sign-off' | 'takedown'
type Props = { action: Action; roles?: string[] }

const COPY = {
  'legal-sign-off': { button: 'Sign off', busy: 'Signing off…', label: 'Note for the editors (optional)', field: 'note', method: 'POST' },
  takedown: { button: 'Take down', busy: 'Taking down…', label: 'Reason for the takedown (required)', field: 'reason', method: 'POST' },
} as const

/**
 * Legal's buttons on an article: "Sign off" (the text as it stands) and "Take down" / "Lift
 * takedown". Shown only to the roles given; the server checks the role again and answers with the
 * reason if it refuses.
 */
export const ArticleActionButton = ({ action, roles = ['legal', 'admin'] }: Props) => {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const takenDown = useFormFields(([fields]) => Boolean(fields['takedown.takenDownAt']?.value) && !fields['takedown.liftedAt']?.value)
  // A saved sign-off is current (a change to what legal read voids it on save): nothing to sign again.
  const signedOff = useFormFields(([fields]) => Boolean(fields['legalSignOff.signedBy']?.value && fields['legalSignOff.signedAt']?.value))
  const { busy, send: request } = useAdminRequest()
  const [text, setText] = useState('')
  const userRoles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  if (!id || !userRoles.some((role) => role === 'admin' || roles.includes(role))) return null
  const lifting = action === 'takedown' && takenDown
  const copy = COPY[action]

  const send = () =>
    request(
      `/${collectionSlug}/${id}/${action}`,
      { method: lifting ? 'DELETE' : copy.method, headers: { 'Content-Type': 'application/json' }, body: lifting ? undefined : JSON.stringify({ [copy.field]: text }) },
      (answer) => {
        setText('')
        return answer.message ?? 'Done.'
      },
      { reload: true },
    )
  const alreadySigned = action === 'legal-sign-off' && signedOff

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }} id={`article-action-${action}`}>
      {lifting || alreadySigned ? null : (
        <label style={{ display: 'block' }}>
          <span className="field-label">{copy.label}</span>
          <textarea aria-label={copy.label} onChange={(event) => setText(event.target.value)} rows={2} style={{ width: '100%' }} value={text} />
        </label>
      )}
      <Button
        buttonStyle={action === 'takedown' && !lifting ? 'error' : 'secondary'}
        className={action === 'takedown' && !lifting ? 'newsroom-takedown-button' : undefined}
        disabled={busy || alreadySigned || (action === 'takedown' && !lifting && !text.trim())}
        onClick={send}
        size="medium"
      >
        {busy ? copy.busy : lifting ? 'Lift takedown' : alreadySigned ? 'Signed off' : copy.button}
      </Button>
      {action === 'takedown' && !lifting ? <style>{'.newsroom-takedown-button { outline: 1px solid var(--theme-error-500); outline-offset: -1px; }'}</style> : null}
    </div>
  )
}
