/**
 * Which authors readers may see, kept by the system: an author is public once a published story
 * credits them by name (`publicProfile`), and their photo is public while they are (a picture's
 * `publicPortrait`). Derived data, like citations: recomputed from the published rows at each publish,
 * unpublish or delete of a story, and when an author's photo or withholding changes.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { publishedRowBeforeSave } from '../editions/hooks'
import { idOf } from '../ids'
import { isDraftSave } from '../publishGate/onlyEditorsPublish'
import { creditingAuthor, updateCreditsIn } from './credits'

type Id = number | string
type Row = Record<string, any>

/** Writes here are the system keeping derived data; the authors' own hooks leave them alone. */
export const REFRESHING_AUTHORS = 'newsroomRefreshingAuthors'

/** Everyone a story row credits: on the story, and on its updates. */
const creditedIn = (row: null | Row | undefined): Id[] =>
  [...((row?.authors ?? []) as Row[]).map((credit) => credit.author), ...updateCreditsIn(row)]
    .map(idOf)
    .filter((id): id is Id => id !== undefined && id !== null)

/** Is the author credited by name on a published story whose byline is not withheld? (One row is enough: no count of thousands.) */
const creditedByName = async (req: PayloadRequest, settings: NewsroomSettings, author: Id) =>
  (
    await req.payload.find({
      collection: settings.slugs.articles,
      where: {
        and: [
          creditingAuthor(author),
          { _status: { equals: 'published' } },
          { 'withholdByline.withheld': { not_equals: true } },
        ],
      },
      limit: 1,
      pagination: false,
      depth: 0,
      select: {} as never,
      ...systemAccess(req),
    })
  ).docs.length > 0

/** A picture is public as a portrait while a public author, not withheld, uses it as their photo. */
export const refreshPortraits = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  pictures: Id[],
) => {
  for (const picture of new Set(pictures)) {
    const { totalDocs } = await req.payload.count({
      collection: settings.slugs.authors,
      where: {
        and: [
          { photo: { equals: picture } },
          { publicProfile: { equals: true } },
          { 'withholdByline.withheld': { not_equals: true } },
        ],
      },
      ...systemAccess(req),
    })
    const media = (await req.payload.findByID({
      collection: settings.slugs.media,
      id: picture,
      depth: 0,
      select: { publicPortrait: true } as never,
      disableErrors: true,
      ...systemAccess(req),
    })) as null | Row
    if (media && Boolean(media.publicPortrait) !== totalDocs > 0) {
      await req.payload.update({
        collection: settings.slugs.media,
        id: picture,
        data: { publicPortrait: totalDocs > 0 } as never,
        depth: 0,
        context: { [REFRESHING_AUTHORS]: true },
        ...systemAccess(req),
      })
    }
  }
}

/**
 * Recomputes `publicProfile` of these authors (and their photos' `publicPortrait`); those in
 * `creditedNow` are credited by name on the story just published, so they are public without a query.
 */
export const refreshPublicAuthors = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  authors: Id[],
  creditedNow: Id[] = [],
) => {
  const photos: Id[] = []
  const known = new Set(creditedNow.map(String))
  for (const author of new Set(authors)) {
    const row = (await req.payload.findByID({
      collection: settings.slugs.authors,
      id: author,
      depth: 0,
      select: { publicProfile: true, photo: true } as never,
      disableErrors: true,
      ...systemAccess(req),
    })) as null | Row
    if (!row) {
      continue
    }
    const isPublic = known.has(String(author)) || (await creditedByName(req, settings, author))
    if (Boolean(row.publicProfile) !== isPublic) {
      await req.payload.update({
        collection: settings.slugs.authors,
        id: author,
        data: { publicProfile: isPublic } as never,
        depth: 0,
        context: { [REFRESHING_AUTHORS]: true },
        ...systemAccess(req),
      })
      if (idOf(row.photo) != null) {
        photos.push(idOf(row.photo) as Id)
      }
    }
  }
  await refreshPortraits(req, settings, photos)
}

/** After a publish, unpublish or takedown: the authors credited before and after it. Draft saves change nothing readers see. */
export const refreshAuthorsAfterArticleChange =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (!isDraftSave(req)) {
      const byName =
        doc._status === 'published' && doc.withholdByline?.withheld !== true ? creditedIn(doc) : []
      await refreshPublicAuthors(
        req,
        settings,
        [...creditedIn(doc), ...creditedIn(publishedRowBeforeSave(req, doc.id))],
        byName,
      )
    }
    return doc
  }

export const refreshAuthorsAfterArticleDelete =
  (settings: NewsroomSettings): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await refreshPublicAuthors(req, settings, creditedIn(doc))
  }

/** An author's photo changed, or their byline was withheld or lifted: the old and new photos follow. */
export const refreshPortraitsAfterAuthorChange =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ context, doc, previousDoc, req }) => {
    if (context[REFRESHING_AUTHORS]) {
      return doc
    }
    const photos = [idOf(doc.photo), idOf(previousDoc?.photo)].filter(
      (id): id is Id => id !== undefined && id !== null,
    )
    const changed =
      String(idOf(doc.photo)) !== String(idOf(previousDoc?.photo)) ||
      Boolean(doc.withholdByline?.withheld) !== Boolean(previousDoc?.withholdByline?.withheld)
    if (changed && photos.length) {
      await refreshPortraits(req, settings, photos)
    }
    return doc
  }
