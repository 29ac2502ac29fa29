import type { ArrayField, CheckboxField, DateField, Field } from 'payload'

import type { NewsroomSettings } from '../options'

import { editorialStaffOnlyField } from '../access'
import { ADMIN_COMPONENTS } from '../admin/componentPaths'
import { LOG_ENTRY_TYPES, LOG_REVISION_ACTIONS } from '../vocabulary'

/**
 * The public, append-only log of updates, corrections and clarifications. An entry is dated when
 * the article is first published with it; from then on only an admin may change or remove it, and
 * each such change is itself recorded in `logRevisions`.
 */
export const updateLogField: ArrayField = {
  name: 'updateLog',
  label: 'Updates and corrections',
  type: 'array',
  labels: { singular: 'Entry', plural: 'Entries' },
  admin: {
    description:
      'Public notes, newest last. Add an entry for every material update and every correction. Once published an entry can only be changed by an admin, and that change is shown too.',
    initCollapsed: false,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'update',
          options: [...LOG_ENTRY_TYPES],
          admin: { width: '30%', components: { Field: ADMIN_COMPONENTS.publishedLogEntryType } },
        },
        {
          name: 'date',
          type: 'date',
          admin: {
            width: '70%',
            readOnly: true,
            date: { pickerAppearance: 'dayAndTime' },
            description: 'Set when the article is published with this entry.',
          },
        },
      ],
    },
    // Read-only once published, except for admins (the server refuses the change anyway).
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      admin: { components: { Field: ADMIN_COMPONENTS.publishedLogEntryText } },
    },
  ],
}

/** What an admin changed in a published log entry: public, like the log itself. */
export const logRevisionsField = (settings: NewsroomSettings): ArrayField => ({
  name: 'logRevisions',
  label: 'Changes to published entries',
  type: 'array',
  admin: {
    readOnly: true,
    description: 'Recorded automatically when an admin edits or removes a published entry.',
    condition: (data) => Boolean(data?.logRevisions?.length),
  },
  fields: [
    { name: 'entryId', type: 'text' },
    { name: 'action', type: 'select', options: [...LOG_REVISION_ACTIONS] },
    { name: 'previousType', type: 'text' },
    { name: 'previousText', type: 'textarea' },
    { name: 'changedAt', type: 'date' },
    {
      name: 'changedBy',
      type: 'relationship',
      relationTo: settings.slugs.users,
      access: { read: editorialStaffOnlyField },
    },
  ],
})

export const materialUpdateField: CheckboxField = {
  name: 'materialUpdate',
  type: 'checkbox',
  label: 'This is a material update',
  defaultValue: false,
  virtual: true,
  access: { read: editorialStaffOnlyField },
  admin: {
    description:
      'Tick when this change matters to readers (new facts, a changed status); it moves the public “modified” date. Typo fixes should not. Adding a log entry does it too.',
  },
}

export const dateModifiedField: DateField = {
  name: 'dateModified',
  type: 'date',
  index: true,
  admin: {
    readOnly: true,
    date: { pickerAppearance: 'dayAndTime' },
    description:
      'The public “updated” date. Moves only on a material update or a new log entry, never on a typo fix.',
  },
}

export const standardsFields = (settings: NewsroomSettings): Field[] => [
  materialUpdateField,
  dateModifiedField,
  updateLogField,
  logRevisionsField(settings),
]
