import type { GroupField } from 'payload'

import { relationship } from 'payload/shared'

import type { NewsroomSettings } from '../../../src/plugin/options'

import {
  editorialStaffOnlyField,
  editorsOnlyField,
  identitiesField,
} from '../../../src/plugin/access'
import { APPROVING_ROLES } from '../../../src/plugin/vocabulary'
import { isKind, requiredFor } from './forKind'

/** An anonymous source's standards record: why anonymity was granted, who approved it, who they are. */
export const anonymityField = (settings: NewsroomSettings): GroupField => ({
  name: 'anonymity',
  type: 'group',
  admin: {
    condition: isKind('anonymous'),
    description:
      'SPJ and AP standards: say why anonymity was granted, and an editor must know who the source is.',
  },
  fields: [
    {
      name: 'reason',
      type: 'textarea',
      maxLength: 1000,
      validate: requiredFor('anonymous', 'The reason anonymity was granted'),
      admin: { description: 'Why this source could not be named; readers may be told this.' },
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: settings.slugs.users,
      // Only an editor can approve anonymity; this also checks the account exists.
      filterOptions: { roles: { in: APPROVING_ROLES } },
      validate: requiredFor('anonymous', 'The approving editor', relationship),
      // A reporter may propose an anonymous source; only an editor records the approval.
      access: {
        read: editorialStaffOnlyField,
        create: editorsOnlyField,
        update: editorsOnlyField,
      },
      admin: { description: 'The editor who approved granting anonymity.' },
    },
    {
      name: 'trueIdentity',
      type: 'textarea',
      maxLength: 2000,
      access: { read: identitiesField, create: identitiesField, update: identitiesField },
      admin: {
        description:
          'Who the source really is and how to reach them. Visible to editors and legal only, never published.',
      },
    },
  ],
})
