import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { idOf } from '../ids'
import { isDraftSave } from '../publishGate/onlyEditorsPublish'
import { pictureRefsIn } from '../richText/lexical'
import { publishedVersionOf } from '../standards/citations'
import { retractionOf } from '../standards/retraction'

type Id = number | string
type ArticleRow = { heroImage?: unknown; meta?: { image?: unknown } | null; body?: unknown }

const idsOf = (values: unknown[]): Id[] => [
  ...new Set(values.map(idOf).filter((id): id is Id => id !== undefined && id !== null)),
]
const sameSet = (a: Id[], b: Id[]) =>
  a.length === b.length && a.every((id) => b.map(String).includes(String(id)))

/** Where an article shows pictures: its main picture, its share picture (with the SEO fields) and the body's. */
export const picturesShownBy = (
  settings: NewsroomSettings,
  article: ArticleRow | null | undefined,
): Id[] =>
  article
    ? idsOf([
        article.heroImage,
        ...(settings.seo ? [article.meta?.image] : []),
        ...pictureRefsIn(article.body),
      ])
    : []

/**
 * After an article is saved or deleted: the pictures its published, unretracted version shows are
 * "published in" it, those it no longer shows are not. Readers' access to media reads
 * `publishedIn`, so a photo lined up for a story that has not run (or was retracted) stays private.
 */
export const refreshMediaOfArticle = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  articleId: Id,
) => {
  const article = await publishedVersionOf<ArticleRow>(req, settings, articleId, {
    heroImage: true,
    body: true,
    ...(settings.seo ? { meta: true as const } : {}),
  })
  const shown = new Set(
    (article?._status === 'published' && !retractionOf(article)
      ? picturesShownBy(settings, article)
      : []
    ).map(String),
  )
  type MediaRow = { id: Id; publishedIn?: unknown[] }
  const before = (
    await req.payload.find({
      collection: settings.slugs.media,
      where: { publishedIn: { in: [articleId] } },
      depth: 0,
      pagination: false,
      limit: 0,
      select: { publishedIn: true } as never,
      ...systemAccess(req),
    })
  ).docs as MediaRow[]
  const now = shown.size
    ? ((
        await req.payload.find({
          collection: settings.slugs.media,
          where: { id: { in: [...shown] } },
          depth: 0,
          pagination: false,
          limit: 0,
          select: { publishedIn: true } as never,
          ...systemAccess(req),
        })
      ).docs as MediaRow[])
    : []
  for (const media of new Map([...before, ...now].map((doc) => [String(doc.id), doc])).values()) {
    const current = idsOf(media.publishedIn ?? [])
    const next = shown.has(String(media.id))
      ? idsOf([...current, articleId])
      : current.filter((id) => String(id) !== String(articleId))
    if (sameSet(current, next)) {
      continue
    }
    await req.payload.update({
      collection: settings.slugs.media,
      id: media.id,
      data: { publishedIn: next } as never,
      depth: 0,
      ...systemAccess(req),
    })
  }
}

export const refreshMediaAfterArticleChange =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    // Pictures follow the published story: a draft save or an autosave leaves their use as it is.
    if (!isDraftSave(req)) {
      await refreshMediaOfArticle(req, settings, doc.id)
    }
    return doc
  }

export const refreshMediaAfterArticleDelete =
  (settings: NewsroomSettings): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await refreshMediaOfArticle(req, settings, id)
  }
