import type { NewsroomClient } from 'newsroom-payload/fetch-client'

import { absoluteUrl, type NewsroomFacts, toNewsroomFacts } from 'newsroom-payload/syndication'

import { PAGE_CACHE_CONTROL } from '../../server/routes/readerCaching'
import { READER_PATHS } from '../../server/routes/readerPaths'
import { siteUrl } from './readerApi'

/** Stories in the Atom feed. */
export const FEED_SIZE = 30

/** The newsroom's record (over REST) with this site's policy pages and base URL. */
export const newsroomFacts = async (api: NewsroomClient): Promise<NewsroomFacts> =>
  toNewsroomFacts(await api.getNewsroom(), { serverURL: siteUrl(), policyUrl: READER_PATHS.policy })

/** A path of this site as an absolute URL (the newsroom's public URL, else SERVER_URL). */
export const onSite = (newsroom: NewsroomFacts, path: string) =>
  absoluteUrl(newsroom.url || siteUrl(), path)

/** Every published story, a page of 100 at a time (readers' page cap). */
export const allPublished = async (api: NewsroomClient) => {
  const first = await api.listArticles({ limit: 100, sort: '-dateModified' })
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, (first.totalPages ?? 1) - 1) }, (_, i) =>
      api.listArticles({ limit: 100, page: i + 2, sort: '-dateModified' }),
    ),
  )
  return [first, ...rest].flatMap((page) => page.docs)
}

/** Sitemaps list pages worth indexing: a retracted story answers 410 and is left out (the feed still says it was retracted). */
export const indexable = <
  T extends { updateLog?: { type?: null | string; date?: null | string }[] | null },
>(
  stories: T[],
) =>
  stories.filter(
    (story) => !(story.updateLog ?? []).some((entry) => entry.type === 'retraction' && entry.date),
  )

/** Like the story's JSON and pages: revalidated on every use, kept a minute by shared caches (a retracted story's feed: 410, as its JSON). */
export const xmlResponse = (body: string, contentType: string, status: 200 | 410 = 200) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': contentType, 'Cache-Control': PAGE_CACHE_CONTROL },
  })
