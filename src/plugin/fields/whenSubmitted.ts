import type { CollectionSlug, FieldAccess, Validate, Where } from 'payload'

import { relationship } from 'payload/shared'

import { asCaller } from '../access/callerAccess'
import { describeIds, isDatabaseId } from '../ids'

/**
 * A reader's submission points at something (a published article, an approved comment) checked
 * when it is created. The target may later change state (a parent marked spam, an article
 * unpublished) while staff still moderate the submission, and the link itself never changes:
 * the relationship is validated on create only, and nobody rewrites it afterwards. Refusals say
 * what went wrong in a reader's words: not an id at all (a slug, say), or nothing they may answer.
 */
/** Marks a field's own check of its ids, which says what is wrong in its own words (see requireObjectBody). */
export const CHECKS_ITS_IDS = Symbol.for('newsroom.checksItsIds')

export const validatedOnSubmit = ({
  what,
  notFound,
}: {
  what: string
  notFound: string
}): Validate => Object.assign(validateOnSubmit({ what, notFound }), { [CHECKS_ITS_IDS]: true })

const validateOnSubmit =
  ({ what, notFound }: { what: string; notFound: string }): Validate =>
  async (value, options) => {
    if (options.id !== undefined && options.id !== null) {
      return true
    }
    if (value === undefined || value === null || value === '') {
      return relationship(value, options as never)
    }
    const id =
      value && typeof value === 'object'
        ? ((value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value)
        : value
    if (!isDatabaseId(id, options.req.payload.db)) {
      return `Must be the id of ${what} (${describeIds(options.req.payload.db)}), as in its \`id\`, not a slug or a title.`
    }
    return (await isThereForTheSubmitter(id, options)) ? true : notFound
  }

/**
 * Whether the target exists, matches the field's `filterOptions` (a published article, an approved
 * comment) and is readable by the submitter (the system's own submissions: past access, as Payload
 * checks them): reading its id only. Payload's own check reads the
 * whole document (a story's body and every log's rows) to say yes; a filter given as a function
 * still goes to it.
 */
const isThereForTheSubmitter = async (id: unknown, options: Parameters<Validate>[1]) => {
  const { relationTo, filterOptions, req } = options as unknown as {
    relationTo?: unknown
    filterOptions?: unknown
    req: Parameters<Validate>[1]['req']
  }
  if (typeof relationTo !== 'string' || (filterOptions && typeof filterOptions !== 'object')) {
    return (await relationship(id as never, options as never)) === true
  }
  try {
    const { totalDocs } = await req.payload.count({
      collection: relationTo as CollectionSlug,
      where: {
        and: [{ id: { equals: id } }, ...(filterOptions ? [filterOptions as Where] : [])],
      },
      ...asCaller(req),
    })
    return totalDocs > 0
  } catch {
    // Not readable by the submitter at all: nothing they may point at.
    return false
  }
}

export const neverRewritten: { update: FieldAccess } = { update: () => false }
