import type {
  ArrayField,
  CheckboxField,
  DateField,
  Field,
  FieldHook,
  RelationshipField,
  RichTextField,
  TextareaField,
} from 'payload'

import type { NewsroomSettings } from '../options'

import { editorialStaffOnlyField } from '../access'
import { ADMIN_COMPONENTS } from '../admin/componentPaths'
import { idOf } from '../ids'
import { citedQuotes } from '../publishGate/body'
import { hasWords } from '../richText/lexical'
import { bodyToPlainText } from '../richText/plainText'
import { LOG_ENTRY_TYPES, LOG_REVISION_ACTIONS } from '../vocabulary'
import { activeAuthorsOr } from './activeAuthors'

/** The longest log entry's text (and so an update's line made from its body). */
export const LOG_TEXT_MAX = 2000

const isUpdate = (_: unknown, siblingData: { type?: string } | undefined) =>
  siblingData?.type === 'update'

/**
 * An update written as a body gets its one line from it when the line is left empty: the start of
 * the text, its quotes' words in place. Only while empty: once published the line is permanent.
 */
const lineFromBody =
  (settings: NewsroomSettings): FieldHook =>
  async ({ value, siblingData, req }) => {
    if ((typeof value === 'string' && value.trim()) || siblingData?.type !== 'update') {
      return value
    }
    if (!hasWords(siblingData.body)) {
      return value
    }
    const quotes = await citedQuotes(req, settings, siblingData.body)
    const text = bodyToPlainText(siblingData.body, (ref) => {
      const id = idOf(ref)
      return (id !== undefined && quotes.get(id)?.text) || ''
    })
      .replace(/\s+/g, ' ')
      .trim()
    return text.length > LOG_TEXT_MAX ? `${text.slice(0, LOG_TEXT_MAX - 1)}…` : text || value
  }

/**
 * The public, append-only log of updates, corrections and clarifications. An entry is dated when
 * the article is first published with it; from then on only an admin may change its type or line,
 * and each such change is itself recorded in `logRevisions`. An update may carry a headline, a
 * body (`body`: the story's editor, with quotes, held to the publish gate), and be marked a key
 * event or pinned to the top of the story.
 */
export const updateLogField = (settings: NewsroomSettings, body: RichTextField): ArrayField => ({
  name: 'updateLog',
  label: 'Updates and corrections',
  type: 'array',
  labels: { singular: 'Entry', plural: 'Entries' },
  admin: {
    description:
      'Public notes, newest last. Add an entry for every material update and every correction. Once published an entry’s type and line can only be changed by an admin, and that change is shown too.',
    initCollapsed: false,
  },
  validate: atMostOnePinned,
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
    {
      name: 'headline',
      type: 'text',
      maxLength: 200,
      admin: {
        condition: isUpdate,
        description: 'Optional: a short headline for this update (key events list it).',
      },
    },
    body,
    logLineField(settings),
    updateAuthorsField(settings),
    {
      type: 'row',
      admin: { condition: isUpdate },
      fields: [
        {
          name: 'keyEvent',
          type: 'checkbox',
          label: 'Key event',
          defaultValue: false,
          admin: {
            width: '50%',
            description: 'Listed at the top of the story for readers arriving late.',
          },
        },
        {
          name: 'pinned',
          type: 'checkbox',
          label: 'Pinned',
          defaultValue: false,
          admin: {
            width: '50%',
            description:
              'Shown first on the story page. One pinned entry at most (or the editor’s note).',
          },
        },
      ],
    },
  ],
})

/**
 * Who wrote an update, when not (only) the story's byline: printed on the update, in its JSON-LD and
 * feed entry, and it makes them public like a story's credit. Staff only as a raw field, like the
 * story's credits (a withheld author is still credited here); readers get it from the story document.
 */
const updateAuthorsField = (settings: NewsroomSettings): RelationshipField => ({
  name: 'authors',
  label: 'Written by',
  type: 'relationship',
  relationTo: settings.slugs.authors,
  hasMany: true,
  maxRows: 10,
  filterOptions: activeAuthorsOr((entry) => entry.authors),
  access: { read: editorialStaffOnlyField },
  admin: {
    condition: isUpdate,
    description:
      'Optional: who wrote this update, shown on it. Left empty, the story’s byline stands.',
  },
})

/** The entry's one line: a correction's whole text; an update's line for lists and feeds. */
const logLineField = (settings: NewsroomSettings): TextareaField => ({
  // Read-only once published, except for admins (the server refuses the change anyway).
  name: 'text',
  label: 'Line',
  type: 'textarea',
  required: true,
  maxLength: LOG_TEXT_MAX,
  hooks: { beforeValidate: [lineFromBody(settings)] },
  admin: {
    components: { Field: ADMIN_COMPONENTS.publishedLogEntryText },
    description:
      'A correction’s or clarification’s text. For an update, one line for lists and feeds: left empty, the start of its text is used.',
  },
})

type PinnableEntry = { pinned?: boolean | null }

/** One pinned entry at most: the story opens with it. The editor’s note, when set, is the pinned entry. */
const atMostOnePinned = (
  value: unknown,
  { siblingData }: { siblingData?: { editorsNote?: unknown } },
): string | true => {
  const pinned = ((Array.isArray(value) ? value : []) as PinnableEntry[]).filter(
    (entry) => entry?.pinned === true,
  ).length
  if (pinned > 1) {
    return `updateLog: ${pinned} entries are pinned; pin one at most.`
  }
  const note = siblingData?.editorsNote
  if (pinned === 1 && typeof note === 'string' && note.trim()) {
    return 'updateLog: an entry is pinned and the editor’s note is set; the note is pinned, so unpin the entry or clear the note.'
  }
  return true
}

/** An editor's note pinned to the top of a live story (“What we know so far”), instead of an update. */
export const editorsNoteField: TextareaField = {
  name: 'editorsNote',
  label: 'Editor’s note (pinned)',
  type: 'textarea',
  maxLength: LOG_TEXT_MAX,
  admin: {
    description:
      'Optional: shown first on the story page, above the key events (“What we know so far”). Changes reach readers when the story is published.',
  },
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

export const standardsFields = (settings: NewsroomSettings, body: RichTextField): Field[] => [
  materialUpdateField,
  dateModifiedField,
  updateLogField(settings, body),
  logRevisionsField(settings),
]
