import type { CollectionConfig, Where } from 'payload'

import { anyone, approvedOrModerator, moderatorsOnly, moderatorsOnlyField } from '../src/access'
import { ipHashField } from '../src/fields/ipHash'
import { readerTextField } from '../src/fields/plainText'
import { throttleSubmissions } from '../src/hooks/throttleSubmissions'
import type { NewsroomSettings } from '../src/types'

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const

/** Fields only the newsroom sets; whatever the public sends for them is dropped. */
const moderatorsSetOnly = { create: moderatorsOnlyField, update: moderatorsOnlyField }

export const Comments = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.comments,
  labels: { singular: 'Comment', plural: 'Comments' },
  admin: {
    group: settings.groups.moderation,
    useAsTitle: 'authorName',
    defaultColumns: ['body', 'article', 'authorName', 'status', 'createdAt'],
    listSearchableFields: ['body', 'authorName'],
    description: 'Reader comments. Readers see approved comments only; new ones wait here as pending.',
  },
  defaultSort: '-createdAt',
  hooks: settings.disabled ? {} : { beforeChange: [throttleSubmissions(settings, { emailField: 'authorEmail' })] },
  access: {
    create: anyone,
    read: approvedOrModerator,
    update: moderatorsOnly,
    delete: moderatorsOnly,
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: settings.slugs.articles,
      required: true,
      index: true,
      // Also makes Payload check, with the commenter's own read access, that the article exists and is live.
      filterOptions: { _status: { equals: 'published' } },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: settings.slugs.comments,
      index: true,
      // A reply answers an approved comment on the same article.
      filterOptions: ({ data }): Where => ({
        and: [{ status: { equals: 'approved' } }, ...(data?.article ? [{ article: { equals: data.article } }] : [])],
      }),
      admin: { description: 'The comment this one replies to.' },
    },
    { name: 'authorName', type: 'text', required: true, maxLength: 80, label: 'Name' },
    {
      name: 'authorEmail',
      type: 'email',
      required: true,
      label: 'Email',
      access: { read: moderatorsOnlyField, update: moderatorsOnlyField },
      admin: { description: 'Never shown publicly.' },
    },
    readerTextField({ name: 'body', maxLength: 5000 }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: COMMENT_STATUSES.map((value) => ({ label: value[0]!.toUpperCase() + value.slice(1), value })),
      access: moderatorsSetOnly,
      admin: { position: 'sidebar' },
    },
    ipHashField(moderatorsOnlyField),
    {
      name: 'pinned',
      type: 'checkbox',
      defaultValue: false,
      access: moderatorsSetOnly,
      admin: { position: 'sidebar', description: 'Pinned comments are shown first.' },
    },
  ],
})
