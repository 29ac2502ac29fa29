import type { FieldAccess, Validate } from 'payload'

import { relationship } from 'payload/shared'

/**
 * A reader's submission points at something (a published article, an approved comment) checked
 * when it is created. The target may later change state (a parent marked spam, an article
 * unpublished) while staff still moderate the submission, and the link itself never changes:
 * the relationship is validated on create only, and nobody rewrites it afterwards.
 */
export const validatedOnSubmit: Validate = (value, options) => (options.id !== undefined && options.id !== null ? true : relationship(value, options as never))

export const neverRewritten: { update: FieldAccess } = { update: () => false }
