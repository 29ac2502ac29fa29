import type { RelationshipField } from 'payload'

import type { NewsroomSettings } from '../options'

/**
 * Which published stories use a quote or a source: kept by the system from the published bodies
 * (src/standards/citations.ts), never typed, and what readers' access to quotes and sources reads.
 */
export const publishedInField = (
  settings: NewsroomSettings,
  description: string,
): RelationshipField => ({
  name: 'publishedIn',
  label: 'Published in',
  type: 'relationship',
  relationTo: settings.slugs.articles,
  hasMany: true,
  index: true,
  maxDepth: 0,
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true, description },
})
