import { robotsTxt } from 'newsroom-payload/syndication'

import { READER_PATHS } from '../../../server/routes/readerPaths'
import { newsroomApi } from '../readerApi'
import { newsroomFacts, onSite, xmlResponse } from '../syndication'

export const dynamic = 'force-dynamic'

/** GET /robots.txt: crawlers welcome outside the admin, pointed at both sitemaps. */
export const GET = async () => {
  const newsroom = await newsroomFacts(await newsroomApi())
  return xmlResponse(
    robotsTxt([onSite(newsroom, READER_PATHS.sitemap), onSite(newsroom, READER_PATHS.newsSitemap)]),
    'text/plain; charset=utf-8',
  )
}
