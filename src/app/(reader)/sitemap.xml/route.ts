import { sitemapXml } from 'newsroom-payload/syndication'

import { READER_PATHS } from '../../../server/routes/readerPaths'
import { newsroomApi } from '../readerApi'
import { allPublished, indexable, newsroomFacts, onSite, xmlResponse } from '../syndication'

export const dynamic = 'force-dynamic'

/** GET /sitemap.xml: the front page and every published story, with its last material change. */
export const GET = async () => {
  const api = await newsroomApi()
  const newsroom = await newsroomFacts(api)
  const stories = indexable(await allPublished(api))
  const xml = await sitemapXml([
    {
      url: onSite(newsroom, '/'),
      lastmod: stories[0]?.dateModified ?? stories[0]?.publishedAt ?? null,
    },
    ...stories.map((story) => ({
      url: onSite(newsroom, READER_PATHS.story(story.slug)),
      lastmod: story.dateModified ?? story.publishedAt ?? null,
    })),
  ])
  return xmlResponse(xml, 'application/xml; charset=utf-8')
}
