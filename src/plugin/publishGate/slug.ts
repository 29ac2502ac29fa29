import type { PayloadRequest, Validate } from 'payload'

import { text } from 'payload/shared'

import type { NewsroomSettings } from '../options'

import { asCaller } from '../access/callerAccess'

/** The slug half of the gate: a clash is named before the database's unique index refuses it. */
export const validateSlugIsFree =
  (settings: NewsroomSettings): Validate =>
  async (slug, options) => {
    const { id, req } = options
    const basic = await text(slug, options as never)
    if (basic !== true) {
      return basic
    }
    if (typeof slug !== 'string' || !slug) {
      return true
    }
    const clash = await req.payload.find({
      collection: settings.slugs.articles,
      where: { and: [{ slug: { equals: slug } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
      depth: 0,
      limit: 1,
      draft: true,
      select: { title: true },
      ...asCaller(req),
    })
    const other = clash.docs[0] as { title?: string } | undefined
    return other
      ? `The slug “${slug}” is already used by “${other.title ?? 'another article'}”; choose another.`
      : true
  }
