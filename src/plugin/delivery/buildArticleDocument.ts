import type { Payload, PayloadRequest, Where } from 'payload'

import { createLocalReq, isolateObjectProperty } from 'payload'

import type { NewsroomSettings } from '../options'
import type { DeliveryArticle, DeliveryImage, DeliveryQuote } from './types'

import { systemAccess } from '../access/systemAccess'
import { idOf } from '../ids'
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
 * The quotes the body cites, each with who said it. Readers are not shown which quotes an anonymous
 * source gave (that would link them across stories); this story itself attributes its own quotes,
 * so those links are read for it alone.
 */
const quotesOfBody = async (
  payload: Payload,
  settings: NewsroomSettings,
  body: unknown,
  reading: Reading,
): Promise<Row[]> => {
  const ids = idsOf(quoteRefsIn(body))
  if (!ids.length) {
    return []
  }
  const quotes = (
    await payload.find({
      collection: settings.slugs.quotes,
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
      depth: 0,
      ...asReader(reading),
    })
  ).docs as Row[]
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
  return (
    await payload.find({
      collection: settings.slugs.sources,
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
      select,
      overrideAccess: false,
      depth: 0,
      ...asReader(reading),
    })
  ).docs
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
  const { docs } = await payload.find({
    collection: settings.slugs.media,
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    ...asReader(reading),
  })
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
  const article = (
    await payload.find({
      collection: settings.slugs.articles,
      where: { slug: { equals: slug } },
      limit: 1,
      overrideAccess: false,
      depth: 0,
      ...asReader(reading),
    })
  ).docs[0] as Row | undefined
  if (!article) {
    return null
  }
  const quotes = await quotesOfBody(payload, settings, article.body, reading)
  const sources = await sourcesOf(payload, settings, quotes, reading)
  const publicId = storyIds(sources)
  const deliveredQuotes = quotes.map((quote) => toDeliveryQuote(quote, publicId))
  const retracted = Boolean(retractionOf(article))
  const meta = (article.meta ?? {}) as Row
  const bodyPictureRefs = pictureRefsIn(article.body)
  const pictures = retracted
    ? new Map<string, DeliveryImage>()
    : await picturesOf(
        payload,
        settings,
        [article.heroImage, meta.image, ...bodyPictureRefs],
        reading,
      )
  const pictureFor = (ref: unknown) =>
    idOf(ref) == null ? null : (pictures.get(String(idOf(ref))) ?? null)
  const heroImage = pictureFor(article.heroImage)
  const bodyImages = [...new Set(bodyPictureRefs.map((ref) => String(idOf(ref))))]
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
    comments: withComments
      ? await commentThreads(payload, settings, article.id, { ...reading, page: 1 })
      : { docs: [], page: 1, totalTopLevel: 0, hasMore: false },
  }
}
