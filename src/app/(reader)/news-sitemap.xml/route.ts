import { newsSitemapXml } from 'newsroom-payload/syndication'

import { READER_PATHS } from '../../../server/routes/readerPaths'
import { newsroomApi } from '../readerApi'
import { allPublished, indexable, newsroomFacts, onSite, xmlResponse } from '../syndication'

export const dynamic = 'force-dynamic'

/** GET /news-sitemap.xml: Google News' sitemap of the stories first published in the last two days. */
export const GET = async () => {
  const api = await newsroomApi()
  const newsroom = await newsroomFacts(api)
  const stories = indexable(await allPublished(api))
  const xml = await newsSitemapXml(
    stories.map((story) => ({
      url: onSite(newsroom, READER_PATHS.story(story.slug)),
      title: story.title,
      publishedAt: story.publishedAt ?? null,
    })),
    newsroom,
  )
  return xmlResponse(xml, 'application/xml; charset=utf-8')
}
