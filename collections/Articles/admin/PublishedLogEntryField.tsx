'use client'
import type { SelectFieldClientProps, TextareaFieldClientProps } from 'payload'

import { SelectField, TextareaField, useAuth, useFormFields } from '@payloadcms/ui'
import React from 'react'

/**
 * A log entry's field, read-only once the entry is published (it has a date) for everyone but
 * admins: published entries are permanent, and the server refuses a change to one (`updateLog`).
 * Showing it editable would let autosave keep an edit that publishing then refuses.
 */
const usePublishedEntry = (path: string): { locked: boolean; date?: string } => {
  const date = useFormFields(([fields]) => fields[path.replace(/\.[^.]+$/, '.date')]?.value) as
    string | undefined
  const { user } = useAuth()
  const isAdmin = ((user as { roles?: string[] } | null)?.roles ?? []).includes('admin')
  return { locked: Boolean(date) && !isAdmin, date }
}

const PublishedNote = ({ date }: { date?: string }) => (
  <p className="field-description published-log-entry-note">
    Published {date ? `on ${new Date(date).toLocaleString()}` : ''}: this entry is permanent. Add a
    new entry to update readers; only an admin can change it.
  </p>
)

export const PublishedLogEntryText = (props: TextareaFieldClientProps) => {
  const { locked, date } = usePublishedEntry(props.path)
  return (
    <>
      <TextareaField {...props} readOnly={props.readOnly || locked} />
      {locked ? <PublishedNote date={date} /> : null}
    </>
  )
}

export const PublishedLogEntryType = (props: SelectFieldClientProps) => {
  const { locked } = usePublishedEntry(props.path)
  return <SelectField {...props} readOnly={props.readOnly || locked} />
}
