import type { ArrayField, Field, FilterOptions, Where } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { editorialStaffOnlyField } from '../../../src/plugin/access'
import { withholdBylineField } from '../../../src/plugin/fields/withholdByline'
import { AUTHOR_ROLES } from '../../../src/plugin/vocabulary'

/** The picker offers active authors; a credit already given to one made inactive since stays valid. */
const activeAuthors: FilterOptions = ({ siblingData }) => {
  const chosen = (siblingData as { author?: unknown } | undefined)?.author
  const id = chosen && typeof chosen === 'object' ? (chosen as { id?: unknown }).id : chosen
  const active: Where = { active: { not_equals: false } }
  return id != null ? { or: [active, { id: { equals: id } }] } : active
}

/**
 * Who is credited on the story and for what, in byline order: the source of truth for the printed
 * byline, the author pages and structured data. Staff only as a raw field (a withheld byline still
 * credits its author here); readers get the credits from the story document, as published.
 */
export const authorsField = (settings: NewsroomSettings): ArrayField => ({
  name: 'authors',
  label: 'Authors',
  type: 'array',
  maxRows: 20,
  labels: { singular: 'Author', plural: 'Authors' },
  access: { read: editorialStaffOnlyField },
  admin: {
    position: 'sidebar',
    description: 'In byline order. “+ Add new” in the picker creates a guest contributor.',
  },
  fields: [
    {
      name: 'author',
      type: 'relationship',
      relationTo: settings.slugs.authors,
      required: true,
      filterOptions: activeAuthors,
    },
    {
      name: 'role',
      type: 'select',
      options: [...AUTHOR_ROLES],
      defaultValue: 'written-by',
      required: true,
    },
  ],
})

/**
 * The story's byline withheld for safety (every author's, on this story): readers see the newsroom's
 * withheld name everywhere at once, including the edition already published; lifting it shows the
 * names from the next publish. Editors decide.
 */
export const storyBylineWithheldField = (): Field =>
  withholdBylineField('Withhold this story’s byline for the authors’ safety')
