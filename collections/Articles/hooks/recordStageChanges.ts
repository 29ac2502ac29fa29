import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { isSystemRequest } from '../../../src/plugin/access/callerAccess'
import { isEditor, isReporter } from '../../../src/plugin/access/roles'
import { type ArticleStage, REPORTER_STAGES } from '../../../src/plugin/vocabulary'

type HistoryEntry = {
  stage: ArticleStage
  movedBy?: unknown
  movedAt: string
  note?: null | string
}

/**
 * Keeps the workflow stage honest and its history complete: publishing sets `published`; a
 * reporter moves a story only between the stages a reporter may choose; every move is recorded
 * with who made it and when (`stageHistory`, which only the system writes).
 */
export const recordStageChanges: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const previous = (originalDoc?.stage as ArticleStage | undefined) ?? undefined
  let stage = (data.stage as ArticleStage | undefined) ?? previous ?? 'draft'
  // A save that names no status keeps the one the document has (Payload does the same).
  if ((data._status ?? originalDoc?._status) === 'published') {
    stage = 'published'
  }
  // A new draft of a story already out (or an unpublished one) goes back into the workflow; the published version keeps `published`.
  else if (stage === 'published' && data._status === 'draft') {
    stage = 'in-edit'
  }

  const reporterOnly = isReporter(req.user) && !isEditor(req.user) && !isSystemRequest(req)
  if (
    reporterOnly &&
    stage !== previous &&
    !REPORTER_STAGES.includes(stage) &&
    data._status !== 'published'
  ) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'stage',
            message: `A reporter moves a story only to ${REPORTER_STAGES.map((value) => `“${value}”`).join(' or ')}; an editor moves it on.`,
          },
        ],
        req,
      },
      req.t,
    )
  }
  data.stage = stage
  const history = [
    ...(((data.stageHistory ?? originalDoc?.stageHistory) as HistoryEntry[] | undefined) ?? []),
  ]
  const note = req.context?.newsroomStageNote as string | undefined
  delete req.context.newsroomStageNote
  if (stage !== previous || note) {
    history.push({
      stage,
      movedBy: req.user?.id ?? null,
      movedAt: new Date().toISOString(),
      note: note ?? null,
    })
    data.stageHistory = history.map(({ stage, movedBy, movedAt, note }) => ({
      stage,
      movedBy: (movedBy as { id?: unknown } | null)?.id ?? movedBy,
      movedAt,
      note,
    }))
  }
  return data
}
