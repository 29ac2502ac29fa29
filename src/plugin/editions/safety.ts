import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { DeliverySource } from '../delivery/types'
import type { NewsroomSettings } from '../options'
import type { EditionDocument } from './buildEdition'
import type { StoredEdition } from './read'

import { systemAccess } from '../access/systemAccess'
import { bodyToHtml } from '../delivery/bodyHtml'
import { readerViewOf } from '../delivery/buildArticleDocument'
import { toDeliverySource } from '../delivery/shapes'
import { idOf } from '../ids'
import { storeEdition, withholdEarlierEditions } from './record'
import { lockStories } from './storyLock'

type Id = number | string
type Row = Record<string, any>

/**
 * The edition's document with one of its sources made anonymous: the source's entry becomes the
 * anonymous one under an id of this story's own, and the quotes and the text's links point at it.
 * Nothing else in the edition changes: words still waiting for a publish stay waiting.
 */
export const withSourceMadeAnonymous = (
  document: EditionDocument,
  source: Row,
): EditionDocument | null => {
  const index = document.sources.findIndex((entry) => String(entry.id) === String(source.id))
  if (index === -1) {
    return null
  }
  const taken = new Set(document.sources.map((entry) => String(entry.id)))
  let n = 1
  while (taken.has(`anonymous-${n}`)) {
    n += 1
  }
  const alias = `anonymous-${n}`
  const anonymous: DeliverySource = toDeliverySource(
    { ...source, kind: 'anonymous', name: null },
    () => alias,
  )
  const moved = (id: unknown) =>
    id != null && String(id) === String(source.id) ? alias : (id as null | number | string)
  const anchor = new RegExp(`(["#])source-${String(source.id).replace(/[^\w-]/g, '')}"`, 'g')
  return {
    ...document,
    sources: document.sources.map((entry, at) => (at === index ? anonymous : entry)),
    quotes: document.quotes.map((quote) => ({
      ...quote,
      speaker: moved(quote.speaker),
      via: moved(quote.via),
    })),
    bodyHtml: document.bodyHtml.replace(anchor, `$1source-${alias}"`),
    // Live updates quote sources as the body does: their links move too.
    updateLog: document.updateLog.map((entry) =>
      entry.html ? { ...entry, html: entry.html.replace(anchor, `$1source-${alias}"`) } : entry,
    ),
  }
}

/**
 * The edition's document without one picture: not the main picture, not in the text (its body's
 * HTML made again from the same text and quotes, the picture left out), not the share picture.
 */
export const withPictureWithdrawn = (
  document: EditionDocument,
  pictureId: Id,
): EditionDocument | null => {
  const isIt = (image: { id: unknown } | null | undefined) =>
    image != null && String(image.id) === String(pictureId)
  if (!isIt(document.heroImage) && !document.bodyImages.some(isIt) && !isIt(document.meta.image)) {
    return null
  }
  const bodyImages = document.bodyImages.filter((image) => !isIt(image))
  const heroImage = isIt(document.heroImage) ? null : document.heroImage
  return {
    ...document,
    heroImage,
    bodyImages,
    meta: { ...document.meta, image: isIt(document.meta.image) ? heroImage : document.meta.image },
    bodyHtml: bodyToHtml(document.body, document.quotes, { pictures: bodyImages }),
  }
}

/**
 * A picture withdrawn (its rights ended, it puts someone at risk) leaves every published story at
 * once: each current edition showing it is replaced by one without it (reason "safety"), and the
 * earlier editions, which showed it, are no longer served. Its files are refused to readers by the
 * collection's read access.
 */
export const protectPictureWithdrawn =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, operation }) => {
    if (operation !== 'update' || doc.withdrawn !== true || previousDoc?.withdrawn === true) {
      return doc
    }
    const articles = ((doc.publishedIn ?? []) as unknown[]).map(idOf).filter((id) => id != null)
    if (!articles.length) {
      return doc
    }
    await replaceEditions(
      req,
      settings,
      { articles },
      (document) => withPictureWithdrawn(document, doc.id),
      'A picture it showed has since been withdrawn.',
    )
    return doc
  }

/**
 * A source made anonymous (or stripped of its name) leaves every published story at once, without
 * waiting for a publish: each story's current edition is replaced by one that does not name them
 * (reason "safety"), and the earlier editions, which did, are no longer served.
 */
export const protectSourceMadeAnonymous =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, operation }) => {
    if (operation !== 'update' || !previousDoc) {
      return doc
    }
    const nowUnnamed = doc.kind === 'anonymous' || !doc.name
    const wasNamed = previousDoc.kind !== 'anonymous' && Boolean(previousDoc.name)
    if (!(nowUnnamed && wasNamed)) {
      return doc
    }
    const articles = await storiesCiting(req, settings, doc.id)
    if (!articles.length) {
      return doc
    }
    // What a reader may know of the source now: no name, the anonymity reason (the access rules decide).
    const asReader = (await req.payload.findByID({
      collection: settings.slugs.sources,
      id: doc.id,
      depth: 0,
      overrideAccess: false,
      req: readerViewOf(req),
      disableErrors: true,
    })) as null | Row
    const source = {
      ...(asReader ?? {}),
      id: doc.id,
      kind: doc.kind,
      description: doc.description,
      role: doc.role,
      anonymity: { reason: doc.anonymity?.reason ?? null },
    }
    await replaceEditions(
      req,
      settings,
      {
        articles,
        showing: (edition) =>
          edition.document.sources.some((entry) => String(entry.id) === String(doc.id)),
      },
      (document) =>
        withSourceMadeAnonymous(
          document,
          doc.kind === 'anonymous' ? source : { ...source, kind: doc.kind },
        ),
      'A source it named has since been granted anonymity.',
    )
    return doc
  }

/** The published stories whose quotes cite this source, as speaker or via (read as the system: quotes are staff-only). */
const storiesCiting = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  sourceId: Id,
): Promise<Id[]> => {
  const quotes = await req.payload.find({
    collection: settings.slugs.quotes,
    where: { or: [{ speaker: { equals: sourceId } }, { via: { equals: sourceId } }] },
    pagination: false,
    limit: 0,
    depth: 0,
    select: { publishedIn: true } as never,
    ...systemAccess(req),
  })
  return [
    ...new Set(
      quotes.docs
        .flatMap((quote) => ((quote as Row).publishedIn ?? []).map(idOf))
        .filter((id: unknown) => id != null),
    ),
  ] as Id[]
}

/** The current editions of these stories (read as the system: the collection is staff-only). */
const currentEditionsOf = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  articles: Id[],
): Promise<StoredEdition[]> =>
  (
    await req.payload.find({
      collection: settings.slugs.editions,
      where: { and: [{ article: { in: articles } }, { current: { equals: true } }] },
      pagination: false,
      limit: 0,
      depth: 0,
      ...systemAccess(req),
    })
  ).docs as unknown as StoredEdition[]

/**
 * The current edition of each of `articles` (those `showing` what changed) is replaced at once by the
 * changed one (reason "safety"), the story's earlier editions are withheld saying `why`, and a line is
 * logged. The stories are locked before their editions are read, so a publish that ran meanwhile is
 * the edition replaced, not overwritten by a change of the one before it.
 */
export const replaceEditions = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  {
    articles,
    showing = () => true,
  }: { articles: Id[]; showing?: (edition: StoredEdition) => boolean },
  change: (document: EditionDocument) => EditionDocument | null,
  why: string,
) => {
  await lockStories(req, articles)
  const editions = (await currentEditionsOf(req, settings, articles)).filter(showing)
  for (const edition of editions) {
    const document = change(edition.document)
    if (!document) {
      continue
    }
    await storeEdition(req, settings, {
      article: edition.article,
      slug: edition.slug,
      number: edition.number + 1,
      reason: 'safety',
      document,
    })
    await withholdEarlierEditions(req.payload, settings, edition.article, why, req)
    req.payload.logger.info({
      msg: `Edition ${edition.number + 1} of “${edition.slug}”: ${why} Earlier editions withheld.`,
    })
  }
}
