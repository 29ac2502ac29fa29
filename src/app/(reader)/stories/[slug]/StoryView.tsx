/** The story page's view: the published story, or an editor's draft in preview, from its delivery document. */
import type { DeliveryArticle, DeliveryEditionList } from 'newsroom-payload/fetch-client'

import React from 'react'

import { READER_PATHS } from '../../../../server/routes/readerPaths'
import { HeroImage } from './HeroImage'
import { HowWeKnow } from './HowWeKnow'
import { JsonLd } from './JsonLd'
import { LiveHighlights } from './LiveHighlights'
import { LiveUpdates } from './LiveUpdates'
import { ReaderSections } from './ReaderSections'
import { RetractedStory } from './RetractedStory'
import { sourcesInCitationOrder, withSourceMarks } from './sourceMarks'
import { StoryHeader } from './StoryHeader'
import { UpdateLog } from './UpdateLog'

export { sourcesInCitationOrder, withSourceMarks } from './sourceMarks'
export { LOG_WORDS, Time } from './storyWords'

/**
 * A story as readers read it, from the delivery document (or, in preview, an editor's draft shaped
 * like it). The same view serves the published page and live preview.
 */
export const StoryView = ({
  story,
  jsonLd,
  editions,
  preview = false,
}: {
  story: DeliveryArticle
  jsonLd?: unknown
  editions?: DeliveryEditionList
  preview?: boolean
}) => {
  // Footnote order follows the text as read: the body, then the updates' quotes.
  const sources = sourcesInCitationOrder(
    [story.bodyHtml, ...story.updateLog.map((entry) => entry.html ?? '')].join(''),
    story.sources,
  )
  if (story.retraction && !preview) {
    return <RetractedStory story={story} jsonLd={jsonLd} />
  }
  return (
    <article className="story" lang="en">
      <JsonLd value={jsonLd} />
      {preview ? (
        <p className="preview-banner" role="status">
          Preview of the draft: readers do not see this version.
        </p>
      ) : null}
      {preview ? null : <LiveUpdates eventsUrl={`/api/articles/slug/${story.slug}/events`} />}
      <StoryHeader story={story} />
      <LiveHighlights story={story} sources={sources} />

      {story.heroImage ? <HeroImage image={story.heroImage} /> : null}

      <div
        className="story-body"
        dangerouslySetInnerHTML={{ __html: withSourceMarks(story.bodyHtml, sources) }}
      />

      <UpdateLog story={story} editions={editions} sources={sources} />
      {preview ? null : (
        <p className="story-feed-link">
          <a href={READER_PATHS.storyFeed(story.slug)} type="application/atom+xml">
            Follow this story (Atom feed)
          </a>
        </p>
      )}
      {editions && editions.editions.length > 1 ? (
        <p className="editions-link">
          This is edition {story.edition} of the story.{' '}
          <a href={`/stories/${encodeURIComponent(story.slug)}/editions`}>
            Every edition, and what changed
          </a>
        </p>
      ) : null}

      <HowWeKnow sources={sources} />

      {preview ? null : <ReaderSections story={story} />}
    </article>
  )
}
