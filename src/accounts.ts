import type { Payload, PayloadRequest } from 'payload'

import type { Role } from './types'
import { generatePassword } from './devLogins'

import type { User } from './payload-types'
type DocID = User['id']

export type AccountSpec = { role: Role; email: string; password?: string; name: string }

/** Where each seeded account's login comes from: env first, then a development default. */
export const accountFromEnv = (role: Role): AccountSpec => {
  const prefix = role.toUpperCase()
  return {
    role,
    name: role[0]!.toUpperCase() + role.slice(1),
    email: process.env[`${prefix}_EMAIL`] || `${role}@newsroom.test`,
    password: process.env[`${prefix}_PASSWORD`] || undefined,
  }
}

/**
 * Finds the account by email, or creates it. A missing password is generated (never a fixed default)
 * and returned for the caller to print once it is committed; an existing account is never touched.
 */
export const ensureAccount = async (
  payload: Payload,
  spec: AccountSpec,
  req?: Partial<PayloadRequest>,
): Promise<{ id: DocID; created: boolean; generatedPassword?: string }> => {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: spec.email.toLowerCase() } },
    limit: 1,
    depth: 0,
    req,
  })
  if (existing.docs[0]) return { id: existing.docs[0].id, created: false }
  const password = spec.password || generatePassword()
  const user = await payload.create({
    collection: 'users',
    data: { email: spec.email, password, name: spec.name, roles: [spec.role] },
    req,
  })
  return { id: user.id, created: true, generatedPassword: spec.password ? undefined : password }
}
