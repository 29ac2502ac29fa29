/**
 * An author's public page: their profile as readers may see it, and their published stories newest
 * first. The stories are read as the system (a story's credits are staff-only, so a withheld byline
 * never shows which stories it hides) and only what readers get of each is kept.
 */
import type { PayloadRequest } from 'payload'

import type { DeliveryAuthorPage, DeliveryAuthorStory } from '../delivery/types'
import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { readerViewOf } from '../delivery/articleReads'
import { toDeliveryImage } from '../delivery/shapes'
import { idOf } from '../ids'
import { retractionOf } from '../standards/retraction'
import { AUTHOR_ROLES, type AuthorRole } from '../vocabulary'

type Row = Record<string, any>

/** Stories on one page of an author's list. */
export const AUTHOR_STORIES_PAGE_SIZE = 20

const ROLE_ORDER = AUTHOR_ROLES.map(({ value }) => value)

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
    overrideAccess: false,
    req: reader,
  })
  const author = docs[0] as Row | undefined
  if (!author) {
    return null
  }
  const stories = await req.payload.find({
    collection: settings.slugs.articles,
    where: {
      and: [
        { 'authors.author': { equals: author.id } },
        { _status: { equals: 'published' } },
        { 'withholdByline.withheld': { not_equals: true } },
      ],
    },
    sort: ['-publishedAt', '-id'],
    page,
    limit: AUTHOR_STORIES_PAGE_SIZE,
    depth: 0,
    draft: false,
    select: {
      title: true,
      slug: true,
      dek: true,
      publishedAt: true,
      dateModified: true,
      authors: true,
      updateLog: true,
    } as never,
    ...systemAccess(req),
  })
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
