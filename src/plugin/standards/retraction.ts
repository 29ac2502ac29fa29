import type { FieldAccess } from 'payload'

import { isEditorialStaff } from '../access/roles'

type LogEntry = { id?: string | null; type?: string | null; text?: string | null; date?: string | null }

/**
 * The story's retraction, if one has been published: the first `retraction` entry of its log that
 * carries a date (an entry is dated when the story is published with it).
 */
export const retractionOf = (doc: { updateLog?: LogEntry[] | null } | null | undefined): (LogEntry & { date: string }) | undefined =>
  (doc?.updateLog ?? []).find((entry): entry is LogEntry & { date: string } => entry?.type === 'retraction' && Boolean(entry.date))

/**
 * A retracted story keeps its URL, headline and dates, with the retraction notice, but not its
 * text: readers (REST, GraphQL, the delivery document, feeds, ninjs) no longer get the body or dek.
 */
export const hiddenOnceRetracted: FieldAccess = ({ req, doc }) => isEditorialStaff(req.user) || !retractionOf(doc)
