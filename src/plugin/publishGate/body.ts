import type { PayloadRequest, Validate } from 'payload'

import { richText } from 'payload/shared'

import type { QuoteDoc as Quote } from '../documents'
import type { NewsroomSettings } from '../options'

import { asCaller } from '../access/callerAccess'
import { idOf } from '../ids'
import { hasWords, pictureRefsIn, quoteRefsIn } from '../richText/lexical'
import { publishProblems } from './publishProblems'

/**
 * The publish gate, as the body's validation. Payload validates only when a document is published
 * (drafts and autosaves skip validation), so drafts may stay incomplete; and it runs for REST,
 * GraphQL, the Local API and the admin alike, its message shown on the field with every other
 * field's errors. Each problem is one line of the message, after any of Lexical's own node checks.
 */
export const validatePublishable =
  (settings: NewsroomSettings, { optional = false }: { optional?: boolean } = {}): Validate =>
  async (body, options) => {
    const { req } = options
    // A live update may be its line alone: an empty text is not refused, a written one is checked.
    if (optional && !hasWords(body)) {
      return true
    }
    // Lexical's own checks first: each node's shape, pictures from media only, the quote block's fields.
    const editorsCheck = await richText(body, options as never)
    if (editorsCheck !== true) {
      return typeof editorsCheck === 'string'
        ? editorsCheck.replace(
            /^upload node failed to validate: /,
            'A picture in the body is refused: ',
          )
        : editorsCheck
    }
    const problems = publishProblems({
      body,
      quotes: await citedQuotes(req, settings, body),
      pictures: await shownPictures(req, settings, body),
    })
    return problems.length ? problems.map((problem) => problem.message).join('\n') : true
  }

/**
 * The quotes a body cites, by id, speaker and `via` populated, read with the caller's access; once
 * per request and body (the body's gate and the legal sign-off's both ask).
 */
export const citedQuotes = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  body: unknown,
): Promise<Map<number | string, Quote>> => {
  const ids = [
    ...new Set(
      quoteRefsIn(body)
        .map(idOf)
        .filter((id) => id !== undefined),
    ),
  ]
  const key = `newsroom.citedQuotes.${ids.join(',')}`
  const cached = req.context[key] as Promise<Map<number | string, Quote>> | undefined
  if (cached) {
    return cached
  }
  const lookup = (async () => {
    const quotes = new Map<number | string, Quote>()
    if (!ids.length) {
      return quotes
    }
    const found = await req.payload.find({
      collection: settings.slugs.quotes,
      where: { id: { in: ids } },
      depth: 1,
      limit: ids.length,
      pagination: false,
      ...asCaller(req),
    })
    for (const quote of found.docs as Quote[]) {
      quotes.set(quote.id, quote)
    }
    return quotes
  })()
  req.context[key] = lookup
  return lookup
}

/** Which of the body's pictures exist (ids as strings), read with the caller's access. */
const shownPictures = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  body: unknown,
): Promise<Set<string>> => {
  const ids = [
    ...new Set(
      pictureRefsIn(body)
        .map(idOf)
        .filter((id) => id !== undefined && id !== null),
    ),
  ]
  if (!ids.length) {
    return new Set()
  }
  const found = await req.payload.find({
    collection: settings.slugs.media,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: {},
    ...asCaller(req),
  })
  return new Set(found.docs.map((doc) => String(doc.id)))
}
