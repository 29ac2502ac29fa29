/** How the story page words things: dates (UTC), labels, statuses and kinds of log entry, sentences. */
import React from 'react'

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
})
export const label = (
  options: readonly { value: string; label: string }[],
  value: null | string | undefined,
) => options.find((option) => option.value === value)?.label ?? value ?? ''
export const STATUS_WORDS = {
  developing: 'Developing story',
  updated: 'Updated',
  concluded: 'Concluded',
} as const
export const LOG_WORDS = {
  update: 'Update',
  correction: 'Correction',
  clarification: 'Clarification',
  retraction: 'Retraction',
} as const

/** A sentence from a value that may or may not end with its own full stop. */
export const sentence = (text: null | string | undefined, fallback: string) => {
  const value = (text ?? '').trim() || fallback
  return /[.!?…]$/.test(value) ? value : `${value}.`
}

export const Time = ({ value }: { value: string }) => (
  <time dateTime={value}>{dateTime.format(new Date(value))} UTC</time>
)
