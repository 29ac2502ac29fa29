import type { CollectionBeforeChangeHook } from 'payload'

import crypto from 'node:crypto'

/** A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. */
export const newSigningSecret = () => `whsec_${crypto.randomBytes(32).toString('base64')}`

/** Every new webhook gets its own secret; nobody can set or change it through the API. */
export const generateSigningSecret: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
}) => {
  if (operation === 'create') {
    return { ...data, secret: newSigningSecret() }
  }
  // Field access keeps a request from writing it; keep what is stored.
  return { ...data, secret: originalDoc?.secret ?? newSigningSecret() }
}
