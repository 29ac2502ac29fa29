import type {
  AfterErrorHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import crypto from 'node:crypto'
import { commitTransaction } from 'payload'

import type { NewsroomSettings } from '../options'

import { appendHooks } from '../collectionOverrides'
import { RefusedRequest } from '../errors'
import { hashIp } from '../submissions/clientIp'
import { clientThrottle } from './clientThrottle'

/** The one answer to every failed sign-in: unknown email, wrong password, locked account. */
export const FAILED_LOGIN_MESSAGE = 'The email or password provided is incorrect.'
const FAILED_LOGIN_CONTEXT = 'newsroomLogin'

/** Payload's current password hashing (payload/dist/auth/strategies/local/generatePasswordSaltHash.js). */
const PBKDF2 = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

/** The work a password check against a stored hash takes, for sign-ins that have no hash to check. */
const hashForNothing = (password: unknown) =>
  new Promise<void>((resolve) =>
    crypto.pbkdf2(
      typeof password === 'string' ? password : '',
      crypto.randomBytes(32).toString('hex'),
      PBKDF2.iterations,
      PBKDF2.keyLength,
      PBKDF2.digest,
      () => resolve(),
    ),
  )

const tooMany = (req: PayloadRequest, retryAfter: number, what: string): never => {
  req.responseHeaders = new Headers({ 'Retry-After': String(retryAfter) })
  throw new RefusedRequest(
    `Too many ${what} from your network. Please wait ${Math.ceil(retryAfter / 60)} minutes and try again.`,
    429,
    { retryAfter },
  )
}

/** Payload falls back to printing emails on the console when the host configured no email adapter. */
const sendsEmail = (req: PayloadRequest) => {
  const email = req.payload.email as { name?: string } | undefined
  return Boolean(email && email.name !== 'console')
}

/** `lockUntil` is an ISO string from SQL databases, a Date from MongoDB. */
const isLocked = (lockUntil: unknown) =>
  (lockUntil instanceof Date
    ? lockUntil.getTime()
    : typeof lockUntil === 'string'
      ? Date.parse(lockUntil)
      : Number.NaN) > Date.now()

/**
 * What keeps staff accounts from being found out or locked out by strangers, and password reset
 * from holding the database:
 *
 * - Sign-in: a client (by hashed address, an IPv6 client by its /64) gets `logins.maxFailuresPerClient`
 *   failures per `logins.windowMinutes`, then 429, long before the account's own lockout
 *   (`loginLockout.maxLoginAttempts`, counted across all clients) would lock it for everyone.
 *   Every failure is answered alike (401, one message, for an unknown email, a wrong password or a
 *   locked account), and an unknown email or a locked account costs the same password hashing as a
 *   wrong password.
 * - Forgot password: refused with 403 when no email adapter is configured (Payload would only print
 *   the reset link on the server's console); `logins.maxPasswordResetsPerClient` requests per client
 *   per window, then 429. Payload's operation opens a transaction and then writes its per-account
 *   rate limit outside it: on SQLite that write waits for the lock its own transaction holds, until
 *   the lock timeout, blocking every other writer meanwhile. The transaction it opened (nothing in it
 *   yet) is committed here, so each of its writes is a short one of its own and the email goes out
 *   with no lock held (requests over REST and GraphQL; a Local API call may run in its caller's
 *   transaction, which is left alone).
 *
 * Counts are kept in each process's memory (see the README on several instances).
 */
export const accountProtection = (settings: NewsroomSettings) => {
  const windowMs = settings.logins.windowMinutes * 60_000
  const failedLogins = clientThrottle({ max: settings.logins.maxFailuresPerClient, windowMs })
  const passwordResets = clientThrottle({
    max: settings.logins.maxPasswordResetsPerClient,
    windowMs,
  })
  const clientOf = (req: PayloadRequest) => hashIp(settings.clientIp(req), req.payload.secret)

  const beforeOperation: CollectionBeforeOperationHook = async ({
    args,
    collection,
    operation,
    req,
  }) => {
    const fromOutside = req.payloadAPI !== 'local'
    if (operation === 'login' && fromOutside) {
      const client = clientOf(req)
      const wait = failedLogins.retryAfterSeconds(client)
      if (wait) {
        tooMany(req, wait, 'failed sign-ins')
      }
      req.context[FAILED_LOGIN_CONTEXT] = client
      const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
      if (typeof email !== 'string' || typeof password !== 'string' || !password.trim()) {
        return args
      } // Payload's 400 names the field
      const user = (await req.payload.db.findOne({
        collection: collection.slug,
        where: { email: { equals: email.toLowerCase().trim() } },
        req,
      })) as { lockUntil?: unknown } | null
      if (!user || isLocked(user.lockUntil)) {
        await hashForNothing(password)
        throw new RefusedRequest(FAILED_LOGIN_MESSAGE, 401)
      }
    }
    if (operation === 'forgotPassword') {
      if (!(args as { disableEmail?: boolean }).disableEmail && !sendsEmail(req)) {
        throw new RefusedRequest(
          'Password reset by email is not configured on this server. Ask an administrator to set a new password for you.',
          403,
        )
      }
      if (fromOutside) {
        const client = clientOf(req)
        const wait = passwordResets.retryAfterSeconds(client)
        if (wait) {
          tooMany(req, wait, 'password reset requests')
        }
        passwordResets.record(client)
      }
      // Over REST and GraphQL the transaction is the operation's own; a Local API caller's may be its own, to keep.
      if (fromOutside && req.transactionID) {
        await commitTransaction(req)
      }
    }
    return args
  }

  /** Counts a sign-in's failure against its client and answers it like every other (REST and GraphQL). */
  const afterError: AfterErrorHook = ({ error, graphqlResult, req }) => {
    const client = req.context?.[FAILED_LOGIN_CONTEXT]
    if (typeof client !== 'string' || (error as { status?: number }).status !== 401) {
      return
    }
    failedLogins.record(client)
    return {
      status: 401,
      response: { errors: [{ message: FAILED_LOGIN_MESSAGE }] },
      graphqlResult: graphqlResult && {
        ...graphqlResult,
        message: FAILED_LOGIN_MESSAGE,
        extensions: { ...graphqlResult.extensions, name: 'AuthenticationError', statusCode: 401 },
      },
    }
  }

  return { beforeOperation, afterError }
}

/**
 * A users collection (the plugin's or the host's) with the protections above and a login cookie sent
 * over HTTPS only (unless the host chose otherwise for its own collection).
 */
export const protectAccounts = (
  users: CollectionConfig,
  protection: ReturnType<typeof accountProtection>,
  settings: NewsroomSettings,
): CollectionConfig => {
  if (settings.disabled) {
    return users
  }
  const auth = typeof users.auth === 'object' ? users.auth : {}
  const cookies = { ...auth.cookies, secure: auth.cookies?.secure ?? settings.secureCookies }
  return appendHooks(
    { ...users, auth: { ...auth, cookies } },
    { beforeOperation: [protection.beforeOperation] },
  )
}
