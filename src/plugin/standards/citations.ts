import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { idOf } from '../ids'
import { isDraftSave } from '../publishGate/onlyEditorsPublish'
import { quoteRefsIn, storyText } from '../richText/lexical'
import { retractionOf } from './retraction'

type Id = number | string
type QuoteRow = {
  id: Id
  speaker?: unknown
  via?: unknown
  article?: unknown
  publishedIn?: null | unknown[]
}

const idsOf = (values: null | undefined | unknown[]): Id[] =>
  (values ?? []).map(idOf).filter((id): id is Id => id !== undefined && id !== null)
const sameSet = (a: Id[], b: Id[]) => a.length === b.length && a.every((id) => b.includes(id))
/** Writes made here are the system keeping derived data; they must not trigger another refresh. */
const REFRESHING = 'newsroomRefreshingCitations'

/**
 * A source's `publishedIn`: every article whose published body cites one of its quotes, as speaker
 * or as the recording it was taken from. Readers see a source only while this is not empty.
 */
const refreshSources = async (req: PayloadRequest, settings: NewsroomSettings, sourceIds: Id[]) => {
  for (const sourceId of new Set(sourceIds)) {
    const { docs } = await req.payload.find({
      collection: settings.slugs.quotes,
      where: {
        and: [
          { or: [{ speaker: { equals: sourceId } }, { via: { equals: sourceId } }] },
          { publishedIn: { exists: true } },
        ],
      },
      pagination: false,
      limit: 0,
      depth: 0,
      select: { publishedIn: true } as never,
      ...systemAccess(req),
    })
    const publishedIn = [
      ...new Set(docs.flatMap((quote) => idsOf((quote as QuoteRow).publishedIn))),
    ]
    const source = await req.payload.findByID({
      collection: settings.slugs.sources,
      id: sourceId,
      depth: 0,
      select: { publishedIn: true } as never,
      disableErrors: true,
      ...systemAccess(req),
    })
    if (
      !source ||
      sameSet(idsOf((source as { publishedIn?: unknown[] }).publishedIn), publishedIn)
    ) {
      continue
    }
    await req.payload.update({
      collection: settings.slugs.sources,
      id: sourceId,
      data: { publishedIn } as never,
      depth: 0,
      context: { [REFRESHING]: true },
      ...systemAccess(req),
    })
  }
}

type PublishedArticle = {
  _status?: string
  updateLog?: { type?: null | string; date?: null | string }[]
}

/**
 * An article as readers get it (its published version, whatever drafts came after; null once
 * deleted), with `_status` and the log (is it retracted?) and the fields `select` asks for. Derived
 * data the system keeps (citations, pictures' use) is read from here.
 */
export const publishedVersionOf = async <T extends object>(
  req: PayloadRequest,
  settings: NewsroomSettings,
  articleId: Id,
  select: Record<string, true>,
) =>
  (await req.payload.findByID({
    collection: settings.slugs.articles,
    id: articleId,
    depth: 0,
    draft: false,
    disableErrors: true,
    select: { ...select, _status: true, updateLog: true } as never,
    ...systemAccess(req),
  })) as null | (PublishedArticle & T)

/**
 * After an article is saved or deleted: the quotes its published body cites (none when it is a
 * draft, unpublished or gone) are "published in" it, those it no longer cites are not, and their
 * sources follow. A quote the body cites that has no article yet gets this one. Readers' access to
 * quotes and sources reads `publishedIn`, so what a reader may see always follows the published
 * text, never a separately kept field.
 */
export const refreshCitationsOfArticle = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  articleId: Id,
) => {
  const article = await publishedVersionOf<{ body?: unknown }>(req, settings, articleId, {
    body: true,
  })
  // The body's quotes and the live updates' (selected with the log).
  // A retracted story no longer shows its text, so it no longer makes its quotes and sources public.
  const cited = new Set(
    article?._status === 'published' && !retractionOf(article)
      ? idsOf(quoteRefsIn(storyText(article)))
      : [],
  )
  const { docs: before } = await req.payload.find({
    collection: settings.slugs.quotes,
    where: { publishedIn: { in: [articleId] } },
    pagination: false,
    limit: 0,
    depth: 0,
    ...systemAccess(req),
  })
  const { docs: now } = cited.size
    ? await req.payload.find({
        collection: settings.slugs.quotes,
        where: { id: { in: [...cited] } },
        pagination: false,
        limit: 0,
        depth: 0,
        ...systemAccess(req),
      })
    : { docs: [] }

  const touchedSources: Id[] = []
  for (const quote of new Map(
    [...before, ...now].map((doc) => [doc.id, doc as QuoteRow]),
  ).values()) {
    const current = idsOf(quote.publishedIn)
    const next = cited.has(quote.id)
      ? [...new Set([...current, articleId])]
      : current.filter((id) => id !== articleId)
    const adopt = cited.has(quote.id) && idOf(quote.article) == null
    if (sameSet(current, next) && !adopt) {
      continue
    }
    await req.payload.update({
      collection: settings.slugs.quotes,
      id: quote.id,
      data: { publishedIn: next, ...(adopt ? { article: articleId } : {}) } as never,
      depth: 0,
      context: { [REFRESHING]: true },
      ...systemAccess(req),
    })
    touchedSources.push(...idsOf([quote.speaker, quote.via]))
  }
  await refreshSources(req, settings, touchedSources)
}

export const refreshCitationsAfterArticleChange =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    // Citations follow the published text: a draft save or an autosave leaves them as they are.
    if (!isDraftSave(req)) {
      await refreshCitationsOfArticle(req, settings, doc.id)
    }
    return doc
  }

export const refreshCitationsAfterArticleDelete =
  (settings: NewsroomSettings): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await refreshCitationsOfArticle(req, settings, id)
  }

/** A quote that changes who said it (or is deleted) moves its published stories from one source to another. */
export const refreshSourcesAfterQuoteChange =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ context, doc, previousDoc, req }) => {
    if (context[REFRESHING]) {
      return doc
    }
    const sources = idsOf([doc.speaker, doc.via, previousDoc?.speaker, previousDoc?.via])
    const moved = !sameSet(
      idsOf([doc.speaker, doc.via]),
      idsOf([previousDoc?.speaker, previousDoc?.via]),
    )
    if (moved && idsOf(doc.publishedIn).length) {
      await refreshSources(req, settings, sources)
    }
    return doc
  }

export const refreshSourcesAfterQuoteDelete =
  (settings: NewsroomSettings): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (idsOf(doc.publishedIn).length) {
      await refreshSources(req, settings, idsOf([doc.speaker, doc.via]))
    }
  }

/** Every published article's citations, recomputed: for a database from before `publishedIn` existed. */
export const refreshAllCitations = async (req: PayloadRequest, settings: NewsroomSettings) => {
  const { docs } = await req.payload.find({
    collection: settings.slugs.articles,
    pagination: false,
    limit: 0,
    depth: 0,
    select: {},
    ...systemAccess(req),
  })
  for (const article of docs) {
    await refreshCitationsOfArticle(req, settings, article.id)
  }
}
