import type { FieldAccess, PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../options'

import { isEditorialStaff } from '../access/roles'
import { systemAccess } from '../access/systemAccess'
import { behaviourOnly } from '../disabled'

type LogEntry = {
  id?: null | string
  type?: null | string
  text?: null | string
  date?: null | string
}

/**
 * The story's retraction, if one has been published: the first `retraction` entry of its log that
 * carries a date (an entry is dated when the story is published with it).
 */
export const retractionOf = (
  doc: { updateLog?: LogEntry[] | null } | null | undefined,
): ({ date: string } & LogEntry) | undefined =>
  (doc?.updateLog ?? []).find(
    (entry): entry is { date: string } & LogEntry =>
      entry?.type === 'retraction' && Boolean(entry.date),
  )

/**
 * Whether a published story is retracted, when the document at hand was read without its log (a
 * `select`, a `populate`): its published log is read once per request and story.
 */
const isRetracted = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  id: unknown,
): Promise<boolean> => {
  if (typeof id !== 'number' && typeof id !== 'string') {
    return false
  }
  const known = (req.context.retractedStories ??= new Map<unknown, Promise<boolean>>()) as Map<
    unknown,
    Promise<boolean>
  >
  if (!known.has(id)) {
    known.set(
      id,
      req.payload
        .findByID({
          collection: settings.slugs.articles,
          id,
          depth: 0,
          disableErrors: true,
          select: { updateLog: true } as never,
          ...systemAccess(req),
        })
        .then((story) => Boolean(retractionOf(story as { updateLog?: LogEntry[] } | null))),
    )
  }
  return known.get(id)!
}

/**
 * A retracted story keeps its URL, headline and dates, with the retraction notice, but not its
 * text: readers (REST, GraphQL, the delivery document, feeds, ninjs) no longer get the body, dek or
 * search description, however they ask (`select` and `populate` leave the log out of the document).
 */
export const hiddenOnceRetracted = (settings: NewsroomSettings): FieldAccess =>
  // A rule that reads the database: a disabled plugin (withoutBehaviour) leaves it out.
  behaviourOnly<FieldAccess>(async ({ req, doc }) => {
    if (isEditorialStaff(req.user)) {
      return true
    }
    if (doc && 'updateLog' in doc) {
      return !retractionOf(doc)
    }
    return !(await isRetracted(req, settings, doc?.id))
  })
