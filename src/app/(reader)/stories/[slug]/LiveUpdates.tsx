'use client'

import React, { useEffect, useState } from 'react'

type StoryEvent = {
  etag?: string
  dateModified?: null | string
  logEntry?: { type: string; text: string; date: string } | null
  commentCount?: number
  published?: boolean
}

const time = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/**
 * Keeps an open story page current: subscribes to the story's event stream and says, without a
 * reload, that it was updated (with the new log entry). The browser resumes the stream by itself.
 */
export const LiveUpdates = ({ eventsUrl }: { eventsUrl: string }) => {
  const [update, setUpdate] = useState<null | StoryEvent>(null)
  useEffect(() => {
    const source = new EventSource(eventsUrl)
    source.addEventListener('story', (event) => setUpdate(JSON.parse(event.data) as StoryEvent))
    return () => source.close()
  }, [eventsUrl])
  return (
    <div aria-live="polite" className="live-updates">
      {update ? (
        <p className="notice" role="status">
          {update.published === false ? (
            <>This story is no longer published.</>
          ) : update.logEntry ? (
            <>
              <strong>
                Updated{' '}
                {update.logEntry.date ? `${time.format(new Date(update.logEntry.date))} UTC` : ''}:
              </strong>{' '}
              {update.logEntry.text}{' '}
            </>
          ) : (
            <>This story has been updated. </>
          )}
          {update.published === false ? null : <a href="">Reload to read the latest version</a>}
        </p>
      ) : null}
    </div>
  )
}
