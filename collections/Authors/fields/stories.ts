import type { JoinField } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { editorialStaffOnlyField } from '../../../src/plugin/access'

/**
 * The author's stories, drafts included, in the admin. Staff only: a story whose byline is withheld
 * still credits them, and readers get an author's published stories from the author's page instead
 * (`GET /api/authors/slug/:slug`), which leaves withheld bylines out.
 */
export const storiesJoin = (settings: NewsroomSettings): JoinField => ({
  name: 'stories',
  label: 'Stories',
  type: 'join',
  collection: settings.slugs.articles,
  on: 'authors.author',
  defaultLimit: 20,
  // Readers may not sort by edit times, and Payload runs the join for them too (then hides it).
  defaultSort: '-publishedAt',
  access: { read: editorialStaffOnlyField },
  admin: {
    condition: (data) => Boolean(data?.id),
    defaultColumns: ['title', '_status', 'publishedAt', 'updatedAt'],
    description: 'Every story crediting this author, latest published first.',
  },
})
