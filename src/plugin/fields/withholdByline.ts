import type { Field } from 'payload'

import { editorialStaffOnlyField, editorsOnlyField } from '../access'

/**
 * A byline withheld for safety (a story's, or an author's on every story): a checkbox and why,
 * decided by editors, read by staff only. Readers see the newsroom's withheld name instead, at once
 * (src/plugin/bylines/withheldBylines.ts).
 */
export const withholdBylineField = (label: string): Field => ({
  name: 'withholdByline',
  label: 'Byline withheld',
  type: 'group',
  access: { read: editorialStaffOnlyField, create: editorsOnlyField, update: editorsOnlyField },
  admin: { position: 'sidebar' },
  fields: [
    { name: 'withheld', label, type: 'checkbox', defaultValue: false },
    {
      name: 'reason',
      type: 'textarea',
      maxLength: 2000,
      admin: { condition: (_, sibling) => Boolean(sibling?.withheld) },
    },
  ],
})
