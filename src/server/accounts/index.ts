import type { Role } from 'newsroom-payload'
/** Accounts the app creates itself: the first admin and the seed's logins (from `<ROLE>_EMAIL` / `<ROLE>_PASSWORD`), generated development logins, and Payload's secret. */
import type { Payload, PayloadRequest } from 'payload'

import type { User } from '../../payload-types'

import { env } from '../env'
import { generatePassword, mayGeneratePasswords } from './devLogins'
type DocID = User['id']

export type AccountSpec = { role: Role; email: string; password?: string; name: string }

/** Where each account's login comes from: `<ROLE>_EMAIL` / `<ROLE>_PASSWORD`, then a development default email. */
export const accountFromEnv = (role: Role): AccountSpec => {
  const login = env.login(role)
  return {
    role,
    name: role[0].toUpperCase() + role.slice(1),
    email: login.email || `${role}@newsroom.test`,
    password: login.password,
  }
}

export type EnsuredAccount =
  | { id: DocID; created: boolean; generatedPassword?: string }
  /** Production without a configured password: nothing is created, nothing generated. */
  | { id: undefined; created: false; skipped: true }

/**
 * Finds the account by email, or creates it. Without a configured password, development generates
 * one (never a fixed default) for the caller to print once it is committed; production creates
 * nothing. An existing account is never touched.
 */
export const ensureAccount = async (
  payload: Payload,
  spec: AccountSpec,
  req?: Partial<PayloadRequest>,
): Promise<EnsuredAccount> => {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: spec.email.toLowerCase() } },
    limit: 1,
    depth: 0,
    req,
  })
  if (existing.docs[0]) {
    return { id: existing.docs[0].id, created: false }
  }
  if (!spec.password && !mayGeneratePasswords()) {
    return { id: undefined, created: false, skipped: true }
  }
  const password = spec.password || generatePassword()
  const user = await payload.create({
    collection: 'users',
    data: { email: spec.email, password, name: spec.name, roles: [spec.role] },
    req,
  })
  return { id: user.id, created: true, generatedPassword: spec.password ? undefined : password }
}
