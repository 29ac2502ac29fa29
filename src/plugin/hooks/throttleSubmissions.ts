import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import type { NewsroomSettings } from '../options'

import { isSystemRequest } from '../access/callerAccess'
import { isEditorialStaff, isModerator } from '../access/roles'
import { systemAccess } from '../access/systemAccess'
import { RefusedRequest } from '../errors'
import { hashIp } from '../submissions/clientIp'
import { emailKey } from '../submissions/emailKey'
import { lockForTransaction } from '../transactionLock'

/** The field where a submission's counting key for its email is kept (see emailKeyField). */
export const EMAIL_KEY_FIELD = 'emailKey'

/**
 * Flood control for public submissions, WordPress's way: the database is the shared store, so the
 * rule holds across every app instance using it. One submission per `floodSeconds` per client (by
 * hashed IP, an IPv6 client by its /64) and per mailbox (however the address is spelled, see
 * emailKey); the answer is 429 with Retry-After. Stamps the IP hash and the email key too.
 *
 * A submission with a bad field is told about the field first, even when sent too soon: valid input
 * is refused at once (nothing written), input with a field error goes on to Payload's validation
 * and its 400, and refuseFloodedSubmission (the first afterChange hook, inside the write's
 * transaction, so the row is rolled back) answers the 429 should that validation pass after all.
 */
export const throttleSubmissions =
  (
    settings: NewsroomSettings,
    { emailField }: { emailField: string },
  ): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, req }) => {
    if (operation !== 'create') {
      return data
    }
    const email =
      typeof data[emailField] === 'string' && data[emailField].trim()
        ? data[emailField].trim().toLowerCase()
        : undefined
    const stamped = {
      ...data,
      ipHash: hashIp(settings.clientIp(req), req.payload.secret),
      ...(email ? { [emailField]: email, [EMAIL_KEY_FIELD]: emailKey(email) } : {}),
    }
    const isStaffOrSystem =
      isModerator(req.user) || isEditorialStaff(req.user) || isSystemRequest(req)
    if (isStaffOrSystem) {
      return stamped
    }

    const windowMs = settings.submissions.floodSeconds * 1000
    // Until this transaction ends, this submitter's other submissions wait here (on every instance).
    await lockForTransaction(req, [
      `submitter:ip:${stamped.ipHash}`,
      ...(email ? [`submitter:email:${emailKey(email)}`] : []),
    ])
    const sameClient: Where[] = [
      { ipHash: { equals: stamped.ipHash } },
      ...(email ? [{ [EMAIL_KEY_FIELD]: { equals: emailKey(email) } }] : []),
    ]
    const { docs } = await req.payload.find({
      collection: collection.slug,
      where: {
        and: [
          { createdAt: { greater_than: new Date(Date.now() - windowMs).toISOString() } },
          { or: sameClient },
        ],
      },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      pagination: false,
      select: { createdAt: true },
      ...systemAccess(req),
    })
    const last = docs[0] as { createdAt?: string } | undefined
    if (!last?.createdAt) {
      return stamped
    }

    const retryAfter = Math.max(
      1,
      Math.ceil((Date.parse(last.createdAt) + windowMs - Date.now()) / 1000),
    )
    // Valid input sent too soon (a flood's usual case) is refused here, before the row is written.
    if (!(await hasInputErrors(collection, stamped, req))) {
      refuseTooSoon(req, retryAfter)
    }
    // Otherwise Payload's validation answers with the field's 400; should it pass after all, the 429 follows the write (rolled back).
    floodedSubmissions(req).set(collection.slug, retryAfter)
    return stamped
  }

/** Whether a field the submission carries fails the collection's own validation (Payload would answer 400). */
const hasInputErrors = async (
  collection: SanitizedCollectionConfig,
  data: Record<string, unknown>,
  req: PayloadRequest,
): Promise<boolean> => {
  for (const field of collection.fields) {
    if (
      !('name' in field) ||
      !(field.name in data) ||
      !('validate' in field) ||
      typeof field.validate !== 'function'
    ) {
      continue
    }
    const result = await (
      field.validate as (value: unknown, options: unknown) => Promise<string | true> | string | true
    )(data[field.name], {
      ...field,
      collectionSlug: collection.slug,
      data,
      siblingData: data,
      event: 'submit',
      operation: 'create',
      path: [field.name],
      preferences: { fields: {} },
      req,
    })
    if (typeof result === 'string') {
      return true
    }
  }
  return false
}

const refuseTooSoon = (req: PayloadRequest, retryAfter: number): never => {
  req.responseHeaders = new Headers({ 'Retry-After': String(retryAfter) })
  throw new RefusedRequest(
    `You are posting too quickly. Please wait ${retryAfter} seconds and try again.`,
    429,
    { retryAfter },
  )
}

/** This request's submissions found too soon, by collection: the seconds to wait. */
const floodedSubmissions = (req: PayloadRequest): Map<string, number> => {
  req.context.floodedSubmissions ??= new Map<string, number>()
  return req.context.floodedSubmissions as Map<string, number>
}

/** The 429 for a submission throttleSubmissions found too soon, once its fields have passed validation. */
export const refuseFloodedSubmission: CollectionAfterChangeHook = ({
  collection,
  operation,
  req,
  doc,
}) => {
  const retryAfter =
    operation === 'create' ? floodedSubmissions(req).get(collection.slug) : undefined
  if (retryAfter === undefined) {
    return doc
  }
  floodedSubmissions(req).delete(collection.slug)
  return refuseTooSoon(req, retryAfter)
}
