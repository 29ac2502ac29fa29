import type {
  ArrayField,
  Field,
  FieldAccess,
  GroupField,
  RelationshipField,
  SelectField,
} from 'payload'

import type { NewsroomSettings } from '../options'

import { editorialStaffOnlyField, isEditor } from '../access'
import { ADMIN_COMPONENTS } from '../admin/componentPaths'
import { validateLegalSignOff, validateNotTakenDown } from '../publishGate'
import {
  ARTICLE_STAGES,
  type ArticleStage,
  ASSIGNABLE_EDITOR_ROLES,
  REPORTER_STAGES,
  SIGN_OFF_ROLES,
} from '../vocabulary'

/** Written by the system only (hooks and the workflow endpoints), read by editorial staff. */
const systemWritten = {
  read: editorialStaffOnlyField,
  create: () => false,
  update: () => false,
} satisfies Record<string, FieldAccess>

export const stageField: SelectField = {
  name: 'stage',
  type: 'select',
  required: true,
  defaultValue: 'draft',
  index: true,
  options: [...ARTICLE_STAGES],
  // A reporter is offered the stages a reporter may choose (and the story's own), not ones the server refuses.
  filterOptions: ({ options, req, data }) =>
    isEditor(req.user)
      ? options
      : options.filter((option) => {
          const value = typeof option === 'string' ? option : option.value
          return REPORTER_STAGES.includes(value as ArticleStage) || value === data?.stage
        }),
  access: { read: editorialStaffOnlyField },
  admin: {
    position: 'sidebar',
    description:
      'Where the story is in the workflow. Reporters move it between Draft and In edit; legal moves it to Ready by signing it off; publishing sets Published.',
    // In lists: the stage and what readers get (published, taken down, retracted, embargoed, not public).
    components: { Cell: ADMIN_COMPONENTS.stageWithPublicStateCell },
  },
}

export const assignedEditorField = (settings: NewsroomSettings): RelationshipField => ({
  name: 'assignedEditor',
  type: 'relationship',
  relationTo: settings.slugs.users,
  index: true,
  filterOptions: { roles: { in: ASSIGNABLE_EDITOR_ROLES } },
  access: { read: editorialStaffOnlyField },
  admin: {
    position: 'sidebar',
    description: 'The editor this story waits for; it shows on their dashboard.',
  },
})

export const createdByField = (settings: NewsroomSettings): RelationshipField => ({
  name: 'createdBy',
  label: 'Created by',
  type: 'relationship',
  relationTo: settings.slugs.users,
  index: true,
  access: systemWritten,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'A reporter edits the stories they created.',
  },
})

export const stageHistoryField = (settings: NewsroomSettings): ArrayField => ({
  name: 'stageHistory',
  label: 'Workflow history',
  type: 'array',
  access: systemWritten,
  admin: {
    readOnly: true,
    initCollapsed: true,
    description: 'Who moved the story to each stage, and when; recorded automatically.',
  },
  fields: [
    { name: 'stage', type: 'select', options: [...ARTICLE_STAGES] },
    { name: 'movedBy', type: 'relationship', relationTo: settings.slugs.users },
    { name: 'movedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'note', type: 'text' },
  ],
})

export const legalSignOffField = (settings: NewsroomSettings): GroupField => ({
  name: 'legalSignOff',
  label: 'Legal sign-off',
  type: 'group',
  access: systemWritten,
  admin: {
    position: 'sidebar',
    description:
      'Given by legal (the Sign off button) for the body as it stands; any change to its words, or to a quote it cites, voids it.',
  },
  fields: [
    {
      type: 'ui',
      name: 'signOffButton',
      admin: {
        components: {
          Field: {
            path: ADMIN_COMPONENTS.articleActionButton,
            clientProps: { action: 'legal-sign-off', roles: SIGN_OFF_ROLES },
          },
        },
      },
    },
    {
      name: 'signedBy',
      type: 'relationship',
      relationTo: settings.slugs.users,
      admin: { readOnly: true },
      validate: validateLegalSignOff(settings),
    },
    {
      name: 'signedAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'note', type: 'textarea', maxLength: 2000, admin: { readOnly: true } },
    { name: 'fingerprint', type: 'text', admin: { hidden: true } },
  ],
})

export const takedownField = (settings: NewsroomSettings): GroupField => ({
  name: 'takedown',
  label: 'Legal takedown',
  type: 'group',
  access: systemWritten,
  admin: {
    position: 'sidebar',
    description:
      'A takedown removes the story from every public surface at once and keeps it unpublished until legal lifts it.',
  },
  fields: [
    {
      name: 'takenDownAt',
      type: 'date',
      validate: validateNotTakenDown,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'takenDownBy',
      type: 'relationship',
      relationTo: settings.slugs.users,
      admin: { readOnly: true },
    },
    { name: 'reason', type: 'textarea', maxLength: 2000, admin: { readOnly: true } },
    {
      name: 'liftedAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'liftedBy',
      type: 'relationship',
      relationTo: settings.slugs.users,
      admin: { readOnly: true },
    },
  ],
})

/** Internal notes beside the story (the editorial-notes collection), for staff only. */
export const editorialNotesJoin = (settings: NewsroomSettings): Field => ({
  name: 'editorialNotes',
  label: 'Editorial notes',
  type: 'join',
  collection: settings.slugs.editorialNotes,
  on: 'article',
  defaultLimit: 20,
  defaultSort: 'createdAt',
  access: { read: editorialStaffOnlyField },
  admin: {
    defaultColumns: ['text', 'author', 'resolved', 'createdAt'],
    description: 'Staff-only notes on this story. Never published.',
  },
})

export const workflowFields = (settings: NewsroomSettings): Field[] => [
  stageField,
  assignedEditorField(settings),
  createdByField(settings),
  legalSignOffField(settings),
  takedownField(settings),
]
