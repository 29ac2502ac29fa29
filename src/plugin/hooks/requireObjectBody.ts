import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

/**
 * Payload's create and update expect a JSON object; a body that is a string, a number, an array or
 * null makes its field hooks throw (a 500). Refuse it up front with a 400 that says what is expected.
 */
export const requireObjectBody: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  // Undefined too: a body that is not JSON (text/plain, say) reaches Payload as no data at all.
  if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new APIError('The request body must be a JSON object of fields, sent as application/json.', 400, undefined, true)
  }
  return args
}
