import type { FieldAccess, TextField } from 'payload'

import { seesIdentities } from '../../../src/plugin/access'

/** An anonymous source's name is an identity: editors and legal only. */
const notAnonymousNameUnlessIdentities: FieldAccess = ({ req, doc }) =>
  seesIdentities(req.user) || doc?.kind !== 'anonymous'

/** How the story refers to the source, as printed: its title in the admin and in lists. */
export const descriptionField = (): TextField => ({
  name: 'description',
  type: 'text',
  required: true,
  index: true,
  maxLength: 300,
  admin: {
    description:
      'How the story refers to this source, as printed: “a colleague who spoke on condition of anonymity”.',
  },
})

/** The public name, if the story names the source; never an anonymous source's. */
export const nameField = (): TextField => ({
  name: 'name',
  type: 'text',
  maxLength: 200,
  // Emptied when a source becomes anonymous (see keepAnonymousIdentityPrivate); hidden too, for any row from before.
  access: { read: notAnonymousNameUnlessIdentities },
  admin: {
    condition: (data) => data?.kind !== 'anonymous',
    description: 'The public name of the person, body or account, if the story names it.',
  },
})

/** The source's title or role, as printed beside the quote. */
export const roleField = (): TextField => ({
  name: 'role',
  type: 'text',
  maxLength: 200,
  admin: { description: 'Title or role as printed, e.g. “police spokesperson”.' },
})
