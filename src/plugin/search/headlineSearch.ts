import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { NewsroomSettings } from '../options'
import type { SearchParams, SearchResults } from './searchResults'

import { systemAccess } from '../access/systemAccess'
import { emptyResults, hitOf, pageOfHits } from './searchResults'

/** MongoDB keeps no index: the current editions whose headline has every word, newest first. */
export const headlineSearch = async (
  payload: Payload,
  settings: NewsroomSettings,
  params: SearchParams,
): Promise<SearchResults> => {
  const words = params.q.split(' ').filter((word) => word && !word.startsWith('-'))
  if (!words.length) {
    return emptyResults(params)
  }
  const { docs, totalDocs } = await payload.find({
    collection: settings.slugs.editions,
    where: {
      and: [
        { current: { equals: true } },
        ...words.map((word) => ({ title: { like: word } })),
        ...(params.from ? [{ datePublished: { greater_than_equal: params.from } }] : []),
        ...(params.to ? [{ datePublished: { less_than: params.to } }] : []),
      ],
    },
    sort: '-datePublished',
    page: params.page,
    limit: params.limit,
    depth: 0,
    ...systemAccess(await createLocalReq({}, payload)),
  })
  const hits = (docs as unknown as { document: Record<string, any> }[])
    .map(({ document }) => document)
    .filter((document) => !document.retraction)
    .filter((document) => !params.tag || document.tags?.includes(params.tag))
    .filter(
      (document) =>
        !params.author ||
        (document.authors ?? []).some((author: { slug?: string }) => author.slug === params.author),
    )
    .map((document) =>
      hitOf(settings, {
        article_id: document.id,
        slug: document.slug,
        title: document.title,
        dek: document.dek,
        byline: document.byline,
        display: {
          tags: document.tags ?? [],
          authors: (document.authors ?? [])
            .filter((author: { id: unknown; slug?: string }) => author.id !== null && author.slug)
            .map(({ name, slug }: { name: string; slug: string }) => ({ name, slug })),
        },
        published_at: document.publishedAt,
        date_modified: document.dateModified,
        snippet: document.dek ?? '',
      }),
    )
  return pageOfHits(params, totalDocs, hits)
}
