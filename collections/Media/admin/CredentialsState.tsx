'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

type Facts = { state?: unknown; trusted?: unknown; signedBy?: unknown }
type Tone = 'default' | 'error' | 'success' | 'warning'

/** A picture's Content Credentials in a few words, for the list and the top of its edit view. */
export const credentialsStateOf = ({
  state,
  trusted,
  signedBy,
}: Facts): { label: string; tone: Tone } => {
  const by = typeof signedBy === 'string' && signedBy ? ` by ${signedBy}` : ''
  if (state === 'invalid') {
    return { label: 'Fails validation', tone: 'error' }
  }
  if (state === 'valid') {
    return trusted === true
      ? { label: `Signed${by}, trusted`, tone: 'success' }
      : { label: `Signed${by}, signer not verified`, tone: 'warning' }
  }
  return { label: state === 'none' ? 'No credentials' : '', tone: 'default' }
}

const COLOURS: Record<Tone, string> = {
  error: 'var(--theme-error-500)',
  warning: 'var(--theme-warning-500)',
  success: 'var(--theme-success-500)',
  default: 'var(--theme-elevation-500)',
}

/** The pictures list's Content Credentials column: a changed picture stands out among the rest. */
export const CredentialsStateCell = ({ rowData }: DefaultCellComponentProps) => {
  const { label, tone } = credentialsStateOf((rowData?.credentials ?? {}) as Facts)
  return label ? (
    <span
      className={`credentials-state credentials-state--${tone}`}
      style={{ color: COLOURS[tone], fontWeight: tone === 'error' ? 600 : undefined }}
    >
      {label}
    </span>
  ) : null
}

/**
 * At the top of a picture's edit view (its credentials' group is far below): a picture whose
 * credentials fail is said so at once, with what follows from it; a signed one names its signer.
 */
export const CredentialsBanner = () => {
  const state = useFormFields(([fields]) => fields['credentials.state']?.value)
  const trusted = useFormFields(([fields]) => fields['credentials.trusted']?.value)
  const signedBy = useFormFields(([fields]) => fields['credentials.signedBy']?.value)
  const problems = useFormFields(([fields]) => fields['credentials.problems']?.value)
  const { label, tone } = credentialsStateOf({ state, trusted, signedBy })
  if (!label || state === 'none') {
    return null
  }
  const detail =
    state === 'invalid'
      ? `The picture was changed after it was signed, or its manifest is broken${typeof problems === 'string' && problems ? ` (${problems})` : ''}. It counts as unverified: a story that shows it is published only with legal’s sign-off.`
      : 'Read from the file on upload; the details are under “Content Credentials” below.'
  return (
    <div
      id="content-credentials-state"
      role={state === 'invalid' ? 'alert' : 'status'}
      style={{
        border: `1px solid ${COLOURS[tone]}`,
        borderLeftWidth: 4,
        borderRadius: 4,
        padding: '8px 12px',
        marginBottom: 16,
      }}
    >
      <strong style={{ color: COLOURS[tone] }}>Content Credentials: {label}.</strong> {detail}
    </div>
  )
}
