import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { idOf } from '../ids'
import { retractionOf } from '../standards/retraction'

type Id = number | string

/** Where an article shows a picture: its main picture and, with the SEO fields, its share picture. */
const picturePaths = (settings: NewsroomSettings) => ['heroImage', ...(settings.seo ? ['meta.image'] : [])]

/**
 * A picture's `publishedIn`: the published, unretracted stories that show it. Readers' access to
 * media reads it, so a photo lined up for a story that has not run (or was retracted) stays private.
 */
const refresh = async (req: PayloadRequest, settings: NewsroomSettings, mediaIds: Id[]) => {
  for (const id of new Set(mediaIds)) {
    const { docs } = await req.payload.find({
      collection: settings.slugs.articles,
      where: { and: [{ or: picturePaths(settings).map((path) => ({ [path]: { equals: id } })) }, { _status: { equals: 'published' } }] },
      depth: 0,
      pagination: false,
      limit: 0,
      select: { updateLog: true } as never,
      ...systemAccess(req),
    })
    const publishedIn = (docs as { id: Id; updateLog?: { type?: string | null; date?: string | null }[] }[]).filter((doc) => !retractionOf(doc)).map((doc) => doc.id)
    const media = await req.payload.findByID({ collection: settings.slugs.media, id, depth: 0, disableErrors: true, select: { publishedIn: true } as never, ...systemAccess(req) })
    if (!media) continue
    const before = ((media as { publishedIn?: unknown[] }).publishedIn ?? []).map(idOf).map(String).sort().join(',')
    if (before === publishedIn.map(String).sort().join(',')) continue
    await req.payload.update({ collection: settings.slugs.media, id, data: { publishedIn } as never, depth: 0, ...systemAccess(req) })
  }
}

const picturesOf = (doc: unknown): Id[] => {
  const article = doc as { heroImage?: unknown; meta?: { image?: unknown } | null } | undefined
  return [idOf(article?.heroImage), idOf(article?.meta?.image)].filter((id): id is Id => id !== undefined && id !== null)
}

/** The pictures readers may see because of this story now (a published version may show one the draft dropped). */
const shownBy = async (req: PayloadRequest, settings: NewsroomSettings, articleId: Id): Promise<Id[]> =>
  (await req.payload.find({ collection: settings.slugs.media, where: { publishedIn: { in: [articleId] } }, depth: 0, pagination: false, limit: 0, select: {}, ...systemAccess(req) })).docs.map((doc) => doc.id)

export const refreshMediaAfterArticleChange =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    await refresh(req, settings, [...picturesOf(previousDoc), ...picturesOf(doc), ...(await shownBy(req, settings, doc.id))])
    return doc
  }

export const refreshMediaAfterArticleDelete =
  (settings: NewsroomSettings): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await refresh(req, settings, [...picturesOf(doc), ...(await shownBy(req, settings, doc.id))])
    return doc
  }
