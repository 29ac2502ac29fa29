/** The public story document from the rows it was read from: pure, no reads, so many stories share one set of queries. */
import type { StoryCredits } from '../bylines/credits'
import type { BylineSettings } from '../bylines/printedByline'
import type { Row } from './articleReads'
import type {
  DeliveryArticle,
  DeliveryAuthor,
  DeliveryImage,
  DeliveryLogEntry,
  DeliveryQuote,
} from './types'

import { bylineOf, readersCredits } from '../bylines/printedByline'
import { idOf } from '../ids'
import { hasWords, pictureRefsIn } from '../richText/lexical'
import { retractionOf } from '../standards/retraction'
import { bodyToHtml } from './bodyHtml'
import { toDeliverySource } from './shapes'

type PublicId = (id: unknown) => null | number | string

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
 * A published log entry. An update also has its headline, its text (Lexical, and as HTML with its
 * quotes marked up as in `bodyHtml`), whether it is a key event or pinned, and who wrote it; a
 * retracted story's updates keep their line only.
 */
const toDeliveryLogEntry = (
  { id, type, text, date, headline, body, keyEvent, pinned }: Row,
  quotes: DeliveryQuote[],
  retracted: boolean,
  authors: DeliveryAuthor[],
): DeliveryLogEntry => {
  if (type !== 'update') {
    return { id, type, text, date }
  }
  const hasBody = !retracted && hasWords(body)
  return {
    id,
    type,
    text,
    date,
    headline: headline?.trim() || null,
    body: hasBody ? body : null,
    html: hasBody ? bodyToHtml(body, quotes) : null,
    keyEvent: keyEvent === true,
    pinned: pinned === true,
    authors,
  }
}

/** What one story is built from, as an anonymous reader may read it. */
type StoryRows = {
  article: Row
  quotes: Row[]
  sources: Row[]
  pictures: Map<string, DeliveryImage>
  /** Who is credited, as the newsroom keeps it (withheld authors included), and how bylines print. */
  credits: StoryCredits
  bylines: BylineSettings
  /** The story's own feed (`storyFeedUrl`), or false for none. */
  storyFeedUrl: (story: { slug: string }) => false | string
}

/**
 * The public story from its rows (no reads): its quotes and sources under the ids this story gives
 * them, its body as HTML, its pictures, log and meta. Comments are the caller's.
 */
export const assembleArticleDocument = ({
  article,
  quotes,
  sources,
  pictures,
  credits,
  bylines,
  storyFeedUrl,
}: StoryRows): Omit<DeliveryArticle, 'comments'> => {
  const publicId = storyIds(sources)
  const deliveredQuotes = quotes.map((quote) => toDeliveryQuote(quote, publicId))
  const retracted = Boolean(retractionOf(article))
  const meta = (article.meta ?? {}) as Row
  const bodyPictureRefs = pictureRefsIn(article.body)
  const pictureFor = (ref: unknown) =>
    retracted || idOf(ref) == null ? null : (pictures.get(String(idOf(ref))) ?? null)
  const heroImage = pictureFor(article.heroImage)
  const feedUrl = storyFeedUrl({ slug: article.slug })
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
    ...bylineOf(credits, bylines),
    storyStatus: article.storyStatus,
    tags: article.tags ?? [],
    // Only when the host has a feed for stories: otherwise the document is as it was without the option.
    ...(feedUrl ? { feedUrl } : {}),
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
      .map((entry: Row) =>
        toDeliveryLogEntry(
          entry,
          deliveredQuotes,
          retracted,
          readersCredits(credits.updateCredits.get(String(entry.id)) ?? [], credits, bylines),
        ),
      ),
    editorsNote: retracted ? null : article.editorsNote?.trim() || null,
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
