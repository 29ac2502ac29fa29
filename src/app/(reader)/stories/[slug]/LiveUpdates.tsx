'use client'

import React, { useEffect, useState } from 'react'

type LogEntry = {
  id: string
  type: string
  text: string
  date: string
  headline?: null | string
  html?: null | string
  keyEvent?: boolean
}

type StoryEvent = {
  etag?: string
  dateModified?: null | string
  logEntry?: LogEntry | null
  logEntries?: LogEntry[]
  commentCount?: number
  published?: boolean
}

const time = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})
const at = (date: string) => `${time.format(new Date(date))} UTC`

/**
 * Keeps an open live story current without moving the text under the reader's eyes: new updates
 * from the story's event stream wait behind an "N new updates" button and appear here, at the top,
 * when the reader asks; any other change (a correction, an edit) offers a reload. Without
 * JavaScript the page is complete as served. The browser resumes the stream by itself.
 */
export const LiveUpdates = ({ eventsUrl }: { eventsUrl: string }) => {
  const [waiting, setWaiting] = useState<LogEntry[]>([])
  const [shown, setShown] = useState<LogEntry[]>([])
  const [other, setOther] = useState<null | StoryEvent>(null)
  useEffect(() => {
    const source = new EventSource(eventsUrl)
    source.addEventListener('story', (event) => {
      const change = JSON.parse(event.data) as StoryEvent
      const entries = change.logEntries ?? (change.logEntry ? [change.logEntry] : [])
      const updates = entries.filter((entry) => entry.type === 'update')
      if (change.published !== false && entries.length && updates.length === entries.length) {
        // Newest first, as the log reads.
        setWaiting((before) => [...[...updates].reverse(), ...before])
      } else {
        setOther(change)
      }
    })
    return () => source.close()
  }, [eventsUrl])
  return (
    <div className="live-updates">
      <div aria-live="polite">
        {waiting.length ? (
          <button
            className="new-updates"
            onClick={() => {
              setShown((before) => [...waiting, ...before])
              setWaiting([])
            }}
            type="button"
          >
            {waiting.length === 1 ? '1 new update' : `${waiting.length} new updates`}
          </button>
        ) : null}
        {other ? (
          <p className="notice" role="status">
            {other.published === false ? (
              <>This story is no longer published.</>
            ) : other.logEntry ? (
              <>
                <strong>Updated {other.logEntry.date ? at(other.logEntry.date) : ''}:</strong>{' '}
                {other.logEntry.text}{' '}
              </>
            ) : (
              <>This story has been updated. </>
            )}
            {other.published === false ? null : <a href="">Reload to read the latest version</a>}
          </p>
        ) : null}
      </div>
      {shown.length ? (
        <section aria-label="New updates" className="new-updates-list">
          <ol>
            {shown.map((entry) => (
              <li className="log-entry log-entry--update" key={entry.id}>
                {entry.headline ? <h3>{entry.headline}</h3> : null}
                <p>
                  <strong>Update</strong>, <time dateTime={entry.date}>{at(entry.date)}</time>
                  {entry.keyEvent ? <span className="key-event-mark"> · Key event</span> : null}
                  {entry.html ? null : <>: {entry.text}</>}
                </p>
                {entry.html ? (
                  // The story's own HTML (bodyToHtml), as the page serves it.
                  <div className="update-text" dangerouslySetInnerHTML={{ __html: entry.html }} />
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  )
}
