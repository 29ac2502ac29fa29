import type { ArrayField, Field } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { editorialStaffOnlyField } from '../../../src/plugin/access'
import { activeAuthorsOr } from '../../../src/plugin/fields/activeAuthors'
import { withholdBylineField } from '../../../src/plugin/fields/withholdByline'
import { AUTHOR_ROLES } from '../../../src/plugin/vocabulary'

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
      filterOptions: activeAuthorsOr((row) => row.author),
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
