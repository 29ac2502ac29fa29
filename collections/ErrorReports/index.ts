import type { CollectionConfig } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import {
  adminsOnly,
  anyone,
  editorsOnly,
  editorsOnlyField,
  editorsOrLegal,
} from '../../src/plugin/access'
import { emailKeyField } from '../../src/plugin/fields/emailKey'
import { ipHashField } from '../../src/plugin/fields/ipHash'
import { readerTextField } from '../../src/plugin/fields/plainText'
import { neverRewritten, validatedOnSubmit } from '../../src/plugin/fields/whenSubmitted'
import {
  refuseFloodedSubmission,
  throttleSubmissions,
} from '../../src/plugin/hooks/throttleSubmissions'
import { ERROR_REPORT_STATUSES } from '../../src/plugin/vocabulary'
import { addCorrectionFromReport } from './hooks/addCorrectionFromReport'

/** Readers' reports of errors in an article: a private queue for editors, never shown publicly. */
export const ErrorReports = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.errorReports,
  labels: { singular: 'Error report', plural: 'Error reports' },
  admin: {
    group: settings.groups.newsroom,
    useAsTitle: 'text',
    defaultColumns: ['text', 'article', 'status', 'createdAt'],
    description:
      'Errors readers reported. Private: only editors (and legal) see them. Resolve one with a correction to publish it in the article’s log.',
  },
  defaultSort: '-createdAt',
  // Readers write here, so nobody copies a document: Payload's duplicate fills what the request
  // leaves out from the original, hidden fields (a reader's email) included.
  disableDuplicate: true,
  access: {
    create: anyone,
    // Legal reads every report (an error can become a legal matter); editors act on them.
    read: editorsOrLegal,
    update: editorsOnly,
    delete: adminsOnly,
  },
  hooks: {
    beforeChange: [throttleSubmissions(settings, { emailField: 'email' })],
    afterChange: [refuseFloodedSubmission, addCorrectionFromReport(settings)],
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: settings.slugs.articles,
      required: true,
      index: true,
      filterOptions: { _status: { equals: 'published' } },
      validate: validatedOnSubmit({
        what: 'the story',
        notFound: 'No published story has this id.',
      }),
      access: neverRewritten,
    },
    readerTextField({ name: 'text', label: 'What is wrong', maxLength: 5000 }),
    {
      name: 'email',
      type: 'email',
      admin: { description: 'Optional: lets an editor reply. Never shown publicly.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [...ERROR_REPORT_STATUSES],
      access: { create: editorsOnlyField, update: editorsOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'correction',
      type: 'group',
      access: { create: editorsOnlyField, update: editorsOnlyField },
      admin: {
        description:
          'Resolving the report with this ticked publishes the entry in the article’s update log.',
      },
      fields: [
        {
          name: 'addToLog',
          type: 'checkbox',
          label: 'Publish a log entry when resolved',
          defaultValue: false,
        },
        {
          name: 'type',
          type: 'select',
          defaultValue: 'correction',
          options: [
            { label: 'Correction', value: 'correction' },
            { label: 'Clarification', value: 'clarification' },
          ],
        },
        {
          name: 'text',
          type: 'textarea',
          maxLength: 2000,
          admin: { description: 'As readers will see it, e.g. “An earlier version misstated …”.' },
        },
        {
          name: 'loggedAt',
          type: 'date',
          admin: { readOnly: true, description: 'When the entry was published.' },
        },
      ],
    },
    ipHashField(editorsOnlyField),
    emailKeyField(),
  ],
})
