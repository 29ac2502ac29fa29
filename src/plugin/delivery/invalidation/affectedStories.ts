import type { PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../../options'

import { systemAccess } from '../../access/systemAccess'
import { creditingAuthor } from '../../bylines/credits'
import { idOf } from '../../ids'
import { cacheTags } from './tags'

type Doc = Record<string, any> | undefined
type Id = number | string

/** Past this many stories one write touches, drop everything instead (one cheap clear, no long list). */
const MAX_STORIES = 200

/** Which cached answers a write changes: cache tags, or undefined for everything. */
export type AffectedTags = (args: {
  doc: Doc
  previousDoc: Doc
  req: PayloadRequest
}) => Promise<readonly string[] | undefined>

const PUBLISHED_SLUGS = Symbol.for('newsroom.publishedSlugs')

/** The slugs readers reach these articles by now (their published versions), read in the write's transaction. */
const publishedSlugs = async (
  settings: NewsroomSettings,
  req: PayloadRequest,
  ids: Id[],
): Promise<string[] | undefined> => {
  const unique = [...new Set(ids.filter((id) => id != null))]
  if (unique.length > MAX_STORIES) {
    return undefined
  }
  if (!unique.length) {
    return []
  }
  const { docs } = await req.payload.find({
    collection: settings.slugs.articles,
    where: { id: { in: unique } },
    draft: false,
    depth: 0,
    limit: unique.length,
    pagination: false,
    select: { slug: true },
    ...systemAccess(req),
  })
  return docs
    .map((doc) => (doc as { slug?: string }).slug)
    .filter((slug): slug is string => Boolean(slug))
}

const storyTags = (
  slugs: (null | string | undefined)[] | undefined,
  { lists }: { lists: boolean },
) =>
  slugs
    ? [
        ...new Set(slugs.filter((slug): slug is string => Boolean(slug)).map(cacheTags.story)),
        ...(lists ? [cacheTags.lists] : []),
      ]
    : undefined

/**
 * Before an article is saved: the slug its published version has now, which the save may change
 * (a rename, a publish of a renamed draft). Kept on the request for afterChange.
 */
export const rememberPublishedSlug = async (
  settings: NewsroomSettings,
  req: PayloadRequest,
  id: Id | undefined,
) => {
  if (id == null) {
    return
  }
  const slugs = await publishedSlugs(settings, req, [id])
  const remembered = ((req.context as Record<symbol, Map<Id, string | undefined>>)[
    PUBLISHED_SLUGS
  ] ??= new Map())
  remembered.set(String(id), slugs?.[0])
}

/** An article: its story under every slug it had or has, and the lists (feed, sitemaps, front page). */
export const articleTags =
  (settings: NewsroomSettings): AffectedTags =>
  async ({ doc, previousDoc, req }) => {
    const remembered = (req.context as Record<symbol, Map<Id, string | undefined> | undefined>)[
      PUBLISHED_SLUGS
    ]
    // The published slug before the save was read by rememberPublishedSlug; after it, it is either
    // that one (a draft save) or the doc's own (a publish). Read it here only if nothing was remembered.
    const before = remembered?.has(String(doc?.id))
      ? [remembered.get(String(doc?.id))]
      : doc?.id == null
        ? []
        : ((await publishedSlugs(settings, req, [doc.id])) ?? [])
    return storyTags([doc?.slug, previousDoc?.slug, ...before], { lists: true })
  }

/** A quote: the published stories whose text cites it (before and after), and the lists (their feed entries). */
export const quoteTags =
  (settings: NewsroomSettings): AffectedTags =>
  async ({ doc, previousDoc, req }) => {
    const ids = [doc, previousDoc].flatMap((quote) => [
      ...((quote?.publishedIn as unknown[]) ?? []).map(idOf),
      idOf(quote?.article),
    ]) as Id[]
    return storyTags(await publishedSlugs(settings, req, ids), { lists: true })
  }

/** A picture: the published stories showing it (before and after), and the lists. */
export const mediaTags =
  (settings: NewsroomSettings): AffectedTags =>
  async ({ doc, previousDoc, req }) => {
    const ids = [doc, previousDoc].flatMap((picture) =>
      ((picture?.publishedIn as unknown[]) ?? []).map(idOf),
    ) as Id[]
    return storyTags(await publishedSlugs(settings, req, ids), { lists: true })
  }

/** A source: the stories citing its quotes, and the lists. */
export const sourceTags =
  (settings: NewsroomSettings): AffectedTags =>
  async ({ doc, req }) => {
    if (doc?.id == null) {
      return undefined
    }
    const { docs, hasNextPage } = await req.payload.find({
      collection: settings.slugs.quotes,
      where: { speaker: { equals: doc.id } },
      depth: 0,
      limit: MAX_STORIES,
      select: { article: true, publishedIn: true } as never,
      ...systemAccess(req),
    })
    if (hasNextPage) {
      return undefined
    }
    const ids = docs.flatMap((quote) => [
      ...(((quote as Doc)?.publishedIn as unknown[]) ?? []).map(idOf),
      idOf((quote as Doc)?.article),
    ]) as Id[]
    return storyTags(await publishedSlugs(settings, req, ids), { lists: true })
  }

/** An approved (or no longer approved) comment: its story only. */
export const commentTags =
  (settings: NewsroomSettings): AffectedTags =>
  async ({ doc, previousDoc, req }) =>
    storyTags(
      await publishedSlugs(
        settings,
        req,
        [idOf(doc?.article), idOf(previousDoc?.article)].filter((id): id is Id => id != null),
      ),
      { lists: false },
    )

/** An author: the published stories crediting them, on the story or an update (their byline changes at once when it is withheld), and the lists. */
export const authorTags =
  (settings: NewsroomSettings): AffectedTags =>
  async ({ doc, req }) => {
    if (doc?.id == null) {
      return undefined
    }
    const { docs, hasNextPage } = await req.payload.find({
      collection: settings.slugs.articles,
      where: creditingAuthor(doc.id),
      depth: 0,
      limit: MAX_STORIES,
      select: {} as never,
      ...systemAccess(req),
    })
    if (hasNextPage) {
      return undefined
    }
    return storyTags(
      await publishedSlugs(
        settings,
        req,
        docs.map((story) => (story as { id: Id }).id),
      ),
      { lists: true },
    )
  }
