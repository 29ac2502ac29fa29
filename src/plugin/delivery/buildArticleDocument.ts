import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { createLocalReq, isolateObjectProperty } from 'payload'

import type { NewsroomSettings } from '../options'
import type { DeliveryArticle, DeliveryImage, DeliveryQuote } from './types'

import { systemAccess } from '../access/systemAccess'
import { idOf } from '../ids'
import { READER_PAGE_CAP } from '../readerPageCap'
import { pictureRefsIn, quoteRefsIn } from '../richText/lexical'
import { retractionOf } from '../standards/retraction'
import { bodyToHtml } from './bodyHtml'
import { commentThreads } from './commentThreads'
import { toDeliveryImage, toDeliverySource } from './shapes'

const idsOf = (values: unknown[]) => [
  ...new Set(
    values.map(idOf).filter((id): id is number | string => id !== undefined && id !== null),
  ),
]

type Row = Record<string, any>

/**
 * Reads as an anonymous reader, optionally inside a write's transaction (`req`): a webhook's ETag
 * is the story as the save being committed leaves it. Without `req`, committed data only.
 */
type Reading = { req?: PayloadRequest }
const asReader = ({ req }: Reading) => (req ? { req } : {})

/** The same request (and so the same transaction), seen as an anonymous reader's. */
export const readerViewOf = (req: PayloadRequest): PayloadRequest => {
  const view = isolateObjectProperty(req, ['user'])
  view.user = null
  return view
}
type PublicId = (id: unknown) => null | number | string

/**
 * Every document of `collection` with `field` in `values`, as the reader `reading` says, a reader's
 * page at a time (readers' reads are capped at READER_PAGE_CAP: one larger read would silently stop
 * there). Each page in the collection's order, pages in the order of `values`.
 */
const findIn = async (
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  values: (number | string)[],
  reading: Reading,
  options: { select?: Record<string, true>; sort?: string[] } = {},
): Promise<Row[]> => {
  const docs: Row[] = []
  for (let at = 0; at < values.length; at += READER_PAGE_CAP) {
    const page = values.slice(at, at + READER_PAGE_CAP)
    const found = await payload.find({
      collection,
      where: page.length === 1 ? { [field]: { equals: page[0] } } : { [field]: { in: page } },
      limit: page.length,
      pagination: false,
      overrideAccess: false,
      depth: 0,
      ...(options.select ? { select: options.select as never } : {}),
      ...(options.sort ? { sort: options.sort } : {}),
      ...asReader(reading),
    })
    docs.push(...(found.docs as Row[]))
  }
  return docs
}

/** Newest first, then the higher id: the order the quotes are read in, kept across pages. */
const byNewestQuote = (a: Row, b: Row) =>
  String(b.createdAt).localeCompare(String(a.createdAt)) ||
  Number(b.id) - Number(a.id) ||
  String(b.id).localeCompare(String(a.id))

/**
 * The quotes the bodies cite, each with who said it. Readers are not shown which quotes an anonymous
 * source gave (that would link them across stories); a story itself attributes its own quotes, so
 * those links are read for the stories being built alone.
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

const sourcesOf = async (
  payload: Payload,
  settings: NewsroomSettings,
  quotes: Row[],
  reading: Reading,
): Promise<Row[]> => {
  const ids = idsOf(quotes.flatMap((quote) => [quote.speaker, quote.via]))
  if (!ids.length) {
    return []
  }
  const select = {
    description: true,
    kind: true,
    name: true,
    role: true,
    anonymity: true,
    provenance: true,
  } as const
  return findIn(payload, settings.slugs.sources, 'id', ids, reading, { select })
}

/**
 * An anonymous source appears under an id of this story's own ("anonymous-1"), never its database
 * id, which would be the same in every story that quotes them.
 */
const storyIds = (sources: Row[]): PublicId => {
  const alias = new Map<unknown, number | string>()
  for (const source of sources) {
    if (source.kind === 'anonymous') {
      alias.set(source.id, `anonymous-${alias.size + 1}`)
    }
  }
  return (id) => (id == null ? null : (alias.get(idOf(id)) ?? (idOf(id) as number | string)))
}

/** The story's pictures by id, read as a reader in one query (a picture no published story shows is not found). */
const picturesOf = async (
  payload: Payload,
  settings: NewsroomSettings,
  refs: unknown[],
  reading: Reading,
): Promise<Map<string, DeliveryImage>> => {
  const ids = idsOf(refs)
  if (!ids.length) {
    return new Map()
  }
  const docs = await findIn(payload, settings.slugs.media, 'id', ids, reading)
  return new Map(
    docs
      .map(toDeliveryImage)
      .filter((image): image is DeliveryImage => image !== null)
      .map((image) => [String(image.id), image]),
  )
}

/** A quote as the story document shows it, its speaker and `via` under the ids this story gives them. */
export const toDeliveryQuote = (quote: Row, publicId: PublicId): DeliveryQuote => ({
  id: quote.id,
  text: quote.text,
  kind: quote.kind,
  speaker: publicId(quote.speaker),
  speakerTitle: quote.speakerTitle ?? null,
  via: publicId(quote.via),
  context: quote.context ?? null,
  saidAt: quote.saidAt ?? null,
})

/** What one story is built from, as an anonymous reader may read it. */
type StoryRows = {
  article: Row
  quotes: Row[]
  sources: Row[]
  pictures: Map<string, DeliveryImage>
}

/**
 * The public story from its rows (no reads): its quotes and sources under the ids this story gives
 * them, its body as HTML, its pictures, log and meta. Comments are the caller's.
 */
const assembleArticleDocument = ({
  article,
  quotes,
  sources,
  pictures,
}: StoryRows): Omit<DeliveryArticle, 'comments'> => {
  const publicId = storyIds(sources)
  const deliveredQuotes = quotes.map((quote) => toDeliveryQuote(quote, publicId))
  const retracted = Boolean(retractionOf(article))
  const meta = (article.meta ?? {}) as Row
  const bodyPictureRefs = pictureRefsIn(article.body)
  const pictureFor = (ref: unknown) =>
    retracted || idOf(ref) == null ? null : (pictures.get(String(idOf(ref))) ?? null)
  const heroImage = pictureFor(article.heroImage)
  const bodyImages = retracted
    ? []
    : [...new Set(bodyPictureRefs.map((ref) => String(idOf(ref))))]
        .map((id) => pictures.get(id))
        .filter((image): image is DeliveryImage => Boolean(image))
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    dek: article.dek ?? null,
    byline: article.byline ?? null,
    storyStatus: article.storyStatus,
    tags: article.tags ?? [],
    publishedAt: article.publishedAt ?? null,
    embargoedUntil: article.embargoUntil ?? null,
    dateModified: article.dateModified ?? null,
    body: article.body ?? null,
    bodyHtml: bodyToHtml(article.body, deliveredQuotes, { pictures: bodyImages }),
    heroImage,
    bodyImages,
    meta: {
      title: meta.title?.trim() || article.title,
      description: retracted ? null : meta.description?.trim() || article.dek || null,
      image: pictureFor(meta.image) ?? heroImage,
    },
    retraction: retractionOf(article)
      ? (({ id, text, date }) => ({ id: id!, text: text!, date }))(retractionOf(article)!)
      : null,
    quotes: deliveredQuotes,
    sources: sources.map((source) => toDeliverySource(source, publicId)),
    updateLog: (article.updateLog ?? [])
      .filter((entry: Row) => entry.date)
      .map(({ id, type, text, date }: Row) => ({ id, type, text, date })),
    logRevisions: (article.logRevisions ?? []).map(
      ({ entryId, action, previousType, previousText, changedAt }: Row) => ({
        entryId,
        action,
        previousType,
        previousText,
        changedAt,
      }),
    ),
    commentsOpen: article.commentsOpen !== false,
    commentCount: article.commentCount ?? 0,
  }
}

/**
 * The public stories at these slugs (those an anonymous reader may read), without comments: four
 * queries for all of them (articles, quotes, sources, pictures), one per kind of document, never
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
    articles.map((article) => article.body),
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
  const quoteById = new Map(quotes.map((quote) => [String(quote.id), quote]))
  const built = new Map<string, Omit<DeliveryArticle, 'comments'>>()
  for (const article of articles) {
    // This story's own quotes and sources, in the order the single read returned them.
    const ownQuotes = idsOf(quoteRefsIn(article.body))
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
