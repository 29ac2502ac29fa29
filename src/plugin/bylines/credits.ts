/**
 * Who is credited on stories as published: read as the system, because a withheld author is not
 * readable by readers, yet the story must print the newsroom's withheld name in their place (and know
 * there was a credit at all). Only the public profile's fields are read.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { createLocalReq } from 'payload'

import type { NewsroomSettings } from '../options'
import type { AuthorRole } from '../vocabulary'
import type { Credit } from './printedByline'

import { systemAccess } from '../access/systemAccess'
import { idOf } from '../ids'

type Id = number | string
type Row = Record<string, any>

/**
 * One story's credits, whether its own byline is withheld, the editors' hand-set line, and who is
 * credited on each of its updates (by log entry id; an update nobody is credited on is absent).
 */
export type StoryCredits = {
  credits: Credit[]
  storyWithheld: boolean
  handSet: null | string
  updateCredits: Map<string, Credit[]>
}

/** What a credit needs of its author: the public profile a story shows, and whether it is withheld. */
export const CREDITED_AUTHOR_FIELDS = {
  name: true,
  slug: true,
  kind: true,
  jobTitle: true,
  sameAs: true,
  withholdByline: true,
} as const

const NO_CREDITS: StoryCredits = {
  credits: [],
  storyWithheld: false,
  handSet: null,
  updateCredits: new Map(),
}

/** Stories crediting this author: on the story, or on one of its updates. */
export const creditingAuthor = (author: Id): Where => ({
  or: [{ 'authors.author': { equals: author } }, { 'updateLog.authors': { equals: author } }],
})

/** The authors credited on the updates of a story row (published or not). */
export const updateCreditsIn = (story: null | Row | undefined): unknown[] =>
  ((story?.updateLog ?? []) as Row[]).flatMap((entry) =>
    Array.isArray(entry?.authors) ? entry.authors : [],
  )

const idsOf = (values: unknown[]): Id[] => [
  ...new Set(values.map(idOf).filter((id): id is Id => id !== undefined && id !== null)),
]

/**
 * The credits of these stories' published versions (inside `req`'s transaction when given), by
 * story id: two queries for any number of stories (the stories' credits, then their authors).
 */
export const creditsOfStories = async (
  payload: Payload,
  settings: NewsroomSettings,
  storyIds: Id[],
  req?: PayloadRequest,
): Promise<Map<string, StoryCredits>> => {
  const found = new Map<string, StoryCredits>()
  if (!storyIds.length) {
    return found
  }
  const system = req ?? (await createLocalReq({}, payload))
  const { docs: stories } = await payload.find({
    collection: settings.slugs.articles,
    where: { id: { in: storyIds } },
    pagination: false,
    limit: 0,
    depth: 0,
    draft: false,
    select: {
      authors: true,
      withholdByline: true,
      byline: true,
      updateLog: { id: true, authors: true },
    } as never,
    ...systemAccess(system),
  })
  const authorIds = idsOf(
    stories.flatMap((story) => [
      ...((story as Row).authors ?? []).map((credit: Row) => credit.author),
      ...updateCreditsIn(story as Row),
    ]),
  )
  const { docs: authors } = authorIds.length
    ? await payload.find({
        collection: settings.slugs.authors,
        where: { id: { in: authorIds } },
        pagination: false,
        limit: 0,
        depth: 0,
        select: CREDITED_AUTHOR_FIELDS as never,
        ...systemAccess(system),
      })
    : { docs: [] }
  const authorById = new Map((authors as Row[]).map((author) => [String(author.id), author]))
  const creditOf = (authorRef: unknown, role: AuthorRole): Credit | null => {
    const author = authorById.get(String(idOf(authorRef)))
    // A credit whose author was deleted since is no credit.
    return author
      ? {
          role,
          author: {
            id: author.id,
            name: author.name,
            slug: author.slug,
            kind: author.kind,
            jobTitle: author.jobTitle,
            sameAs: author.sameAs,
            withheld: author.withholdByline?.withheld === true,
          },
        }
      : null
  }
  const isCredit = (credit: Credit | null): credit is Credit => credit !== null
  for (const story of stories as Row[]) {
    const updateCredits = new Map<string, Credit[]>()
    for (const entry of (story.updateLog ?? []) as Row[]) {
      const credits = (Array.isArray(entry.authors) ? entry.authors : [])
        .map((author: unknown) => creditOf(author, 'written-by'))
        .filter(isCredit)
      if (credits.length) {
        updateCredits.set(String(entry.id), credits)
      }
    }
    found.set(String(story.id), {
      credits: ((story.authors ?? []) as Row[])
        .map((credit) => creditOf(credit.author, credit.role ?? 'written-by'))
        .filter(isCredit),
      storyWithheld: story.withholdByline?.withheld === true,
      handSet: typeof story.byline === 'string' ? story.byline : null,
      updateCredits,
    })
  }
  return found
}

export const creditsOf = (found: Map<string, StoryCredits>, storyId: Id): StoryCredits =>
  found.get(String(storyId)) ?? NO_CREDITS
