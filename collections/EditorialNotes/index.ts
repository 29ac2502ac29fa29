import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import {
  editorialStaffOnly,
  editorialStaffOnlyField,
  editorsOnly,
  isEditor,
  isEditorialStaff,
} from '../../src/plugin/access'
import { mustExist } from '../../src/plugin/fields/mustExist'
import { timestampFields } from '../../src/plugin/fields/timestamps'

/** Editors change any note (to resolve it); other staff their own. */
const editorOrAuthor: Access = ({ req: { user } }) => {
  if (isEditor(user)) {
    return true
  }
  return isEditorialStaff(user) && user ? { author: { equals: user.id } } : false
}

/** The note is signed by whoever wrote it, never by the request body. */
const signNote: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') {
    data.author = req.user?.id ?? null
  }
  return data
}

/**
 * Staff-only notes on an article: queries, legal's concerns, what is still to check. Shown beside
 * the article in the admin (its "Editorial notes" join). Never in any public response, feed, event,
 * webhook or export: readers, moderators and the syndication outputs have no read access at all.
 */
export const EditorialNotes = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.editorialNotes,
  labels: { singular: 'Editorial note', plural: 'Editorial notes' },
  admin: {
    group: settings.groups.newsroom,
    useAsTitle: 'text',
    defaultColumns: ['text', 'article', 'author', 'resolved', 'createdAt'],
    description: 'Internal notes on stories, for editorial staff only. Never published.',
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: {
    read: editorialStaffOnly,
    create: editorialStaffOnly,
    update: editorOrAuthor,
    delete: editorsOnly,
  },
  hooks: { beforeChange: [signNote] },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: settings.slugs.articles,
      required: true,
      index: true,
      filterOptions: mustExist,
      admin: { position: 'sidebar' },
    },
    { name: 'text', type: 'textarea', required: true, maxLength: 5000 },
    {
      name: 'resolved',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: settings.slugs.users,
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    ...timestampFields({ createdAt: editorialStaffOnlyField, updatedAt: editorialStaffOnlyField }),
  ],
})
