import type { PayloadRequest } from 'payload'

/**
 * Local API options for a read or write a hook makes while serving a request: the requester's own
 * access rules (a reader never gets more through our code than through the API), except for the
 * system itself (a script or the seed: Local API with no user), which Payload trusts by default.
 */
export const asCaller = (req: PayloadRequest) => ({
  req,
  overrideAccess: isSystemRequest(req),
})

/** The system itself at work (a script, the seed, a migration): the Local API with no user. */
export const isSystemRequest = (req: Pick<PayloadRequest, 'payloadAPI' | 'user'>): boolean =>
  req.payloadAPI === 'local' && !req.user
