import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
  Where,
} from 'payload'

import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { idOf } from '../ids'

type Id = number | string
type SourceRow = { kind?: null | string; name?: null | string; description?: null | string }

/** The writes below keep a derived title; they must not set off another relabelling. */
const RELABELLING = 'newsroomRelabellingQuotes'
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** How staff see a source in a title: its public name, else its description; an anonymous source only by its description. */
const sourceTitle = (source: null | SourceRow | undefined) =>
  source
    ? ((source.kind !== 'anonymous' && source.name?.trim()) || source.description || '').trim()
    : ''

/**
 * A quote's title wherever the admin lists or picks quotes (the quote picker in the body, lists,
 * breadcrumbs): who said it, the words, and the story it is from. Text only, staff only.
 */
export const quoteLabel = ({
  text,
  speaker,
  article,
}: {
  text?: null | string
  speaker?: null | SourceRow
  article?: null | string
}) =>
  `${sourceTitle(speaker) || 'No speaker yet'}: “${cut((text ?? '').trim(), 140)}”${article ? ` — ${cut(article, 60)}` : ''}`

const labelFor = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  quote: { text?: null | string; speaker?: unknown; article?: unknown },
) => {
  const speakerId = idOf(quote.speaker)
  const articleId = idOf(quote.article)
  const speaker =
    speakerId == null
      ? null
      : ((await req.payload.findByID({
          collection: settings.slugs.sources,
          id: speakerId,
          depth: 0,
          disableErrors: true,
          select: { kind: true, name: true, description: true },
          ...systemAccess(req),
        })) as null | SourceRow)
  const article =
    articleId == null
      ? null
      : ((await req.payload.findByID({
          collection: settings.slugs.articles,
          id: articleId,
          depth: 0,
          draft: true,
          disableErrors: true,
          select: { title: true },
          ...systemAccess(req),
        })) as { title?: string } | null)
  return quoteLabel({ text: quote.text, speaker, article: article?.title ?? null })
}

/** Sets the title on every write of a quote, from the words, the speaker and the story as they now are. */
export const setQuoteLabel =
  (settings: NewsroomSettings): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => ({
    ...data,
    label: await labelFor(req, settings, { ...originalDoc, ...data }),
  })

/** Recomputes the titles of the quotes `where` selects (all of them without it), writing only those that changed. */
const relabel = async (req: PayloadRequest, settings: NewsroomSettings, where?: Where) => {
  const { docs } = await req.payload.find({
    collection: settings.slugs.quotes,
    ...(where ? { where } : {}),
    depth: 0,
    pagination: false,
    limit: 0,
    select: { text: true, speaker: true, article: true, label: true } as never,
    ...systemAccess(req),
  })
  for (const quote of docs as {
    id: Id
    text?: string
    speaker?: unknown
    article?: unknown
    label?: null | string
  }[]) {
    const label = await labelFor(req, settings, quote)
    if (label !== quote.label) {
      await req.payload.update({
        collection: settings.slugs.quotes,
        id: quote.id,
        data: { label },
        depth: 0,
        context: { [RELABELLING]: true },
        ...systemAccess(req),
      })
    }
  }
}

/** A source renamed (or made anonymous) renames its quotes' titles. */
export const relabelQuotesOfSource =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, operation }) => {
    if (operation === 'update' && sourceTitle(doc) !== sourceTitle(previousDoc)) {
      await relabel(req, settings, { speaker: { equals: doc.id } })
    }
    return doc
  }

/** A story's new headline reaches the titles of the quotes that belong to it. */
export const relabelQuotesOfArticle =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, operation, context }) => {
    if (!context[RELABELLING] && operation === 'update' && doc.title !== previousDoc?.title) {
      await relabel(req, settings, { article: { equals: doc.id } })
    }
    return doc
  }

/** Every quote's title, made anew: for a database from before titles existed. */
export const refreshAllQuoteLabels = (req: PayloadRequest, settings: NewsroomSettings) =>
  relabel(req, settings)
