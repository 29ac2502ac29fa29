import { atomFeed } from 'newsroom-payload/syndication'

import { READER_PATHS } from '../../../server/routes/readerPaths'
import { newsroomApi } from '../readerApi'
import { FEED_SIZE, newsroomFacts, onSite, xmlResponse } from '../syndication'

export const dynamic = 'force-dynamic'

/** GET /feed.xml: Atom 1.0 of the latest stories, newest material update first, read over REST. */
export const GET = async () => {
  const api = await newsroomApi()
  const newsroom = await newsroomFacts(api)
  const { docs } = await api.listArticles({ limit: FEED_SIZE, sort: '-dateModified' })
  const stories = (await Promise.all(docs.map((doc) => api.getStory(doc.slug)))).filter(
    (story) => story !== null,
  )
  const xml = atomFeed({
    stories,
    newsroom,
    feedUrl: onSite(newsroom, READER_PATHS.feed),
    storyUrl: (slug) => onSite(newsroom, READER_PATHS.story(slug)),
  })
  return xmlResponse(xml, 'application/atom+xml; charset=utf-8')
}
