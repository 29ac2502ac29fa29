import type { FieldAccess, JoinField, RelationshipField } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { isEditorialStaff } from '../../../src/plugin/access'
import { publishedInField } from '../../../src/plugin/fields/publishedIn'
import { listArticlesQuotingSource } from '../hooks/listArticlesQuotingSource'

/** Where an anonymous source was quoted (which can identify them) stays inside the newsroom. */
const notAboutAnonymousUnlessStaff: FieldAccess = ({ req, doc }) =>
  isEditorialStaff(req.user) || doc?.kind !== 'anonymous'

/** The articles quoting this source, listed when it is read (nothing stored). */
export const articlesQuotingField = (settings: NewsroomSettings): RelationshipField => ({
  name: 'articles',
  label: 'Articles quoting this source',
  type: 'relationship',
  relationTo: settings.slugs.articles,
  hasMany: true,
  virtual: true,
  access: { read: notAboutAnonymousUnlessStaff },
  hooks: { afterRead: [listArticlesQuotingSource(settings)] },
  // A new source is quoted nowhere yet: no empty list on its form.
  admin: {
    readOnly: true,
    description: 'Filled in when a single source is read.',
    condition: (data) => Boolean(data?.id),
  },
})

/** The published stories quoting this source: what decides whether readers see it at all. */
export const sourcePublishedInField = (settings: NewsroomSettings): RelationshipField => ({
  ...publishedInField(
    settings,
    'The published stories that quote this source. Readers see a source only while there is one.',
  ),
  access: { read: notAboutAnonymousUnlessStaff, create: () => false, update: () => false },
})

/** Every quote of this source, in every article. */
export const quotedInJoin = (settings: NewsroomSettings): JoinField => ({
  name: 'quotedIn',
  label: 'Quoted in',
  type: 'join',
  collection: settings.slugs.quotes,
  on: 'speaker',
  defaultLimit: 20,
  defaultSort: '-createdAt',
  access: { read: notAboutAnonymousUnlessStaff },
  admin: {
    condition: (data) => Boolean(data?.id),
    defaultColumns: ['text', 'article', 'speakerTitle'],
    description:
      'Every quote of this source, in every article (readers see those of published articles).',
  },
})
