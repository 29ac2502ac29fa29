/** The story's header: its status, headline and dek, byline and dates, and a notice when it was corrected. */
import type { DeliveryArticle } from 'newsroom-payload/fetch-client'

import React from 'react'

import { STATUS_WORDS, Time } from './storyWords'

export const StoryHeader = ({ story }: { story: DeliveryArticle }) => {
  const corrections = story.updateLog.filter((entry) => entry.type === 'correction')
  return (
    <header>
      <p className="status">{STATUS_WORDS[story.storyStatus]}</p>
      <h1>{story.title}</h1>
      {story.dek ? <p className="dek">{story.dek}</p> : null}
      <p className="meta">
        {story.byline ? <>By {story.byline}. </> : null}
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
