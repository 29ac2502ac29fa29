/** A live story's opening: the pinned entry (the editor's note, or a pinned update), then its key events linked to their place in the log. */
import type { DeliveryArticle, DeliverySource } from 'newsroom-payload/fetch-client'

import React from 'react'

import { withSourceMarks } from './sourceMarks'
import { Time } from './storyWords'

type LogEntry = DeliveryArticle['updateLog'][number]

/** What a key event is listed as: its headline, else its line cut at a word near 110 characters. */
export const entryTitle = (entry: LogEntry) => {
  if (entry.headline) {
    return entry.headline
  }
  if (entry.text.length <= 110) {
    return entry.text
  }
  const cut = entry.text.slice(0, 110)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 110)}…`
}

export const LiveHighlights = ({
  story,
  sources,
}: {
  story: DeliveryArticle
  sources: DeliverySource[]
}) => {
  const pinned = story.updateLog.find((entry) => entry.type === 'update' && entry.pinned)
  // Newest first, as the log reads.
  const keyEvents = story.updateLog
    .filter((entry) => entry.type === 'update' && entry.keyEvent)
    .reverse()
  if (!story.editorsNote && !pinned && !keyEvents.length) {
    return null
  }
  return (
    <>
      {story.editorsNote ? (
        <aside aria-labelledby="pinned-heading" className="pinned-entry">
          <h2 id="pinned-heading">Editor’s note</h2>
          <p>{story.editorsNote}</p>
        </aside>
      ) : pinned ? (
        <aside aria-labelledby="pinned-heading" className="pinned-entry">
          <h2 id="pinned-heading">Pinned: {pinned.headline ?? 'update'}</h2>
          <p className="entry-time">
            <Time value={pinned.date} />
          </p>
          {pinned.html ? (
            <div dangerouslySetInnerHTML={{ __html: withSourceMarks(pinned.html, sources) }} />
          ) : (
            <p>{pinned.text}</p>
          )}
          <p>
            <a href={`#update-${pinned.id}`}>In the log of updates</a>
          </p>
        </aside>
      ) : null}
      {keyEvents.length ? (
        <nav aria-labelledby="key-events-heading" className="key-events">
          <h2 id="key-events-heading">Key events</h2>
          <ol>
            {keyEvents.map((entry) => (
              <li key={entry.id}>
                <a href={`#update-${entry.id}`}>
                  <Time value={entry.date} />: {entryTitle(entry)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
    </>
  )
}
