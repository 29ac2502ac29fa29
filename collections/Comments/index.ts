import type { CollectionConfig, FieldAccess, Where } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import {
  anyone,
  approvedOrModerator,
  isModerator,
  moderatorsOnly,
  moderatorsOnlyField,
  nobodyField,
} from '../../src/plugin/access'
import { ADMIN_COMPONENTS } from '../../src/plugin/admin/componentPaths'
import {
  keepStoryCommentsInStep,
  keepStoryCommentsInStepOnDelete,
  lockStoryOfComment,
  lockStoryOfDeletedComment,
} from '../../src/plugin/editions/hooks'
import { reportComment, submitComment } from '../../src/plugin/endpoints/commentEndpoints'
import { emailKeyField } from '../../src/plugin/fields/emailKey'
import { ipHashField } from '../../src/plugin/fields/ipHash'
import { readerTextField } from '../../src/plugin/fields/plainText'
import { timestampFields } from '../../src/plugin/fields/timestamps'
import { neverRewritten, validatedOnSubmit } from '../../src/plugin/fields/whenSubmitted'
import { capPublicPageSize } from '../../src/plugin/hooks/capPublicPageSize'
import { deleteDependents } from '../../src/plugin/hooks/deleteDependents'
import {
  refuseFloodedSubmission,
  throttleSubmissions,
} from '../../src/plugin/hooks/throttleSubmissions'
import { COMMENT_STATUSES } from '../../src/plugin/vocabulary'
import { queueCommentApproved } from '../../src/plugin/webhooks/queueWebhookEvents'
import { acceptOnlyPublicCommentFields } from './hooks/acceptOnlyPublicCommentFields'
import { checkCommentThread } from './hooks/checkCommentThread'
import { decideCommentStatus, recordStaffAuthor } from './hooks/decideCommentStatus'

/** Fields only the newsroom sets; whatever the public sends for them is dropped. */
const moderatorsSetOnly = { create: moderatorsOnlyField, update: moderatorsOnlyField }

/**
 * A reader's comment, from the form to the moderation queue: `POST /api/comments` (submitComment),
 * then the hooks below in order: only the public fields are taken (hooks/acceptOnlyPublicCommentFields),
 * the flood rule (throttleSubmissions), where it may go (hooks/checkCommentThread), and its status and
 * why it is held (hooks/decideCommentStatus, with the text's screening in hooks/screenComment).
 * Moderators find it pending through the admin's nav link and act on it there (admin/ModerationQueueLink,
 * admin/ModerationActions); once approved, readers get it in its story.
 */
export const Comments = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.comments,
  labels: { singular: 'Comment', plural: 'Comments' },
  admin: {
    group: settings.groups.moderation,
    useAsTitle: 'excerpt',
    defaultColumns: ['excerpt', 'article', 'authorName', 'status', 'reportCount', 'createdAt'],
    listSearchableFields: ['body', 'authorName', 'authorEmail'],
    description:
      'Reader comments. Readers see approved comments only; new ones wait here as pending, with why. Approve, reject or mark spam on each row or in the comment; select several and use “Edit” for many at once.',
    components: { edit: { beforeDocumentControls: [ADMIN_COMPONENTS.moderationActions] } },
    // Moderators' work: other staff get neither its instructions nor a "Create New" meant for readers.
    hidden: ({ user }) => !isModerator(user),
  },
  // Pinned notes first, then the conversation in the order it happened.
  defaultSort: ['-pinned', 'createdAt'],
  // Readers write here, so nobody copies a document: Payload's duplicate fills what the request
  // leaves out from the original, hidden fields (a reader's email) included.
  disableDuplicate: true,
  access: {
    create: anyone,
    read: approvedOrModerator,
    update: moderatorsOnly,
    delete: moderatorsOnly,
  },
  endpoints: [submitComment(settings), reportComment(settings)],
  hooks: {
    beforeOperation: [capPublicPageSize(settings.comments.maxPageSize, isModerator)],
    beforeDelete: [
      lockStoryOfDeletedComment(settings),
      deleteDependents([{ collection: settings.slugs.commentReports, field: 'comment' }]),
    ],
    beforeValidate: [acceptOnlyPublicCommentFields(settings)],
    beforeChange: [
      throttleSubmissions(settings, { emailField: 'authorEmail' }),
      checkCommentThread(settings),
      decideCommentStatus(settings),
      recordStaffAuthor,
      // After the status is decided (a reader's pending comment changes no edition, and waits for none).
      lockStoryOfComment,
    ],
    afterChange: [
      refuseFloodedSubmission,
      queueCommentApproved(settings),
      keepStoryCommentsInStep(settings),
    ],
    afterDelete: [keepStoryCommentsInStepOnDelete(settings)],
  },
  fields: [
    {
      // Stored (not virtual) so the admin can use it as the title and list column.
      name: 'excerpt',
      type: 'text',
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData, value }) =>
            siblingData?.body === undefined ? value : excerptOf(siblingData.body),
        ],
      },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: settings.slugs.articles,
      required: true,
      index: true,
      // Also makes Payload check, with the commenter's own read access, that the article exists and is live.
      filterOptions: { _status: { equals: 'published' } },
      validate: validatedOnSubmit({
        what: 'the story',
        notFound: 'No published story has this id.',
      }),
      access: neverRewritten,
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: settings.slugs.comments,
      index: true,
      // A reply answers an approved comment on the same article.
      filterOptions: ({ data }): Where => ({
        and: [
          { status: { equals: 'approved' } },
          ...(data?.article ? [{ article: { equals: data.article } }] : []),
        ],
      }),
      validate: validatedOnSubmit({
        what: 'the comment you reply to',
        notFound:
          'The comment you reply to is not published on this story: it may still await moderation, or it was removed.',
      }),
      access: neverRewritten,
      admin: { description: 'The comment this one replies to.' },
    },
    {
      name: 'authorName',
      type: 'text',
      required: true,
      maxLength: 80,
      label: 'Name',
      access: { update: nobodyField },
      validate: (value: null | string | undefined) => {
        const length = typeof value === 'string' ? value.trim().length : 0
        if (!length) {
          return 'A name is required.'
        }
        return length <= 80 || `A name has at most 80 characters (this one has ${length}).`
      },
    },
    {
      name: 'authorEmail',
      type: 'email',
      required: true,
      label: 'Email',
      index: true,
      // What a reader wrote stays as they wrote it: nobody rewrites it (a moderator rejects or deletes instead).
      access: { read: moderatorsOnlyField, update: nobodyField },
      admin: { description: 'Never shown publicly.' },
    },
    readerTextField({
      name: 'body',
      maxLength: 5000,
      overrides: { access: { update: nobodyField } },
    }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [...COMMENT_STATUSES],
      // A reader sees the status of approved comments only: the answer to their own post (REST or
      // GraphQL) never says whether it was caught as spam.
      access: { ...moderatorsSetOnly, read: approvedOrModeratorField },
      admin: { position: 'sidebar', components: { Cell: ADMIN_COMPONENTS.moderationStatusCell } },
    },
    {
      name: 'heldBecause',
      label: 'Why it waits',
      type: 'text',
      access: { read: moderatorsOnlyField, create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Set by the screening (links, blocklist, honeypot) or by readers’ reports.',
      },
    },
    {
      name: 'pinned',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: moderatorsSetOnly,
      admin: {
        position: 'sidebar',
        description: 'An editor’s or moderator’s note to keep at the top of the thread.',
      },
    },
    {
      name: 'reportCount',
      type: 'number',
      defaultValue: 0,
      access: { read: moderatorsOnlyField, create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Readers who reported this comment.',
      },
    },
    ipHashField(moderatorsOnlyField),
    emailKeyField(),
    {
      // Set by the server when staff post (a moderator's note): readers' reports never unpublish it.
      name: 'postedByStaff',
      type: 'checkbox',
      defaultValue: false,
      access: { read: moderatorsOnlyField, create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Posted by a member of staff, not a reader.',
      },
    },
    {
      name: 'replies',
      type: 'join',
      collection: settings.slugs.comments,
      on: 'parent',
      defaultSort: 'createdAt',
      defaultLimit: 50,
      admin: { defaultColumns: ['excerpt', 'authorName', 'status', 'createdAt'] },
    },
    ...timestampFields({ updatedAt: moderatorsOnlyField }),
  ],
  // A story's thread; the moderation queue (a status, newest first); a comment's replies (Payload
  // reads them with every comment, `replies` being a join on `parent`): without the last, SQLite's
  // planner, told by ANALYZE that `parent` is NULL almost everywhere, scanned every comment for each
  // one listed (the queue gave no answer in 5 s at 10,000 stories).
  indexes: [
    { fields: ['article', 'status', 'createdAt'] },
    { fields: ['status', 'createdAt'] },
    { fields: ['parent', 'createdAt'] },
  ],
})
/** On a document: moderators, or an approved comment. As a filter (no document): anyone, since readers only ever get approved comments. */
const approvedOrModeratorField: FieldAccess = ({ doc, req }) =>
  isModerator(req.user) || !doc || doc.status === 'approved'

const excerptOf = (body: unknown): string => {
  const text = typeof body === 'string' ? body.replace(/\s+/g, ' ').trim() : ''
  return text.length > 90 ? `${text.slice(0, 87)}…` : text
}
