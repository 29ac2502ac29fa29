/**
 * A byline withheld for safety leaves every published story at once, without waiting for a publish:
 * each current edition crediting the author (or the story itself) is replaced by one printing the
 * newsroom's withheld name (reason "safety"), and the earlier editions, which named them, are no
 * longer served. Lifting it waits for the next publish, like any other change readers see.
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { EditionDocument } from '../editions/buildEdition'
import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { replaceEditions } from '../editions/safety'
import { creditingAuthor } from './credits'
import { printedByline, withheldCredit } from './printedByline'
import { REFRESHING_AUTHORS } from './publicAuthors'

type Id = number | string

type Shown = NonNullable<EditionDocument['authors']>

/** These credits with the withheld ones (`isIt`) printed as the withheld name, one per role. */
const withWithheldNames = (
  shownBefore: Shown,
  isIt: (entry: { id: Id | null }) => boolean,
  wholeStory: boolean,
  withheldName: string,
): Shown => {
  const shown: Shown = []
  for (const entry of shownBefore) {
    if (!isIt(entry) && entry.id !== null) {
      shown.push(entry)
      continue
    }
    const role = wholeStory ? 'written-by' : entry.role
    if (!shown.some((kept) => kept.id === null && kept.role === role)) {
      shown.push(withheldCredit(role, withheldName))
    }
  }
  return shown
}

/**
 * The edition's document with one author's credits (or every credit: `authorId` null), on the story
 * and on its updates, printed as the withheld name, and its byline printed again from the credits.
 * Nothing else changes.
 */
export const withBylineWithheld = (
  document: EditionDocument,
  authorId: Id | null,
  withheldName: string,
): EditionDocument | null => {
  const authors = document.authors ?? []
  const isIt = (entry: { id: Id | null }) =>
    authorId === null
      ? entry.id !== null
      : entry.id !== null && String(entry.id) === String(authorId)
  const onUpdates = document.updateLog.some((entry) => (entry.authors ?? []).some(isIt))
  if (
    !authors.some(isIt) &&
    !onUpdates &&
    !(authorId === null && document.byline && document.byline !== withheldName)
  ) {
    return null
  }
  const shown = withWithheldNames(authors, isIt, authorId === null, withheldName)
  return {
    ...document,
    authors: shown,
    byline:
      authors.some(isIt) || authorId === null
        ? printedByline(shown, { anyWithheld: true, withheldName, handSet: document.byline })
        : document.byline,
    updateLog: onUpdates
      ? document.updateLog.map((entry) =>
          entry.authors?.some(isIt)
            ? { ...entry, authors: withWithheldNames(entry.authors, isIt, false, withheldName) }
            : entry,
        )
      : document.updateLog,
  }
}

const isAuthor = (author: { id: Id }) => (entry: { id: Id | null }) =>
  entry.id !== null && String(entry.id) === String(author.id)

/** Does the edition credit the author, on the story or on one of its updates? */
const credits = (document: EditionDocument, author: { id: Id }) =>
  (document.authors ?? []).some(isAuthor(author)) ||
  document.updateLog.some((entry) => (entry.authors ?? []).some(isAuthor(author)))

/**
 * Does this edition name the author: in its credits, or in its printed line (one published before
 * credits were kept, or a hand-set line)?
 */
const printsAuthor = (document: EditionDocument, author: { id: Id; name?: string }) =>
  credits(document, author) || Boolean(author.name && document.byline?.includes(author.name))

/** The published stories crediting this author (read as the system: credits are staff-only). */
const storiesCrediting = async (req: PayloadRequest, settings: NewsroomSettings, author: Id) =>
  (
    await req.payload.find({
      collection: settings.slugs.articles,
      where: creditingAuthor(author),
      pagination: false,
      limit: 0,
      depth: 0,
      select: {} as never,
      ...systemAccess(req),
    })
  ).docs.map((doc) => (doc as { id: Id }).id)

/** An author's byline withheld: every published story crediting them prints the withheld name, at once. */
export const protectAuthorWithheld =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ context, doc, previousDoc, req, operation }) => {
    if (
      context[REFRESHING_AUTHORS] ||
      operation !== 'update' ||
      doc.withholdByline?.withheld !== true ||
      previousDoc?.withholdByline?.withheld === true
    ) {
      return doc
    }
    const articles = await storiesCrediting(req, settings, doc.id)
    if (articles.length) {
      await replaceEditions(
        req,
        settings,
        {
          articles,
          showing: (edition) => printsAuthor(edition.document, doc),
        },
        // Named in the printed line but not among the story's credits (hand-set, or from before
        // credits were kept): all of the line is withheld.
        (document) =>
          withBylineWithheld(
            document,
            (document.authors ?? []).some(isAuthor(doc)) ||
              !(doc.name && document.byline?.includes(doc.name))
              ? doc.id
              : null,
            settings.bylines.withheldName,
          ),
        'A byline it printed has since been withheld.',
      )
    }
    return doc
  }

/**
 * A story's byline withheld, by any save (a draft's too): the published row carries it at once (so
 * the author pages, a republish and every rebuild leave the names out), and the current edition
 * prints the withheld name.
 */
export const protectStoryBylineWithheld =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (doc.withholdByline?.withheld !== true) {
      return doc
    }
    const published = await req.payload.db.findOne<{
      id: Id
      _status?: string
      withholdByline?: { withheld?: boolean }
    }>({
      collection: settings.slugs.articles,
      where: { id: { equals: doc.id } },
      req,
    })
    if (
      !published ||
      published._status !== 'published' ||
      published.withholdByline?.withheld === true
    ) {
      return doc
    }
    // Payload writes a draft to the versions only; the main row is what readers have.
    await req.payload.db.updateOne({
      collection: settings.slugs.articles,
      id: doc.id,
      data: { withholdByline: { withheld: true, reason: doc.withholdByline.reason ?? null } },
      req,
      returning: false,
    })
    await replaceEditions(
      req,
      settings,
      { articles: [doc.id] },
      (document) => withBylineWithheld(document, null, settings.bylines.withheldName),
      'Its byline has since been withheld.',
    )
    return doc
  }
