import type { UIField } from 'payload'

import { ADMIN_COMPONENTS } from '../admin/componentPaths'

/**
 * What readers get of the story (published, taken down, retracted, embargoed, not public): at the
 * top of the sidebar and as the articles list's “Public” column. Nothing is stored.
 */
export const publicStateField: UIField = {
  name: 'publicState',
  label: 'Public',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: ADMIN_COMPONENTS.publicStateField, Cell: ADMIN_COMPONENTS.publicStateCell },
  },
}
