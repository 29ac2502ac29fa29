import type { CollectionConfig } from 'payload'

import { editorsOnly, editorsOnlyField, isEditor, publishedOrEditor } from '../src/access'
import { articleBySlug } from '../src/endpoints/articleBySlug'
import { reportArticleError } from '../src/endpoints/reportArticleError'
import { articleBody } from '../src/fields/articleBody'
import { articleSlugField } from '../src/fields/slug'
import { timestampFields } from '../src/fields/timestamps'
import { dateModifiedField, logRevisionsField, materialUpdateField, updateLogField } from '../src/fields/updateLog'
import { countApprovedComments } from '../src/hooks/countApprovedComments'
import { deleteDependents } from '../src/hooks/deleteDependents'
import { guardUpdateLog } from '../src/hooks/guardUpdateLog'
import { setDateModified } from '../src/hooks/setDateModified'
import { setPublishedAt } from '../src/hooks/setPublishedAt'
import { sortForReaders } from '../src/hooks/sortForReaders'
import { refreshCitationsAfterArticleChange, refreshCitationsAfterArticleDelete } from '../src/standards/citations'
import { validateSlugIsFree } from '../src/standards/validatePublishable'
import type { NewsroomSettings } from '../src/types'

export const STORY_STATUSES = ['developing', 'updated', 'concluded'] as const

export const Articles = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.articles,
  labels: { singular: 'Article', plural: 'Articles' },
  admin: {
    group: settings.groups.newsroom,
    useAsTitle: 'title',
    defaultColumns: ['title', 'storyStatus', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'dek'],
    // “Preview”: the story exactly as frontends get it (published version).
    preview: (doc, { req }) => (doc?.slug ? `${req.payload.config.serverURL || ''}/api/${settings.slugs.articles}/slug/${doc.slug}` : null),
  },
  // Editors' lists: last edited first. Readers may not sort by edit times; they get newest published first.
  defaultSort: '-updatedAt',
  access: {
    read: publishedOrEditor,
    create: editorsOnly,
    update: editorsOnly,
    delete: editorsOnly,
    readVersions: editorsOnly,
  },
  endpoints: settings.disabled ? [] : [articleBySlug(settings), reportArticleError(settings)],
  versions: {
    drafts: { autosave: { interval: 2000 } },
    maxPerDoc: settings.maxArticleVersions,
  },
  hooks: settings.disabled
    ? {}
    : {
        // Order matters: the log guard marks new public entries as a material change for setDateModified.
        beforeOperation: [sortForReaders('-publishedAt', isEditor)],
        beforeChange: [guardUpdateLog, setDateModified, setPublishedAt],
        // What readers may see of quotes and sources follows the published text.
        afterChange: [refreshCitationsAfterArticleChange(settings)],
        afterDelete: [refreshCitationsAfterArticleDelete(settings)],
        beforeDelete: [
          deleteDependents([
            { collection: settings.slugs.comments, field: 'article' },
            { collection: settings.slugs.errorReports, field: 'article' },
          ]),
        ],
      },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Story',
          fields: [
            { name: 'title', type: 'text', required: true, maxLength: 300 },
            {
              name: 'dek',
              type: 'textarea',
              maxLength: 600,
              admin: { description: 'The one- or two-sentence summary shown under the headline.' },
            },
            { name: 'byline', type: 'text', maxLength: 200, admin: { description: 'As printed, e.g. “Staff”.' } },
            articleBody(settings),
          ],
        },
        {
          label: 'Updates and corrections',
          description: 'What readers are told about how this story has changed. The story status is shown with the log.',
          fields: [
            {
              name: 'storyStatus',
              type: 'select',
              required: true,
              defaultValue: 'developing',
              options: STORY_STATUSES.map((value) => ({ label: value[0]!.toUpperCase() + value.slice(1), value })),
              admin: { description: 'Tells readers whether the story is still moving.' },
            },
            materialUpdateField,
            dateModifiedField,
            updateLogField,
            logRevisionsField(settings),
          ],
        },
      ],
    },
    articleSlugField({ validate: validateSlugIsFree(settings), readAccess: editorsOnlyField }),
    {
      name: 'commentsOpen',
      type: 'checkbox',
      label: 'Comments open',
      defaultValue: true,
      admin: { position: 'sidebar', description: 'Untick to close the thread: readers can still read comments but not add any.' },
    },
    {
      name: 'commentCount',
      type: 'number',
      virtual: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Approved comments.' },
      hooks: settings.disabled ? {} : { afterRead: [countApprovedComments(settings)] },
    },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      maxLength: 60,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set on first publication.',
      },
    },
    ...timestampFields({ createdAt: editorsOnlyField, updatedAt: editorsOnlyField }),
  ],
})
