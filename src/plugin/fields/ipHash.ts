import type { FieldAccess, TextField } from 'payload'

/** The salted hash of the submitter's IP: set by the server, never by the client, read only by staff. */
export const ipHashField = (readAccess: FieldAccess): TextField => ({
  name: 'ipHash',
  label: 'IP hash',
  type: 'text',
  index: true,
  access: { read: readAccess, create: () => false, update: () => false },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description:
      'A salted hash of the sender’s IP address (the address itself is never stored). Equal hashes: same network.',
  },
})
