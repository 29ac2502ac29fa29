import type { FieldAccess, Validate } from 'payload'

import { relationship } from 'payload/shared'

import { describeIds, isDatabaseId } from '../ids'

/**
 * A reader's submission points at something (a published article, an approved comment) checked
 * when it is created. The target may later change state (a parent marked spam, an article
 * unpublished) while staff still moderate the submission, and the link itself never changes:
 * the relationship is validated on create only, and nobody rewrites it afterwards. Refusals say
 * what went wrong in a reader's words: not an id at all (a slug, say), or nothing they may answer.
 */
export const validatedOnSubmit =
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
    return (await relationship(value, options as never)) === true ? true : notFound
  }

export const neverRewritten: { update: FieldAccess } = { update: () => false }
