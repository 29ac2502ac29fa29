import type { CollectionConfig } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import {
  anyone,
  isModerator,
  moderatorsOnly,
  moderatorsOnlyField,
  nobody,
} from '../../src/plugin/access'
import { ipHashField } from '../../src/plugin/fields/ipHash'
import { neverRewritten, validatedOnSubmit } from '../../src/plugin/fields/whenSubmitted'
import {
  refuseFloodedSubmission,
  throttleSubmissions,
} from '../../src/plugin/hooks/throttleSubmissions'
import { applyReportThreshold } from './hooks/applyReportThreshold'

/**
 * Readers' reports of a comment (one per reader per comment). Enough of them send an approved
 * comment back to the moderation queue. Filed through POST /api/comments/:id/report.
 */
export const CommentReports = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.commentReports,
  labels: { singular: 'Comment report', plural: 'Comment reports' },
  admin: {
    group: settings.groups.moderation,
    useAsTitle: 'reason',
    defaultColumns: ['comment', 'reason', 'createdAt'],
    description:
      'Readers’ reports of comments. Reaching the threshold returns an approved comment to pending.',
    hidden: ({ user }) => !isModerator(user),
  },
  defaultSort: '-createdAt',
  // Readers write here, so nobody copies a document: Payload's duplicate fills what the request
  // leaves out from the original, hidden fields (a reader's email) included.
  disableDuplicate: true,
  access: {
    create: anyone,
    read: moderatorsOnly,
    update: nobody,
    delete: moderatorsOnly,
  },
  indexes: [{ fields: ['comment', 'ipHash'], unique: true }],
  hooks: {
    beforeChange: [throttleSubmissions(settings, { emailField: 'email' })],
    afterChange: [refuseFloodedSubmission, applyReportThreshold(settings)],
  },
  fields: [
    {
      name: 'comment',
      type: 'relationship',
      relationTo: settings.slugs.comments,
      required: true,
      index: true,
      // Only a comment the reader can see (an approved one) can be reported.
      filterOptions: { status: { equals: 'approved' } },
      validate: validatedOnSubmit({
        what: 'the comment',
        notFound: 'No published comment has this id.',
      }),
      access: neverRewritten,
    },
    { name: 'reason', type: 'textarea', maxLength: 500 },
    ipHashField(moderatorsOnlyField),
  ],
})
