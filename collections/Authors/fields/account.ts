import type { Field } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { editorialStaffOnlyField, editorsOnlyField } from '../../../src/plugin/access'
import { mustExist } from '../../../src/plugin/fields/mustExist'

/**
 * The newsroom's own facts about an author, never public: the staff account it belongs to (a guest
 * contributor has none; whoever holds it edits the profile), an email to reach them, and whether
 * editors still offer them in the story's author picker.
 */
export const accountFields = (settings: NewsroomSettings): Field[] => [
  {
    name: 'user',
    label: 'Staff account',
    type: 'relationship',
    relationTo: settings.slugs.users,
    unique: true,
    filterOptions: mustExist,
    access: { read: editorialStaffOnlyField, create: editorsOnlyField, update: editorsOnlyField },
    admin: {
      position: 'sidebar',
      description:
        'Empty for a guest contributor. Whoever holds this account may edit the profile.',
    },
  },
  {
    name: 'email',
    type: 'email',
    access: { read: editorialStaffOnlyField },
    admin: { position: 'sidebar', description: 'Staff only: never shown to readers.' },
  },
  {
    name: 'active',
    type: 'checkbox',
    defaultValue: true,
    access: { read: editorialStaffOnlyField },
    admin: {
      position: 'sidebar',
      description:
        'Offered in the story’s author picker. Stories already credited keep the credit.',
    },
  },
]
