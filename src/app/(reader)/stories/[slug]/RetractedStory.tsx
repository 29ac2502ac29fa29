/** The page of a retracted story: what was retracted and why, without the story itself. */
import type { DeliveryArticle } from 'newsroom-payload/fetch-client'

import React from 'react'

import { JsonLd } from './JsonLd'
import { Time } from './storyWords'
import { UpdateLog } from './UpdateLog'

/** A retracted story: its headline and dates, the retraction notice, the log; no text, sources or comments. */
export const RetractedStory = ({ story, jsonLd }: { story: DeliveryArticle; jsonLd?: unknown }) => (
  <article className="story story--retracted" lang="en">
    <JsonLd value={jsonLd} />
    <header>
      <p className="status">Retracted</p>
      <h1>{story.title}</h1>
      <p className="meta">
        {story.publishedAt ? (
          <>
            Published <Time value={story.publishedAt} />.{' '}
          </>
        ) : null}
        Retracted <Time value={story.retraction!.date} />.
      </p>
    </header>
    <section aria-labelledby="retraction" className="retraction-notice" role="note">
      <h2 id="retraction">This story has been retracted</h2>
      <p>{story.retraction!.text}</p>
    </section>
    <UpdateLog story={story} sources={[]} />
  </article>
)
