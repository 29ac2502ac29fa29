import type { Endpoint, PayloadRequest } from 'payload'

import { isDeepStrictEqual } from 'node:util'
import { ValidationError } from 'payload'

import type { NewsroomSettings } from '../options'

import { isEditor } from '../access/roles'
import { latestVersionOf } from '../endpoints/legalSignOff'
import { notFound, readJson, refuseUnless } from '../endpoints/requestHelpers'
import { isDatabaseId } from '../ids'
import { LOG_ENTRY_TYPES } from '../vocabulary'

type Row = Record<string, any>

/** The log entries a republish for a changed quote, source or picture may bring (a retraction is an article's own act). */
export const REPUBLISH_LOG_TYPES = LOG_ENTRY_TYPES.map((type) => type.value).filter(
  (type) => type !== 'retraction',
)
/** As the article's `updateLog.text` field allows. */
const LOG_TEXT_MAX = 2000

/**
 * What a draft may differ from the published story in and still be "the published story": legal's
 * sign-off and the workflow stage it moves (a sign-off is saved on a draft), and what Payload keeps
 * per version. Anything else is the story's own unpublished work.
 */
const NOT_THE_STORY = new Set([
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'legalSignOff',
  'stage',
  'stageHistory',
  'editorialNotes',
  'commentCount',
  'materialUpdate',
])

/** Has the latest draft changes of its own that a republish would put in front of readers? */
export const hasUnpublishedChanges = (latest: Row, published: Row): boolean => {
  const story = (doc: Row) =>
    JSON.parse(
      JSON.stringify(
        Object.fromEntries(Object.entries(doc).filter(([key]) => !NOT_THE_STORY.has(key))),
      ),
    )
  return !isDeepStrictEqual(story(latest), story(published))
}

const refuse = (
  req: PayloadRequest,
  settings: NewsroomSettings,
  path: string,
  message: string,
): never => {
  throw new ValidationError(
    { collection: settings.slugs.articles, errors: [{ path, message }], req },
    req.t,
  )
}

/** The request's `logEntry`: a type of the log's and its text, else a 400 naming the field. */
const logEntryOf = (
  req: PayloadRequest,
  settings: NewsroomSettings,
  body: Record<string, unknown>,
) => {
  const entry = body.logEntry
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    return refuse(
      req,
      settings,
      'logEntry.text',
      'A republish changes what readers read: say what changed in a log entry ({ "type", "text" }).',
    )
  }
  const { type, text } = entry as Record<string, unknown>
  if (typeof type !== 'string' || !(REPUBLISH_LOG_TYPES as string[]).includes(type)) {
    refuse(req, settings, 'logEntry.type', `Must be one of: ${REPUBLISH_LOG_TYPES.join(', ')}.`)
  }
  if (typeof text !== 'string' || !text.trim()) {
    refuse(req, settings, 'logEntry.text', 'Required: tell readers what changed.')
  }
  if ((text as string).length > LOG_TEXT_MAX) {
    refuse(req, settings, 'logEntry.text', `Longer than ${LOG_TEXT_MAX} characters.`)
  }
  return { type: type as string, text: (text as string).trim() }
}

const NO_STORY = 'No published story has this id.'

/**
 * `POST /api/articles/:id/republish` (editors, admins), body `{ "logEntry": { "type", "text" } }`:
 * publishes the story again so readers get the quotes, sources and pictures it cites as they are
 * now, with the log entry the change calls for (which moves `dateModified`). It is an ordinary
 * publish, made as the editor: the publish gate and legal's sign-off decide as for any other (their
 * refusal is the answer). Refused (409) when the latest draft holds unpublished changes of the
 * story's own, which this would publish unseen: those are published from the story itself.
 */
export const republish = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/republish',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(
      req,
      isEditor,
      'Only an editor (or an admin) can republish a story.',
    )
    if (refused) {
      return refused
    }
    const id = req.routeParams?.id as string | undefined
    if (!isDatabaseId(id, req.payload.db)) {
      return notFound(NO_STORY)
    }
    const logEntry = logEntryOf(req, settings, await readJson(req))
    const collection = settings.slugs.articles
    const published = (await req.payload.findByID({
      collection,
      id: id!,
      depth: 0,
      draft: false,
      overrideAccess: false,
      req,
      disableErrors: true,
    })) as null | Row
    if (published?._status !== 'published') {
      return notFound(NO_STORY)
    }
    const latest = (await latestVersionOf(req, settings, id)) ?? published
    if (hasUnpublishedChanges(latest, published)) {
      return Response.json(
        {
          errors: [
            {
              message:
                'This story has unpublished changes of its own: open it and publish from there.',
            },
          ],
        },
        { status: 409 },
      )
    }
    await req.payload.update({
      collection,
      id: id!,
      data: {
        _status: 'published',
        updateLog: [...((latest.updateLog as Row[] | undefined) ?? []), logEntry],
      } as never,
      depth: 0,
      overrideAccess: false,
      req,
    })
    const { docs } = await req.payload.find({
      collection: settings.slugs.editions,
      where: { and: [{ article: { equals: id } }, { current: { equals: true } }] },
      limit: 1,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      req,
    })
    const edition = (docs[0] as { number?: number } | undefined)?.number ?? null
    return Response.json(
      {
        message: edition ? `Republished: readers now get edition ${edition}.` : 'Republished.',
        edition,
      },
      { status: 200 },
    )
  },
})
