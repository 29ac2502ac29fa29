/** The story's log, newest first: updates and corrections, each linked to what changed, and changes to entries. */
import type { DeliveryArticle, DeliveryEditionList } from 'newsroom-payload/fetch-client'

import React from 'react'

import { LOG_WORDS, Time } from './storyWords'

export const UpdateLog = ({
  story,
  editions,
}: {
  story: DeliveryArticle
  editions?: DeliveryEditionList
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
            <p>
              <strong>{LOG_WORDS[entry.type]}</strong>, <Time value={entry.date} />: {entry.text}
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
