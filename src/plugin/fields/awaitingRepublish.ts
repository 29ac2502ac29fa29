import type { UIField } from 'payload'

import type { NewsroomSettings } from '../options'

import { ADMIN_COMPONENTS } from '../admin/componentPaths'

/**
 * At the top of a quote's, source's or picture's page: the published stories that still show it as
 * it was before a change (readers get each story as its last publish made it), with a "Republish…"
 * per story for editors. Admin only: no data, nothing in the API.
 */
export const awaitingRepublishField = (
  settings: NewsroomSettings,
  record: 'media' | 'quote' | 'source',
): UIField => ({
  name: 'awaitingRepublish',
  type: 'ui',
  admin: {
    // A new record is in no published story.
    condition: (data) => Boolean(data?.id),
    components: {
      Field: {
        path: ADMIN_COMPONENTS.awaitingRepublish,
        clientProps: { record, articlesSlug: settings.slugs.articles },
      },
    },
  },
})
