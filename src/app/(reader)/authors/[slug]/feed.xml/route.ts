import { cacheTags } from 'newsroom-payload/fast-path'
import { atomFeed } from 'newsroom-payload/syndication'

import { READER_PATHS } from '../../../../../server/routes/readerPaths'
import { newsroomApi } from '../../../readerApi'
import { newsroomFacts, onSite, xmlResponse } from '../../../syndication'

export const dynamic = 'force-dynamic'

/** GET /authors/:slug/feed.xml: Atom of an author's latest published stories (their first page), read over REST. */
export const GET = async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const api = await newsroomApi()
  const found = await api.getAuthor((await params).slug)
  if (!found) {
    return new Response('No public author has this address.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const newsroom = await newsroomFacts(api)
  const stories = (
    await Promise.all(found.stories.docs.map((story) => api.getStory(story.slug)))
  ).filter((story) => story !== null)
  const xml = atomFeed({
    stories,
    newsroom,
    title: `${found.author.name} — ${newsroom.name}`,
    feedUrl: onSite(newsroom, READER_PATHS.authorFeed(found.author.slug)),
    link: onSite(newsroom, READER_PATHS.author(found.author.slug)),
    storyUrl: (slug) => onSite(newsroom, READER_PATHS.story(slug)),
  })
  const response = xmlResponse(xml, 'application/atom+xml; charset=utf-8')
  // A list of stories: a CDN drops it with the other lists (any publish, a byline withheld).
  response.headers.set('Surrogate-Key', cacheTags.lists)
  response.headers.set('Cache-Tag', cacheTags.lists)
  return response
}
