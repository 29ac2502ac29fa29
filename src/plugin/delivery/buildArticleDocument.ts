/** Builds readers' story documents: the reads (articleReads, quotes here) then the assembly (assembleArticle). */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { NewsroomSettings } from '../options'
import type { DeliveryArticle } from './types'

import { systemAccess } from '../access/systemAccess'
import { creditsOf, creditsOfStories } from '../bylines/credits'
import { pictureRefsIn, quoteRefsIn, storyText } from '../richText/lexical'
import { retractionOf } from '../standards/retraction'
import { findIn, idsOf, picturesOf, type Reading, type Row, sourcesOf } from './articleReads'
import { assembleArticleDocument } from './assembleArticle'
import { commentThreads } from './commentThreads'

export { readerViewOf } from './articleReads'
export { toDeliveryQuote } from './assembleArticle'

/** Newest first, then the higher id: the order the quotes are read in, kept across pages. */
const byNewestQuote = (a: Row, b: Row) =>
  String(b.createdAt).localeCompare(String(a.createdAt)) ||
  Number(b.id) - Number(a.id) ||
  String(b.id).localeCompare(String(a.id))

/**
 * The quotes the bodies cite, each with who said it. Readers are not shown which quotes an anonymous
 * source gave (that would link them across stories); a story itself attributes its own quotes, so
 * those links are read for the stories being built alone. It reads with system access, so it stays in
 * this module, the one tests/unit/noAccessOverride.test.ts allows to.
 */
const quotesOfBodies = async (
  payload: Payload,
  settings: NewsroomSettings,
  bodies: unknown[],
  reading: Reading,
): Promise<Row[]> => {
  const ids = idsOf(bodies.flatMap((body) => quoteRefsIn(body)))
  if (!ids.length) {
    return []
  }
  // The collection's order made total (newest, then id), so a story's quotes come alike read alone or with others.
  const quotes = (
    await findIn(payload, settings.slugs.quotes, 'id', ids, reading, {
      sort: ['-createdAt', '-id'],
    })
  ).sort(byNewestQuote)
  const hidden = quotes
    .filter((quote) => quote.speaker === undefined || quote.via === undefined)
    .map((quote) => quote.id)
  if (!hidden.length) {
    return quotes
  }
  const req = reading.req ?? (await createLocalReq({}, payload))
  const { docs } = await payload.find({
    collection: settings.slugs.quotes,
    where: { id: { in: hidden } },
    pagination: false,
    limit: 0,
    depth: 0,
    select: { speaker: true, via: true },
    ...systemAccess(req),
  })
  const links = new Map(docs.map((doc) => [doc.id, doc as Row]))
  return quotes.map((quote) =>
    links.has(quote.id)
      ? { ...quote, speaker: links.get(quote.id)!.speaker, via: links.get(quote.id)!.via }
      : quote,
  )
}

/**
 * The public stories at these slugs (those an anonymous reader may read), without comments: six
 * queries for all of them (articles, quotes, sources, pictures, credits, authors), one per kind of document, never
 * one per story or item. What a publish builds one story with, and a backfill or a corpus many.
 */
export const buildArticleDocuments = async (
  payload: Payload,
  settings: NewsroomSettings,
  slugs: string[],
  reading: Reading = {},
): Promise<Map<string, Omit<DeliveryArticle, 'comments'>>> => {
  if (!slugs.length) {
    return new Map()
  }
  // In slug order: the slug's index answers both the match and the order (without it, SQLite's planner
  // may walk every published story instead, as it did at 100,000).
  const articles = await findIn(payload, settings.slugs.articles, 'slug', slugs, reading, {
    sort: ['slug'],
  })
  const quotes = await quotesOfBodies(
    payload,
    settings,
    articles.map((article) => storyText(article as never)),
    reading,
  )
  const sources = await sourcesOf(payload, settings, quotes, reading)
  // A retracted story shows no picture: its pictures are not read.
  const pictures = await picturesOf(
    payload,
    settings,
    articles
      .filter((article) => !retractionOf(article))
      .flatMap((article) => [
        article.heroImage,
        ((article.meta ?? {}) as Row).image,
        ...pictureRefsIn(article.body),
      ]),
    reading,
  )
  const credits = await creditsOfStories(
    payload,
    settings,
    articles.map((article) => article.id),
    reading.req,
  )
  const bylines = { withheldName: settings.bylines.withheldName, authorUrl: settings.authorUrl }
  const quoteById = new Map(quotes.map((quote) => [String(quote.id), quote]))
  const built = new Map<string, Omit<DeliveryArticle, 'comments'>>()
  for (const article of articles) {
    // This story's own quotes and sources, in the order the single read returned them.
    const ownQuotes = idsOf(quoteRefsIn(storyText(article as never)))
      .map((id) => quoteById.get(String(id)))
      .filter((quote): quote is Row => Boolean(quote))
    const ownQuoteIds = new Set(ownQuotes.map((quote) => String(quote.id)))
    const ownSourceIds = new Set(
      idsOf(ownQuotes.flatMap((quote) => [quote.speaker, quote.via])).map(String),
    )
    built.set(
      article.slug,
      assembleArticleDocument({
        article,
        quotes: quotes.filter((quote) => ownQuoteIds.has(String(quote.id))),
        sources: sources.filter((source) => ownSourceIds.has(String(source.id))),
        pictures,
        credits: creditsOf(credits, article.id),
        bylines,
        storyFeedUrl: settings.storyFeedUrl,
      }),
    )
  }
  return built
}

/**
 * The public story, as an anonymous reader may see it: every read goes through the Local API with
 * no user and `overrideAccess: false`, so the collections' access rules (published only, no true
 * identities, approved comments only) decide what is in it, never this code. A handful of queries,
 * one per kind of document, never one per item.
 */
export const buildArticleDocument = async (
  payload: Payload,
  settings: NewsroomSettings,
  slug: string,
  reading: Reading = {},
  { withComments = true }: { withComments?: boolean } = {},
): Promise<DeliveryArticle | null> => {
  const document = (await buildArticleDocuments(payload, settings, [slug], reading)).get(slug)
  if (!document) {
    return null
  }
  return {
    ...document,
    comments: withComments
      ? await commentThreads(payload, settings, document.id, { ...reading, page: 1 })
      : { docs: [], page: 1, totalTopLevel: 0, hasMore: false },
  }
}
