import type { Payload } from 'payload'

import { appendDevLogin, generatePassword } from './devLogins'

/**
 * On a database with no accounts, creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD.
 * In development without them, a password is generated and printed once (and kept in
 * data/dev-logins.txt). In production without them nothing is created: set them, or the
 * first visitor of /admin is asked to create the first user.
 */
export const ensureAdmin = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return

  const email = process.env.ADMIN_EMAIL || 'admin@newsroom.test'
  let password = process.env.ADMIN_PASSWORD
  if (!password) {
    if (process.env.NODE_ENV === 'production') {
      payload.logger.warn('No accounts yet and ADMIN_EMAIL/ADMIN_PASSWORD are not set: open /admin to create the first admin.')
      return
    }
    password = generatePassword()
  }

  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Admin', roles: ['admin'] },
    overrideAccess: true,
  })
  if (!process.env.ADMIN_PASSWORD) appendDevLogin({ role: 'admin', email, password })
  payload.logger.info(`Created the first admin: ${email}`)
}
