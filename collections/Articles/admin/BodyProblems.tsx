'use client'

import { useFormFields, useFormSubmitted } from '@payloadcms/ui'
import React from 'react'

import { StoryNotices } from './PublicState'

/**
 * The body's errors as a list, one problem a line, above the editor (Payload's own field error is a
 * one-line tooltip that cuts a multi-line publish-gate message). Each problem names the quote it is
 * about, and that quote's chip in the text is marked too (QuoteBlockLabel).
 */
export const BodyProblems = ({ path }: { path: string }) => {
  const field = useFormFields(([fields]) => fields?.[path] ?? null)
  const signedOff = useFormFields(([fields]) => Boolean(fields?.['legalSignOff.signedBy']?.value))
  const submitted = useFormSubmitted()
  const message = field?.errorMessage
  // Where the editor types: what a change to the words does to legal's sign-off (voided at the next save, not while typing).
  const signOffNote = signedOff ? (
    <p
      className="body-sign-off-note"
      id="body-sign-off-note"
      role="note"
      style={{ margin: '0 0 0.75rem', color: 'var(--theme-warning-750)' }}
    >
      Legal has signed off this text. Changing its words, or a quote it cites, voids the sign-off
      when you save (autosaves keep it until then), and the story needs legal again before it is
      published.
    </p>
  ) : null
  if (!submitted || field?.valid !== false || !message) {
    return (
      <>
        <StoryNotices />
        {signOffNote}
      </>
    )
  }
  const lines = message.split('\n').filter((line) => line.trim())
  return (
    <>
      <StoryNotices />
      <div
        className="body-problems"
        role="alert"
        style={{
          border: '1px solid var(--theme-error-500)',
          background: 'var(--theme-error-50)',
          color: 'var(--theme-error-750)',
          padding: '0.5rem 0.75rem',
          marginBottom: '0.75rem',
        }}
      >
        <strong>
          {lines.length === 1
            ? 'Before this can be published:'
            : `Before this can be published (${lines.length}):`}
        </strong>
        <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.2rem' }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </>
  )
}
