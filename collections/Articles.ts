import type { CollectionConfig } from 'payload'

import { editorsOnly, publishedOrEditor } from '../src/access'
import { articleBody } from '../src/fields/articleBody'
import { articleSlugField } from '../src/fields/slug'
import { setPublishedAt } from '../src/hooks/setPublishedAt'
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
  },
  defaultSort: '-updatedAt',
  access: {
    read: publishedOrEditor,
    create: editorsOnly,
    update: editorsOnly,
    delete: editorsOnly,
    readVersions: editorsOnly,
  },
  versions: {
    drafts: { autosave: { interval: 2000 } },
    maxPerDoc: settings.maxArticleVersions,
  },
  hooks: settings.disabled ? {} : { beforeChange: [setPublishedAt] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    articleSlugField(),
    {
      name: 'dek',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'The one- or two-sentence summary shown under the headline.' },
    },
    { name: 'byline', type: 'text', maxLength: 200, admin: { description: 'As printed, e.g. “Staff”.' } },
    articleBody(settings),
    {
      name: 'storyStatus',
      type: 'select',
      required: true,
      defaultValue: 'developing',
      options: [
        { label: 'Developing', value: 'developing' },
        { label: 'Updated', value: 'updated' },
        { label: 'Concluded', value: 'concluded' },
      ],
      admin: {
        position: 'sidebar',
        description: 'Tells readers whether the story is still moving.',
      },
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
  ],
})
