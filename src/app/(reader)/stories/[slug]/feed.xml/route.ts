import { cacheTags } from 'newsroom-payload/fast-path'
import { storyUpdatesFeed } from 'newsroom-payload/syndication'

import { READER_PATHS } from '../../../../../server/routes/readerPaths'
import { newsroomApi } from '../../../readerApi'
import { newsroomFacts, onSite, xmlResponse } from '../../../syndication'

export const dynamic = 'force-dynamic'

/**
 * GET /stories/:slug/feed.xml: Atom of one published story's log (its updates, corrections,
 * clarifications, a retraction), newest first, then the story itself; read over REST.
 *
 * A retracted story answers 410 Gone, as its JSON and its page do, with the feed of its notice and
 * log as the body: one answer for a retracted story at every address (a cache, or a client that
 * learnt the story is gone from one of them, is not told otherwise by another), and a reader that
 * reads a 410's body still shows the retraction.
 */
export const GET = async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params
  const api = await newsroomApi()
  const story = await api.getStory(slug).catch((error) => {
    if (error?.status === 404) {
      return null
    }
    throw error
  })
  if (!story) {
    return new Response('No published story has this address.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const newsroom = await newsroomFacts(api)
  const xml = storyUpdatesFeed({
    story,
    newsroom,
    feedUrl: onSite(newsroom, READER_PATHS.storyFeed(story.slug)),
    storyUrl: onSite(newsroom, READER_PATHS.story(story.slug)),
  })
  const response = xmlResponse(
    xml,
    'application/atom+xml; charset=utf-8',
    story.retraction ? 410 : 200,
  )
  // Built from the story alone: a CDN drops it with the story's JSON and page, by every write that
  // changes the story (a publish, a correction, a retraction, a takedown, a source made anonymous).
  response.headers.set('Surrogate-Key', cacheTags.story(slug))
  response.headers.set('Cache-Tag', cacheTags.story(slug))
  return response
}
