/** The story's header: its status, headline and dek, byline and dates, and a notice when it was corrected. */
import type { DeliveryArticle, DeliveryAuthor } from 'newsroom-payload/fetch-client'

import { joinNames } from 'newsroom-payload/html'
import React from 'react'

import { STATUS_WORDS, Time } from './storyWords'

const BYLINE_ROLES = new Set(['written-by', 'reporting-by'])
const CONTRIBUTOR_WORDS: Record<string, string> = {
  'additional-reporting': 'Additional reporting by',
  'photos-by': 'Photos by',
  'video-by': 'Video by',
  'graphics-by': 'Graphics by',
}

/** Names, each a link to the author's page when they have one, joined as a byline reads: “A, B and C”. */
export const Names = ({ people }: { people: DeliveryAuthor[] }) => (
  <>
    {people.map((person, at) => (
      <React.Fragment key={`${person.id ?? 'withheld'}-${at}`}>
        {at === 0 ? null : at === people.length - 1 ? ' and ' : ', '}
        {person.url ? (
          <a href={person.url} rel="author">
            {person.name}
          </a>
        ) : (
          person.name
        )}
      </React.Fragment>
    ))}
  </>
)

/** “By A and B.”, linked to their pages (the printed line as it is when the editors set their own), then the other credits. */
const Byline = ({ story }: { story: DeliveryArticle }) => {
  const credits = story.authors ?? []
  const main = credits.filter((entry) => BYLINE_ROLES.has(entry.role))
  const linked = main.length && story.byline === joinNames(main.map((entry) => entry.name))
  const contributors = Object.entries(CONTRIBUTOR_WORDS)
    .map(([role, words]) => ({ words, people: credits.filter((entry) => entry.role === role) }))
    .filter(({ people }) => people.length)
  return (
    <>
      {story.byline ? <>By {linked ? <Names people={main} /> : story.byline}. </> : null}
      {contributors.map(({ words, people }) => (
        <React.Fragment key={words}>
          {words} <Names people={people} />.{' '}
        </React.Fragment>
      ))}
    </>
  )
}

export const StoryHeader = ({ story }: { story: DeliveryArticle }) => {
  const corrections = story.updateLog.filter((entry) => entry.type === 'correction')
  return (
    <header>
      <p className="status">{STATUS_WORDS[story.storyStatus]}</p>
      <h1>{story.title}</h1>
      {story.dek ? <p className="dek">{story.dek}</p> : null}
      <p className="meta">
        <Byline story={story} />
        {story.publishedAt ? (
          <>
            Published <Time value={story.publishedAt} />.
          </>
        ) : null}
        {story.dateModified && story.dateModified !== story.publishedAt ? (
          <>
            {' '}
            Updated <Time value={story.dateModified} />.
          </>
        ) : null}
      </p>
      {corrections.length ? (
        <p className="correction-notice" role="note">
          This story has been corrected: <a href="#updates">see the corrections</a>.
        </p>
      ) : null}
    </header>
  )
}
