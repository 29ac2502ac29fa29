/**
 * Who is credited on stories as published: read as the system, because a withheld author is not
 * readable by readers, yet the story must print the newsroom's withheld name in their place (and know
 * there was a credit at all). Only the public profile's fields are read.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { NewsroomSettings } from '../options'
import type { Credit } from './printedByline'

import { systemAccess } from '../access/systemAccess'
import { idOf } from '../ids'

type Id = number | string
type Row = Record<string, any>

/** One story's credits, whether its own byline is withheld, and the editors' hand-set line. */
export type StoryCredits = { credits: Credit[]; storyWithheld: boolean; handSet: null | string }

/** What a credit needs of its author: the public profile a story shows, and whether it is withheld. */
export const CREDITED_AUTHOR_FIELDS = {
  name: true,
  slug: true,
  kind: true,
  jobTitle: true,
  sameAs: true,
  withholdByline: true,
} as const

const NO_CREDITS: StoryCredits = { credits: [], storyWithheld: false, handSet: null }

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
    select: { authors: true, withholdByline: true, byline: true } as never,
    ...systemAccess(system),
  })
  const authorIds = idsOf(
    stories.flatMap((story) => ((story as Row).authors ?? []).map((credit: Row) => credit.author)),
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
  for (const story of stories as Row[]) {
    const credits: Credit[] = []
    for (const credit of story.authors ?? []) {
      const author = authorById.get(String(idOf(credit.author)))
      // A credit whose author was deleted since is no credit.
      if (author) {
        credits.push({
          role: credit.role ?? 'written-by',
          author: {
            id: author.id,
            name: author.name,
            slug: author.slug,
            kind: author.kind,
            jobTitle: author.jobTitle,
            sameAs: author.sameAs,
            withheld: author.withholdByline?.withheld === true,
          },
        })
      }
    }
    found.set(String(story.id), {
      credits,
      storyWithheld: story.withholdByline?.withheld === true,
      handSet: typeof story.byline === 'string' ? story.byline : null,
    })
  }
  return found
}

export const creditsOf = (found: Map<string, StoryCredits>, storyId: Id): StoryCredits =>
  found.get(String(storyId)) ?? NO_CREDITS
