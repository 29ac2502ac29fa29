import type { Payload } from 'payload'

import type { DevLogin } from './devLogins'

import { accountFromEnv, ensureAccount } from './index'

/**
 * On a database with no accounts, creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD.
 * Without a password, development generates one and prints it once; production creates nothing
 * and prints no password (set them, or the first visitor of /admin is asked to create the first user).
 * Returns the generated login, if any, for the caller to print with the seed's (one block, not two).
 */
export const ensureAdmin = async (payload: Payload): Promise<DevLogin[]> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) {
    return []
  }
  const admin = accountFromEnv('admin')
  const ensured = await ensureAccount(payload, admin)
  if (!ensured.id) {
    payload.logger.warn(
      'No accounts yet and ADMIN_PASSWORD is not set: open /admin to create the first admin.',
    )
    return []
  }
  payload.logger.info(`Created the first admin: ${admin.email}`)
  return 'generatedPassword' in ensured && ensured.generatedPassword
    ? [{ role: 'admin', email: admin.email, password: ensured.generatedPassword }]
    : []
}
