import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { LogRevisionAction } from '../../../src/plugin/vocabulary'

import { isSystemRequest } from '../../../src/plugin/access/callerAccess'
import { isAdmin } from '../../../src/plugin/access/roles'
import { isPublishing } from '../../../src/plugin/publishGate'

type LogEntry = { id?: null | string; type: string; text: string; date?: null | string }
type LogRevision = {
  entryId: string
  action: LogRevisionAction
  previousType: string
  previousText: string
  changedAt: string
  changedBy?: null | number | string
}

const sameEntry = (a: LogEntry, b: LogEntry) =>
  a.type === b.type && a.text === b.text && a.date === b.date

/**
 * Keeps the update log append-only: an entry published with the article (it has a date) may be
 * changed or removed only by an admin (or the system), and each such change is recorded in
 * `logRevisions`. New entries are dated when the article is published with them, never by the client.
 */
export const guardUpdateLog: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const previous: LogEntry[] = originalDoc?.updateLog ?? []
  const incoming: LogEntry[] = data.updateLog ?? previous
  const published = previous.filter((entry) => entry.date)
  const now = new Date().toISOString()
  const mayRevise = isAdmin(req.user) || isSystemRequest(req)

  const revisions: LogRevision[] = []
  const refused: { path: string; message: string }[] = []
  for (const entry of published) {
    const next = incoming.find((candidate) => candidate.id === entry.id)
    if (next && sameEntry(entry, next)) {
      continue
    }
    if (!mayRevise) {
      refused.push({
        path: 'updateLog',
        message: `The ${entry.type} published on ${entry.date!.slice(0, 10)} (“${entry.text.slice(0, 40)}…”) cannot be ${next ? 'changed' : 'removed'}: published entries are permanent. Add a new entry, or ask an admin.`,
      })
      continue
    }
    revisions.push({
      entryId: String(entry.id),
      action: next ? 'edited' : 'removed',
      previousType: entry.type,
      previousText: entry.text,
      changedAt: now,
      changedBy: req.user?.id ?? null,
    })
  }
  if (refused.length) {
    throw new ValidationError({ collection: collection.slug, errors: refused, req }, req.t)
  }

  const publishing = isPublishing(data, originalDoc)
  const publishedIds = new Set(published.map((entry) => entry.id))
  const updateLog = incoming.map((entry) => {
    // A published entry keeps its date (an admin's edit included); a new one gets it on publication.
    const original = published.find((candidate) => candidate.id === entry.id)
    if (original) {
      return { ...entry, date: original.date }
    }
    return { ...entry, date: publishing ? now : null }
  })
  const newlyPublished = updateLog.filter(
    (entry) => entry.date === now && !publishedIds.has(entry.id),
  )

  return {
    ...data,
    updateLog,
    logRevisions: [...(originalDoc?.logRevisions ?? []), ...revisions],
    // Read by setDateModified: a new public entry is a material change.
    ...(newlyPublished.length ? { materialUpdate: true } : {}),
  }
}
