import type { Field } from 'payload'

import { nobodyField } from '../../../src/plugin/access'
import { withholdBylineField } from '../../../src/plugin/fields/withholdByline'

/**
 * An author whose byline is withheld for their safety: readers see the newsroom's withheld name
 * (“Staff”) on every story, at once, and their page is gone; the newsroom keeps the credits. Editors
 * decide; lifting it shows the name again as each story is next published.
 */
export const withholdingField = (): Field =>
  withholdBylineField('Withhold this author’s byline for their safety')

/**
 * Whether readers may see the author: credited by name on a published story (its byline not
 * withheld). Kept by the system at each publish (src/plugin/bylines/publicAuthors.ts), never typed;
 * the collection's read access for readers reads it.
 */
export const publicProfileField = (): Field => ({
  name: 'publicProfile',
  label: 'Public',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  access: { create: nobodyField, update: nobodyField },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Readers see this author once a published story credits them by name.',
  },
})
