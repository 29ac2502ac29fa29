import type { CollectionConfig } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import { editorialStaffOnly, nobody } from '../../src/plugin/access'
import { EDITION_REASONS } from '../../src/plugin/vocabulary'
import { indexCurrentEdition, unindexDeletedEdition } from './hooks/keepSearchIndex'

/**
 * A story's editions: what readers got at each publish, built once from the story and the quotes,
 * sources and pictures as they were at that moment, and served as stored (src/plugin/editions/).
 * Only the system writes them; editorial staff read them here; readers get them through the story's
 * endpoints (`/api/articles/slug/:slug`, `…/editions`, `…/editions/:n`), never this collection.
 */
export const Editions = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.editions,
  labels: { singular: 'Edition', plural: 'Editions' },
  admin: {
    group: settings.groups.newsroom,
    useAsTitle: 'title',
    defaultColumns: ['title', 'number', 'reason', 'datePublished', 'current', 'withheld'],
    description:
      'What readers got at each publish of each story, kept as published. Made by publishing; never edited.',
  },
  defaultSort: '-datePublished',
  disableDuplicate: true,
  access: {
    read: editorialStaffOnly,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: {
    afterChange: [indexCurrentEdition(settings)],
    afterDelete: [unindexDeletedEdition(settings)],
  },
  // The story endpoint's one read on a cache miss: the current edition of a slug.
  indexes: [{ fields: ['slug', 'current'] }, { fields: ['article', 'number'], unique: true }],
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: settings.slugs.articles,
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'number',
      type: 'number',
      required: true,
      admin: {
        readOnly: true,
        description:
          '1 for the first publish, then one more for each publish that changed what readers see.',
      },
    },
    { name: 'title', type: 'text', admin: { readOnly: true } },
    { name: 'slug', type: 'text', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'current',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        readOnly: true,
        description:
          'What readers get now. None is current while the story is unpublished or taken down.',
      },
    },
    { name: 'reason', type: 'select', options: [...EDITION_REASONS], admin: { readOnly: true } },
    {
      name: 'withheld',
      type: 'text',
      admin: {
        readOnly: true,
        description:
          'Why this earlier edition is no longer served (a retraction, a source made anonymous). Empty: served.',
      },
    },
    {
      name: 'publishedBy',
      type: 'relationship',
      relationTo: settings.slugs.users,
      admin: { readOnly: true },
    },
    {
      name: 'datePublished',
      type: 'date',
      index: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'etag',
      type: 'text',
      admin: {
        readOnly: true,
        description: 'The ETag of the story as this edition has it (without its comments).',
      },
    },
    {
      name: 'document',
      type: 'json',
      admin: {
        readOnly: true,
        description: 'The story as readers got it: text, quotes, sources, pictures, log.',
      },
    },
    { name: 'jsonld', type: 'json', admin: { readOnly: true } },
    { name: 'ninjs', type: 'json', admin: { readOnly: true } },
    {
      // Kept here so a cache miss reads the story in one row (src/plugin/editions/storyComments.ts).
      name: 'comments',
      type: 'json',
      admin: {
        readOnly: true,
        description:
          'The approved comments readers get with the story now (count and first page): kept in step by moderation, not part of what was published.',
      },
    },
    {
      name: 'commentsUpdatedAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
})
