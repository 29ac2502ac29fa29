import type { PayloadRequest } from 'payload'

/**
 * The one place plugin code goes past access rules: facts the system itself needs (is this the
 * first account? did this client just post?) and the integrity it keeps (a reported comment back to
 * pending, dependents deleted with their document), never data handed back to the requester.
 * tests/noAccessOverride.test.ts fails if `overrideAccess: true` appears anywhere else in the plugin.
 */
export const systemAccess = (req: PayloadRequest) => ({ req, overrideAccess: true as const })
