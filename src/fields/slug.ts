import type { Field } from 'payload'

import { slugField } from 'payload'
import slugify from 'slugify'

/** URL-safe, transliterated (é → e, ’ dropped), lower case: "Still rolling…" → "still-rolling". */
export const toSlug = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim()
    ? slugify(value, { lower: true, strict: true, trim: true })
    : undefined

/** Payload's own slug field (generated from the title until an editor locks it), with a better slugify. */
export const articleSlugField = (): Field =>
  slugField({
    useAsSlug: 'title',
    slugify: ({ valueToSlugify }) => toSlug(valueToSlugify),
  })
