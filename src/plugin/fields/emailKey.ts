import type { TextField } from 'payload'

import { EMAIL_KEY_FIELD } from '../hooks/throttleSubmissions'

/** The submitter's mailbox as counted by flood control (set by the server, never shown, never sent to). */
export const emailKeyField = (): TextField => ({
  name: EMAIL_KEY_FIELD,
  type: 'text',
  index: true,
  access: { read: () => false, create: () => false, update: () => false },
  admin: { hidden: true },
})
