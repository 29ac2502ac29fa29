'use client'
import { Button, toast, useConfig, useField } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

type Props = { sourcesSlug?: string; path?: string }

/** Kinds a speaker can be named with here; anonymous sources and footage need their standards' own fields (Add new). */
const QUICK_KINDS = [
  { value: 'person', label: 'Person' },
  { value: 'official', label: 'Official body or statement' },
  { value: 'document', label: 'Document' },
  { value: 'social', label: 'Social media' },
  { value: 'community', label: 'Community or crowd' },
]

/**
 * Names a new speaker inside the quote's own form: the source is created and chosen as the speaker
 * without a third drawer over the article and the quote (stacked drawers lost editors' keystrokes,
 * focus jumping back to the quote's). Shown while the quote has no speaker. An anonymous source or
 * footage needs the fields its standards ask for: the speaker field's own “Add new” keeps those.
 */
export const NewSpeakerField = ({ sourcesSlug = 'sources' }: Props) => {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const speaker = useField<null | number | string>({ path: 'speaker' })
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [description, setDescription] = useState('')
  const [name, setName] = useState('')
  const [kind, setKind] = useState('person')
  const [role, setRole] = useState('')
  const id = useId()
  if (speaker.value) {
    return null
  }

  const create = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${serverURL ?? ''}${api}/${sourcesSlug}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          kind,
          description: description.trim(),
          ...(name.trim() ? { name: name.trim() } : {}),
          ...(role.trim() ? { role: role.trim() } : {}),
        }),
      })
      const answer = (await response.json().catch(() => ({}))) as {
        doc?: { id: number | string }
        errors?: { message?: string }[]
      }
      if (!response.ok || !answer.doc) {
        throw new Error(answer.errors?.[0]?.message ?? `The server answered ${response.status}.`)
      }
      speaker.setValue(answer.doc.id)
      toast.success(`Speaker created: ${description.trim()}`)
      setOpen(false)
      setDescription('')
      setName('')
      setRole('')
    } catch (error) {
      toast.error(`The speaker could not be created: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  const input = { style: { width: '100%' } }
  return (
    <div
      className="field-type new-speaker"
      id="new-speaker"
      style={{ marginBottom: 'var(--base)' }}
    >
      {open ? (
        <fieldset
          style={{ border: '1px solid var(--theme-elevation-150)', padding: '0.5rem 0.75rem' }}
        >
          <legend>New speaker</legend>
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            name="newSpeakerKind"
            onChange={(event) => setKind(event.target.value)}
            value={kind}
            {...input}
          >
            {QUICK_KINDS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-description`}>Description (as the story refers to them)</label>
          <input
            id={`${id}-description`}
            name="newSpeakerDescription"
            onChange={(event) => setDescription(event.target.value)}
            type="text"
            value={description}
            {...input}
          />
          <label htmlFor={`${id}-name`}>Name (if the story names them)</label>
          <input
            id={`${id}-name`}
            name="newSpeakerName"
            onChange={(event) => setName(event.target.value)}
            type="text"
            value={name}
            {...input}
          />
          <label htmlFor={`${id}-role`}>Title or role</label>
          <input
            id={`${id}-role`}
            name="newSpeakerRole"
            onChange={(event) => setRole(event.target.value)}
            type="text"
            value={role}
            {...input}
          />
          <p style={{ margin: '0.5rem 0' }}>
            An anonymous source or footage needs more (why, who approved, how it was verified): use
            the speaker field’s “Add new”.
          </p>
          <Button
            buttonStyle="secondary"
            disabled={busy || !description.trim()}
            onClick={create}
            size="small"
          >
            {busy ? 'Creating…' : 'Create and use as speaker'}
          </Button>{' '}
          <Button buttonStyle="subtle" onClick={() => setOpen(false)} size="small">
            Cancel
          </Button>
        </fieldset>
      ) : (
        <Button buttonStyle="subtle" onClick={() => setOpen(true)} size="small">
          + Name a new speaker here
        </Button>
      )}
    </div>
  )
}
