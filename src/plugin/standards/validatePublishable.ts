import type { PayloadRequest, Validate } from 'payload'

import { text } from 'payload/shared'

import type { QuoteDoc as Quote } from '../documents'
import type { NewsroomSettings } from '../options'

import { asCaller } from '../access/callerAccess'
import { idOf } from '../ids'
import { quoteRefsIn } from '../richText/lexical'
import { publishProblems } from './publishProblems'

/**
 * The publish gate, as the body's validation. Payload validates only when a document is published
 * (drafts and autosaves skip validation), so drafts may stay incomplete; and it runs for REST,
 * GraphQL, the Local API and the admin alike, its message shown on the field with every other
 * field's errors. Each problem is one line of the message.
 */
export const validatePublishable =
  (settings: NewsroomSettings): Validate =>
  async (body, { req }) => {
    const ids = [...new Set(quoteRefsIn(body).map(idOf).filter((id) => id !== undefined))]
    const quotes = new Map<number | string, Quote>()
    if (ids.length) {
      const found = await req.payload.find({
        collection: settings.slugs.quotes,
        where: { id: { in: ids } },
        depth: 1,
        limit: ids.length,
        pagination: false,
        ...asCaller(req as PayloadRequest),
      })
      for (const quote of found.docs as Quote[]) quotes.set(quote.id, quote)
    }
    const problems = publishProblems({ body, quotes })
    return problems.length ? problems.map((problem) => problem.message).join('\n') : true
  }

/** The slug half of the gate: a clash is named before the database's unique index refuses it. */
export const validateSlugIsFree =
  (settings: NewsroomSettings): Validate =>
  async (slug, options) => {
    const { id, req } = options
    const basic = await text(slug, options as never)
    if (basic !== true) return basic
    if (typeof slug !== 'string' || !slug) return true
    const clash = await req.payload.find({
      collection: settings.slugs.articles,
      where: { and: [{ slug: { equals: slug } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
      depth: 0,
      limit: 1,
      draft: true,
      select: { title: true },
      ...asCaller(req as PayloadRequest),
    })
    const other = clash.docs[0] as { title?: string } | undefined
    return other ? `The slug “${slug}” is already used by “${other.title ?? 'another article'}”; choose another.` : true
  }
