/**
 * An author's public page: their profile as readers may see it, and their published stories newest
 * first. The stories are read as the system (a story's credits are staff-only, so a withheld byline
 * never shows which stories it hides) and only what readers get of each is kept.
 */
import type { PayloadRequest } from 'payload'

import type { DeliveryAuthorPage, DeliveryAuthorStory } from '../delivery/types'
import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { areNumericIds, sqlTableOf } from '../database/sqlTables'
import { readerViewOf } from '../delivery/articleReads'
import { toDeliveryImage } from '../delivery/shapes'
import { idOf } from '../ids'
import { retractionOf } from '../standards/retraction'
import { AUTHOR_ROLES, type AuthorRole } from '../vocabulary'

type Row = Record<string, any>

/** Stories on one page of an author's list. */
export const AUTHOR_STORIES_PAGE_SIZE = 20

const ROLE_ORDER = AUTHOR_ROLES.map(({ value }) => value)

type StoriesPage = {
  docs: Row[]
  page?: number
  totalDocs: number
  totalPages: number
  hasNextPage: boolean
}

const STORY_FIELDS = {
  title: true,
  slug: true,
  dek: true,
  publishedAt: true,
  dateModified: true,
  authors: true,
  updateLog: true,
} as const

/**
 * Page `page` of the published stories crediting the author (bylines not withheld), newest first.
 * On PostgreSQL and SQLite the page's ids come from one statement that starts at the author's
 * credits (indexed) and sorts only their stories, then one Local API read of those 20: Payload's own
 * query of the array field measured 9 req/s (p99 4.7 s) for a writer on 8,000 stories of 100,000 on
 * SQLite (docs/performance.md).
 */
const publishedStoriesOf = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  authorId: number | string,
  page: number,
): Promise<StoriesPage> => {
  const ids = await creditedStoryIds(req, settings, authorId, page)
  if (!ids) {
    return (await req.payload.find({
      collection: settings.slugs.articles,
      where: {
        and: [
          { 'authors.author': { equals: authorId } },
          { _status: { equals: 'published' } },
          { 'withholdByline.withheld': { not_equals: true } },
        ],
      },
      sort: ['-publishedAt', '-id'],
      page,
      limit: AUTHOR_STORIES_PAGE_SIZE,
      depth: 0,
      draft: false,
      select: STORY_FIELDS as never,
      ...systemAccess(req),
    })) as unknown as StoriesPage
  }
  const { docs } = ids.ids.length
    ? await req.payload.find({
        collection: settings.slugs.articles,
        where: { id: { in: ids.ids } },
        limit: ids.ids.length,
        pagination: false,
        depth: 0,
        draft: false,
        select: STORY_FIELDS as never,
        ...systemAccess(req),
      })
    : { docs: [] }
  const byId = new Map((docs as Row[]).map((doc) => [String(doc.id), doc]))
  const totalPages = Math.ceil(ids.totalDocs / AUTHOR_STORIES_PAGE_SIZE)
  return {
    docs: ids.ids.map((id) => byId.get(String(id))).filter((doc): doc is Row => Boolean(doc)),
    page,
    totalDocs: ids.totalDocs,
    totalPages,
    hasNextPage: page < totalPages,
  }
}

/** The ids of one page of the author's published stories, and how many there are (SQL databases only). */
const creditedStoryIds = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  authorId: number | string,
  page: number,
): Promise<{ ids: number[]; totalDocs: number } | undefined> => {
  const stories = sqlTableOf(req, settings.slugs.articles)
  const credits = sqlTableOf(req, settings.slugs.articles, '_authors')
  const column = {
    id: stories?.column('id'),
    status: stories?.column('_status'),
    publishedAt: stories?.column('publishedAt'),
    withheld: stories?.column('withholdByline_withheld'),
    parent: credits?.column('_parentID'),
    author: credits?.column('author'),
  }
  if (
    !stories ||
    !credits ||
    Object.values(column).some((name) => !name) ||
    !areNumericIds([authorId])
  ) {
    return undefined
  }
  // The author's stories first (CROSS JOIN keeps that order on SQLite), then only those filtered and sorted.
  const from = `FROM (SELECT DISTINCT ${column.parent} AS story FROM ${credits.table} WHERE ${column.author} = ${Number(authorId)}) credited CROSS JOIN ${stories.table} s WHERE s.${column.id} = credited.story AND s.${column.status} = 'published' AND COALESCE(s.${column.withheld}, false) = false`
  const rows = await stories.run(
    `SELECT s.${column.id} AS id ${from} ORDER BY s.${column.publishedAt} DESC, s.${column.id} DESC LIMIT ${AUTHOR_STORIES_PAGE_SIZE} OFFSET ${(page - 1) * AUTHOR_STORIES_PAGE_SIZE}`,
  )
  const [count] = await stories.run(`SELECT count(*) AS total ${from}`)
  return { ids: rows.map((row) => Number(row.id)), totalDocs: Number(count?.total ?? 0) }
}

/** The author's public profile and page `page` of their stories; null when readers may not see them. */
export const readAuthorPage = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  slug: string,
  page: number,
): Promise<DeliveryAuthorPage | null> => {
  const reader = readerViewOf(req)
  const { docs } = await req.payload.find({
    collection: settings.slugs.authors,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    // Not the admin's `stories` join (staff only): thousands of rows for a busy writer.
    joins: false as never,
    overrideAccess: false,
    req: reader,
  })
  const author = docs[0] as Row | undefined
  if (!author) {
    return null
  }
  const stories = await publishedStoriesOf(req, settings, author.id, page)
  return {
    author: {
      id: author.id,
      name: author.name,
      slug: author.slug,
      kind: author.kind === 'organization' ? 'organization' : 'person',
      jobTitle: author.jobTitle ?? null,
      bio: author.bio ?? null,
      photo: toDeliveryImage(author.photo),
      sameAs: ((author.sameAs ?? []) as Row[]).map((link) => link.url).filter(Boolean),
      url: settings.authorUrl({ slug: author.slug }),
    },
    stories: {
      docs: (stories.docs as Row[]).map((story): DeliveryAuthorStory => {
        const retracted = Boolean(retractionOf(story))
        const roles = ((story.authors ?? []) as Row[])
          .filter((credit) => String(idOf(credit.author)) === String(author.id))
          .map((credit) => credit.role as AuthorRole)
        return {
          id: story.id,
          title: story.title,
          slug: story.slug,
          dek: retracted ? null : (story.dek ?? null),
          publishedAt: story.publishedAt ?? null,
          dateModified: story.dateModified ?? null,
          retracted,
          roles: [...new Set(roles)].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b)),
        }
      }),
      page: stories.page ?? page,
      limit: AUTHOR_STORIES_PAGE_SIZE,
      totalDocs: stories.totalDocs,
      totalPages: stories.totalPages,
      hasNextPage: stories.hasNextPage,
    },
  }
}
