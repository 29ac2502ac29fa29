import type { Field, FieldAccess, FieldHook, TextField, Validate } from 'payload'

import { slugField } from 'payload'
import slugify from 'slugify'

import { isEditorialStaff } from '../access/roles'

/** URL-safe, transliterated, lower case: "Officer’s clip: what we know…" → "officers-clip-what-we-know". */
export const toSlug = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim()
    ? slugify(value.replace(/[’'‘]/g, ''), { lower: true, strict: true, trim: true }) || undefined
    : undefined

/**
 * Payload's slug field fills the slug in a beforeChange hook that runs alongside the slug's own
 * `required` check, so an API client that sends only a title would be refused. Filling an empty
 * slug before validation lets REST and Local API callers rely on the title, as the admin does.
 */
const slugFromTitleWhenEmpty =
  (useAsSlug: string): FieldHook =>
  ({ data, value }) =>
    (typeof value === 'string' && value.trim() ? toSlug(value) : toSlug(data?.[useAsSlug])) ?? value

/** Payload's own slug field (generated from the title until an editor locks it), with a better slugify. */
export const articleSlugField = ({
  useAsSlug = 'title',
  validate,
  readAccess,
  withoutBehaviour = false,
  overrides = {},
  description = 'The story’s address: /articles/slug/<this>. Changing it after publication breaks links.',
}: {
  useAsSlug?: string
  validate?: Validate
  /** Who may read the "generate from title" switch (bookkeeping of the admin's). */
  readAccess?: FieldAccess
  /** The same fields without hooks (the plugin's `disabled`: same schema, no behaviour). */
  withoutBehaviour?: boolean
  /** Merged into the slug's text field last, e.g. `{ maxLength: 120 }`. */
  overrides?: Partial<TextField>
  /** What the admin says under the slug. */
  description?: string
} = {}): Field => {
  const field = slugFieldWithBehaviour(useAsSlug, validate, readAccess, overrides, description)
  return withoutBehaviour && field.type === 'row'
    ? { ...field, fields: field.fields.map((inner) => ({ ...inner, hooks: {} }) as Field) }
    : field
}

const slugFieldWithBehaviour = (
  useAsSlug: string,
  validate: undefined | Validate,
  readAccess: FieldAccess | undefined,
  overrides: Partial<TextField>,
  description: string,
): Field =>
  slugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) => toSlug(valueToSlugify),
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field) =>
        field.type === 'checkbox' && readAccess
          ? { ...field, access: { ...field.access, read: readAccess } }
          : field.type === 'text' && field.name === 'slug'
            ? ({
                ...field,
                maxLength: 200,
                ...(validate ? { validate } : {}),
                admin: {
                  ...field.admin,
                  description,
                },
                hooks: {
                  ...field.hooks,
                  beforeValidate: [
                    ...(field.hooks?.beforeValidate ?? []),
                    slugFromTitleWhenEmpty(useAsSlug),
                  ],
                },
                ...overrides,
              } as TextField)
            : field,
      ),
    }),
  })

/** An author's address (their page: /authors/<slug>), made from the name until an editor locks it; one author per slug. */
export const authorSlugField = (): Field =>
  articleSlugField({
    useAsSlug: 'name',
    readAccess: ({ req }) => isEditorialStaff(req.user),
    overrides: { unique: true, index: true },
    description: 'The author’s address: /authors/<this>. Changing it breaks links to their page.',
  })
