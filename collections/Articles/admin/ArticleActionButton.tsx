'use client'
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useAdminRequest } from '../../../src/plugin/admin/useAdminRequest'
import { useApiJson } from '../../../src/plugin/admin/useApiJson'

type Action = 'legal-sign-off' | 'takedown'
type Props = { action: Action; roles?: string[]; compact?: boolean }
type ReviewState = { reasons: string[]; signedOff: boolean; current: boolean }

const COPY = {
  'legal-sign-off': {
    button: 'Sign off',
    busy: 'Signing off…',
    label: 'Note for the editors (optional)',
    field: 'note',
    method: 'POST',
  },
  takedown: {
    button: 'Take down',
    busy: 'Taking down…',
    label: 'Reason for the takedown (required)',
    field: 'reason',
    method: 'POST',
  },
} as const

/**
 * Legal's buttons on an article: "Sign off" (the text as it stands, with why legal review is needed)
 * and "Take down" / "Lift takedown" (in the document's header, `compact`: the reason asked for when
 * pressed). Shown only to the roles given; the server checks the role again and answers with the
 * reason if it refuses.
 */
export const ArticleActionButton = ({
  action,
  roles = ['legal', 'admin'],
  compact = false,
}: Props) => {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const takenDown = useFormFields(
    ([fields]) =>
      Boolean(fields['takedown.takenDownAt']?.value) && !fields['takedown.liftedAt']?.value,
  )
  const { busy, send: request } = useAdminRequest()
  const [text, setText] = useState('')
  const [open, setOpen] = useState(!compact)
  const userRoles = (user as { roles?: string[] } | null)?.roles ?? []
  const allowed = Boolean(id) && userRoles.some((role) => role === 'admin' || roles.includes(role))
  // Why the latest text needs legal, and whether a sign-off for this very text stands (the server knows the fingerprint).
  const review = useApiJson<ReviewState>(
    allowed && action === 'legal-sign-off' ? `/${collectionSlug}/${id}/legal-review` : undefined,
  )
  if (!allowed) {
    return null
  }
  const lifting = action === 'takedown' && takenDown
  const copy = COPY[action]
  // A sign-off for this very text stands: nothing to sign again.
  const alreadySigned = action === 'legal-sign-off' && Boolean(review?.current)

  const send = () =>
    request(
      `/${collectionSlug}/${id}/${action}`,
      {
        method: lifting ? 'DELETE' : copy.method,
        headers: { 'Content-Type': 'application/json' },
        body: lifting ? undefined : JSON.stringify({ [copy.field]: text }),
      },
      (answer) => {
        setText('')
        return answer.message ?? 'Done.'
      },
      { reload: true },
    )

  const button = (
    <Button
      buttonStyle={action === 'takedown' && !lifting ? 'error' : 'secondary'}
      className={action === 'takedown' && !lifting ? 'newsroom-takedown-button' : undefined}
      disabled={busy || alreadySigned || (action === 'takedown' && !lifting && !text.trim())}
      margin={false}
      onClick={send}
      size="medium"
    >
      {busy ? copy.busy : lifting ? 'Lift takedown' : alreadySigned ? 'Signed off' : copy.button}
    </Button>
  )
  const outline =
    action === 'takedown' && !lifting ? (
      <style>
        {
          '.newsroom-takedown-button { outline: 1px solid var(--theme-error-500); outline-offset: -1px; }'
        }
      </style>
    ) : null

  if (compact) {
    return (
      <div
        id={`article-action-${action}`}
        style={{ position: 'relative', display: 'inline-flex', gap: 8, alignItems: 'center' }}
      >
        {outline}
        {lifting ? (
          button
        ) : (
          <>
            <Button
              buttonStyle="secondary"
              className="newsroom-takedown-button"
              margin={false}
              onClick={() => setOpen(!open)}
              size="medium"
            >
              {open ? 'Cancel takedown' : 'Take down…'}
            </Button>
            {open ? (
              <div
                style={{
                  position: 'absolute',
                  top: '110%',
                  right: 0,
                  zIndex: 10,
                  width: 320,
                  background: 'var(--theme-bg)',
                  border: '1px solid var(--theme-elevation-150)',
                  padding: 12,
                }}
              >
                <label style={{ display: 'block' }}>
                  <span className="field-label">{copy.label}</span>
                  <textarea
                    aria-label={copy.label}
                    onChange={(event) => setText(event.target.value)}
                    rows={3}
                    style={{ width: '100%' }}
                    value={text}
                  />
                </label>
                {button}
              </div>
            ) : null}
          </>
        )}
      </div>
    )
  }

  return (
    <div
      className="field-type"
      style={{ marginBottom: 'var(--base)' }}
      id={`article-action-${action}`}
    >
      {outline}
      {action === 'legal-sign-off' && review?.reasons.length ? (
        <div className="legal-review-reasons" style={{ marginBottom: 8 }}>
          <span className="field-label">Why legal review is needed</span>
          <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
            {review.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {action === 'legal-sign-off' && review?.signedOff && !review.current ? (
        <p className="legal-review-stale">
          The text or a quote it cites changed after the last sign-off: it needs signing again.
        </p>
      ) : null}
      {lifting || alreadySigned ? null : (
        <label style={{ display: 'block' }}>
          <span className="field-label">{copy.label}</span>
          <textarea
            aria-label={copy.label}
            onChange={(event) => setText(event.target.value)}
            rows={2}
            style={{ width: '100%' }}
            value={text}
          />
        </label>
      )}
      {button}
    </div>
  )
}
