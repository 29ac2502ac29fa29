import type { Payload, PayloadRequest } from 'payload'

import type { DeliveryArticle } from '../delivery/types'
import type { NewsroomSettings } from '../options'

import { buildArticleDocuments } from '../delivery/buildArticleDocument'
import { storyEtag } from '../delivery/invalidation/storyEtag'
import { toNewsArticleJsonLd } from '../delivery/jsonld'
import { absoluteUrl, type NewsroomFacts, readNewsroom } from '../syndication/newsroomFacts'
import { toNinjs } from '../syndication/ninjs'

/** The story as an edition keeps it: everything readers get but the comments, which live on between publishes. */
export type EditionDocument = Omit<DeliveryArticle, 'commentCount' | 'comments'>

/** What one edition holds: the story's JSON, its JSON-LD and ninjs, and the ETag of the story without comments. */
export type BuiltEdition = {
  document: EditionDocument
  jsonld: Record<string, unknown>
  ninjs: Record<string, unknown>
  etag: string
}

/**
 * The story's JSON-LD and ninjs, made from its document and the newsroom's record (publisher, policies,
 * language): at publish for the edition, and when served, so a renamed newsroom shows at once.
 */
export const linkedDataOf = (
  document: DeliveryArticle,
  settings: NewsroomSettings,
  newsroom: NewsroomFacts,
) => {
  const url = absoluteUrl(newsroom.url, settings.storyUrl({ slug: document.slug }))
  return {
    jsonld: toNewsArticleJsonLd(document, {
      url: /^https?:\/\//.test(url) ? url : undefined,
      newsroom,
    }) as Record<string, unknown>,
    ninjs: toNinjs(document, { url, newsroom, embargoedUntil: document.embargoedUntil }) as Record<
      string,
      unknown
    >,
  }
}

/**
 * The story's public documents, built from the published article and the quotes, sources and
 * pictures as an anonymous reader may see them now (inside `req`'s transaction when given: the
 * publish being committed). The one place they are built; everything readers get is served from
 * the stored result.
 */
export const buildEdition = async (
  payload: Payload,
  settings: NewsroomSettings,
  slug: string,
  req?: PayloadRequest,
): Promise<BuiltEdition | null> =>
  (await buildEditions(payload, settings, [slug], req)).get(slug) ?? null

/** Editions of many stories at once (a backfill, a corpus): the same build, four queries for all of them. */
export const buildEditions = async (
  payload: Payload,
  settings: NewsroomSettings,
  slugs: string[],
  req?: PayloadRequest,
): Promise<Map<string, BuiltEdition>> => {
  const documents = await buildArticleDocuments(payload, settings, slugs, req ? { req } : {})
  const newsroom = documents.size ? await readNewsroom(payload, settings, req) : null
  const built = new Map<string, BuiltEdition>()
  for (const [slug, full] of documents) {
    const { commentCount: _count, ...document } = full
    built.set(slug, {
      document,
      ...linkedDataOf(
        { ...full, comments: { docs: [], page: 1, totalTopLevel: 0, hasMore: false } },
        settings,
        newsroom!,
      ),
      etag: storyEtag(document),
    })
  }
  return built
}
