/** The story's log, newest first: updates and corrections, each linked to what changed, and changes to entries. */
import type {
  DeliveryArticle,
  DeliveryEditionList,
  DeliverySource,
} from 'newsroom-payload/fetch-client'

import React from 'react'

import { withSourceMarks } from './sourceMarks'
import { Names } from './StoryHeader'
import { LOG_WORDS, Time } from './storyWords'

export const UpdateLog = ({
  story,
  editions,
  sources,
}: {
  story: DeliveryArticle
  editions?: DeliveryEditionList
  /** The story's sources in footnote order: an update's quotes link to them as the body's do. */
  sources: DeliverySource[]
}) => {
  const entries = [...story.updateLog].reverse()
  // Which edition brought each entry: its "what changed" page shows the words removed and added.
  const editionOf = new Map(
    (editions?.editions ?? [])
      .filter((edition) => edition.url && edition.number > 1)
      .flatMap((edition) => edition.logEntries.map((entry) => [entry.id, edition.number] as const)),
  )
  if (!entries.length && !story.logRevisions.length) {
    return null
  }
  return (
    <section aria-labelledby="updates" className="update-log">
      <h2 id="updates">Updates and corrections</h2>
      <ol>
        {entries.map((entry) => (
          <li
            key={entry.id}
            id={`update-${entry.id}`}
            className={`log-entry log-entry--${entry.type}`}
          >
            {entry.headline ? <h3>{entry.headline}</h3> : null}
            <p>
              <strong>{LOG_WORDS[entry.type]}</strong>, <Time value={entry.date} />
              {entry.authors?.length ? (
                <>
                  {' '}
                  · By <Names people={entry.authors} />
                </>
              ) : null}
              {entry.keyEvent ? <span className="key-event-mark"> · Key event</span> : null}
              {entry.html ? null : <>: {entry.text}</>}
              {editionOf.has(entry.id) ? (
                <>
                  {' '}
                  <a
                    href={`/stories/${encodeURIComponent(story.slug)}/editions/${editionOf.get(entry.id)}`}
                  >
                    What changed
                  </a>
                </>
              ) : null}
            </p>
            {entry.html ? (
              <div
                className="update-text"
                dangerouslySetInnerHTML={{ __html: withSourceMarks(entry.html, sources) }}
              />
            ) : null}
          </li>
        ))}
      </ol>
      {story.logRevisions.length ? (
        <>
          <h3 id="log-revisions">Changes to published entries</h3>
          <ul className="log-revisions">
            {story.logRevisions.map((revision) => (
              <li key={`${revision.entryId}-${revision.changedAt}`}>
                <Time value={revision.changedAt} />: an entry was {revision.action}; it read “
                {revision.previousText}”
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
