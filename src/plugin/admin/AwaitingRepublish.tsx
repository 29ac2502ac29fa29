'use client'
import { Button, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

import { useApiJson } from './useApiJson'

type Record = 'media' | 'quote' | 'source'
type Props = { record: Record; articlesSlug?: string }
type Story = {
  id: number | string
  title: string
  slug: string
  edition: number
  datePublished: null | string
}
type Answer = {
  message?: string
  edition?: null | number
  errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
}

const LOG_TYPES = [
  { value: 'update', label: 'Update' },
  { value: 'correction', label: 'Correction' },
  { value: 'clarification', label: 'Clarification' },
]

/** The server's words for a refusal: the publish gate's own reasons when it gives them. */
const refusalOf = (answer: Answer, status: number) => {
  const first = answer.errors?.[0]
  const reasons = (first?.data?.errors ?? []).map((error) => error.message).filter(Boolean)
  return reasons.length ? reasons.join(' ') : (first?.message ?? `The server answered ${status}.`)
}

const stories = (n: number) => `${n} published ${n === 1 ? 'story shows' : 'stories show'}`

/**
 * One story's "Republish…": the log entry readers will read (its type and text), then the publish,
 * made as the editor through the publish gate; the answer (the new edition, or the gate's refusal)
 * stays beside the story.
 */
const RepublishStory = ({
  story,
  articlesSlug,
  onDone,
}: {
  story: Story
  articlesSlug: string
  onDone: (message: string) => void
}) => {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [open, setOpen] = useState(false)
  const [type, setType] = useState('update')
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: false; message: string } | null>(null)
  const id = useId()

  const send = async () => {
    setBusy(true)
    try {
      const response = await fetch(
        `${serverURL ?? ''}${api}/${articlesSlug}/${story.id}/republish`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ logEntry: { type, text } }),
        },
      )
      const answer = (await response.json().catch(() => ({}))) as Answer
      if (!response.ok) {
        return setResult({ ok: false, message: refusalOf(answer, response.status) })
      }
      // The story leaves the list once republished: the answer is shown above it.
      onDone(`“${story.title}”: ${answer.message ?? `republished as edition ${answer.edition}.`}`)
    } catch (error) {
      setResult({ ok: false, message: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="awaiting-republish__action">
      {open ? (
        <fieldset
          style={{
            border: '1px solid var(--theme-elevation-150)',
            padding: '0.5rem 0.75rem',
            margin: '0.25rem 0',
          }}
        >
          <legend>Republish “{story.title}”</legend>
          <label htmlFor={`${id}-type`}>Log entry</label>
          <select
            id={`${id}-type`}
            name="republishLogType"
            onChange={(event) => setType(event.target.value)}
            value={type}
            style={{ width: '100%' }}
          >
            {LOG_TYPES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-text`}>What changed, as readers will read it</label>
          <textarea
            id={`${id}-text`}
            name="republishLogText"
            maxLength={2000}
            onChange={(event) => setText(event.target.value)}
            rows={2}
            style={{ width: '100%' }}
            value={text}
          />
          <Button buttonStyle="primary" disabled={busy || !text.trim()} onClick={send} size="small">
            {busy ? 'Republishing…' : 'Republish'}
          </Button>{' '}
          <Button buttonStyle="subtle" onClick={() => setOpen(false)} size="small">
            Cancel
          </Button>
        </fieldset>
      ) : (
        <Button buttonStyle="secondary" onClick={() => setOpen(true)} size="small">
          Republish…
        </Button>
      )}
      {result ? (
        <p
          className="awaiting-republish__result awaiting-republish__result--refused"
          role="status"
          style={{ color: 'var(--theme-error-500)', margin: '0.25rem 0' }}
        >
          {result.message}
        </p>
      ) : null}
    </div>
  )
}

/**
 * At the top of a quote's, source's or picture's page: the published stories that still show it as
 * it was (readers get a story as its last publish made it), and for editors a "Republish…" per story.
 * Fetched again after each save of the record and after each republish.
 */
export const AwaitingRepublish = ({ record, articlesSlug = 'articles' }: Props) => {
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const { id, lastUpdateTime } = useDocumentInfo()
  const { user } = useAuth()
  const [republished, setRepublished] = useState<string[]>([])
  const answer = useApiJson<{ stories: Story[]; total: number }>(
    id
      ? `/${articlesSlug}/awaiting-republish?${record}=${encodeURIComponent(String(id))}`
      : undefined,
    `${lastUpdateTime}-${republished.length}`,
  )
  const roles = (user as { roles?: string[] } | null)?.roles ?? []
  const editor = roles.includes('editor') || roles.includes('admin')
  if (!answer?.total && !republished.length) {
    return null
  }
  const earlier =
    record === 'quote'
      ? 'the earlier words; readers see them'
      : 'the earlier version; readers see it'
  return (
    <div
      className="awaiting-republish"
      id="awaiting-republish"
      role="region"
      aria-label="Stories awaiting a republish"
      style={{
        border: '1px solid var(--theme-warning-500)',
        padding: '0.75rem 1rem',
        marginBottom: 'var(--base)',
      }}
    >
      {republished.map((message) => (
        <p
          className="awaiting-republish__result awaiting-republish__result--ok"
          key={message}
          role="status"
          style={{ color: 'var(--theme-success-500)', margin: '0 0 0.5rem' }}
        >
          {message}
        </p>
      ))}
      {answer?.total ? (
        <>
          <p style={{ margin: '0 0 0.5rem', fontWeight: 600 }}>
            {stories(answer.total)} {earlier} until a story is republished.
          </p>
          <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
            {answer.stories.map((story) => (
              <li key={String(story.id)} style={{ marginBottom: '0.5rem' }}>
                <a href={`${admin}/collections/${articlesSlug}/${story.id}`}>{story.title}</a>{' '}
                (edition {story.edition}
                {story.datePublished ? `, ${new Date(story.datePublished).toLocaleString()}` : ''})
                {editor ? (
                  <RepublishStory
                    articlesSlug={articlesSlug}
                    onDone={(message) => setRepublished((done) => [...done, message])}
                    story={story}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          {editor ? null : <p style={{ margin: '0.5rem 0 0' }}>An editor can republish them.</p>}
        </>
      ) : null}
    </div>
  )
}
