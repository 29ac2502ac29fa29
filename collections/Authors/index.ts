import type { CollectionConfig } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import {
  editorialStaffOnlyField,
  editorOwnOrUnpublishedAuthor,
  editorsOnly,
  isEditorialStaff,
  publicAuthorOrStaff,
  storyWriters,
} from '../../src/plugin/access'
import { CREDITED_AUTHOR_FIELDS } from '../../src/plugin/bylines/credits'
import { refreshPortraitsAfterAuthorChange } from '../../src/plugin/bylines/publicAuthors'
import { protectAuthorWithheld } from '../../src/plugin/bylines/withheldBylines'
import { authorBySlug } from '../../src/plugin/endpoints/authorBySlug'
import { authorSlugField } from '../../src/plugin/fields/slug'
import { timestampFields } from '../../src/plugin/fields/timestamps'
import { capPublicPageSize } from '../../src/plugin/hooks/capPublicPageSize'
import { staffOnlyJoins } from '../../src/plugin/hooks/staffOnlyJoins'
import { READER_PAGE_CAP } from '../../src/plugin/readerPageCap'
import { accountFields } from './fields/account'
import { profileFields } from './fields/profile'
import { storiesJoin } from './fields/stories'
import { publicProfileField, withholdingField } from './fields/withholding'
import { refuseDeleteWhileCredited } from './hooks/refuseDeleteWhileCredited'

/**
 * The people (and desks) credited on stories: staff with their accounts and guest contributors
 * without one. Readers see an author's public profile and published stories once a published story
 * credits them by name (`GET /api/authors/slug/:slug`, the reader site's /authors/:slug).
 */
export const Authors = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.authors,
  labels: { singular: 'Author', plural: 'Authors' },
  admin: {
    group: settings.groups.newsroom,
    useAsTitle: 'name',
    defaultColumns: ['name', 'jobTitle', 'kind', 'user', 'active', 'updatedAt'],
    listSearchableFields: ['name', 'slug', 'jobTitle'],
    description:
      'Staff and guest contributors credited on stories. Readers see an author once a published story credits them.',
  },
  defaultSort: 'name',
  // Populated (a story's credits, staff only): the public profile and the withholding, not the account or the stories.
  defaultPopulate: CREDITED_AUTHOR_FIELDS,
  disableDuplicate: true,
  access: {
    read: publicAuthorOrStaff,
    create: storyWriters,
    update: editorOwnOrUnpublishedAuthor,
    delete: editorsOnly,
  },
  endpoints: [authorBySlug(settings)],
  hooks: {
    // Readers page through authors a page at a time, like stories (and an odd `limit` is no 500).
    beforeOperation: [
      capPublicPageSize(READER_PAGE_CAP, isEditorialStaff),
      staffOnlyJoins(isEditorialStaff),
    ],
    afterChange: [protectAuthorWithheld(settings), refreshPortraitsAfterAuthorChange(settings)],
    beforeDelete: [refuseDeleteWhileCredited(settings)],
  },
  fields: [
    ...profileFields(settings),
    authorSlugField(),
    ...accountFields(settings),
    withholdingField(),
    publicProfileField(),
    storiesJoin(settings),
    ...timestampFields({ createdAt: editorialStaffOnlyField, updatedAt: editorialStaffOnlyField }),
  ],
})
