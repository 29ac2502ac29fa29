import type { CollectionAfterChangeHook } from 'payload'

import type { NewsroomSettings } from '../types'

import { asCaller } from '../access/callerAccess'
import { idOf } from '../ids'

/**
 * Resolving an error report with "publish a log entry" ticked appends the correction to the
 * article's update log and publishes it, as the editor who resolved it (their access, their
 * transaction), once: `loggedAt` records that it was done.
 */
export const addCorrectionFromReport =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const correction = doc.correction
    if (doc.status !== 'resolved' || !correction?.addToLog || !correction.text?.trim() || correction.loggedAt) return doc
    const articleId = idOf(doc.article)!
    const article = await req.payload.findByID({ collection: settings.slugs.articles, id: articleId, depth: 0, ...asCaller(req) })
    await req.payload.update({
      collection: settings.slugs.articles,
      id: articleId,
      data: {
        updateLog: [...((article as { updateLog?: unknown[] }).updateLog ?? []), { type: correction.type ?? 'correction', text: correction.text.trim() }],
        _status: 'published',
      } as never,
      ...asCaller(req),
    })
    const loggedAt = new Date().toISOString()
    await req.payload.update({
      collection: collection.slug,
      id: doc.id,
      data: { correction: { ...correction, loggedAt } } as never,
      ...asCaller(req),
    })
    return { ...doc, correction: { ...correction, loggedAt } }
  }
