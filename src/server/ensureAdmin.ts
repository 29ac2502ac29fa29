import type { Payload } from 'payload'

import { accountFromEnv, ensureAccount } from './accounts'
import { databaseNameOf } from './database'
import { recordDevLogins } from './devLogins'

/**
 * On a database with no accounts, creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD.
 * Without a password, development generates one and prints it once; production creates nothing
 * and prints no password (set them, or the first visitor of /admin is asked to create the first user).
 */
export const ensureAdmin = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  const admin = accountFromEnv('admin')
  const ensured = await ensureAccount(payload, admin)
  if (!ensured.id) {
    payload.logger.warn('No accounts yet and ADMIN_PASSWORD is not set: open /admin to create the first admin.')
    return
  }
  if ('generatedPassword' in ensured && ensured.generatedPassword) recordDevLogins(databaseNameOf(payload), [{ role: 'admin', email: admin.email, password: ensured.generatedPassword }])
  payload.logger.info(`Created the first admin: ${admin.email}`)
}
