/**
 * Runs once before the server accepts requests (in its own process, see src/server/index.ts):
 * opens the database (creating or migrating the schema), makes sure an admin exists, and
 * seeds the story into an empty database unless SEED_ON_START=false.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { recordDevLogins } from '../accounts/devLogins'
import { ensureAdmin } from '../accounts/ensureAdmin'
import {
  databaseNameOf,
  explainConnectionFailure,
  reachDatabase,
  withPreparationLock,
} from '../database'
import { env } from '../env'

const uri = env.databaseUri

/** One process at a time (instances started together on one database): the first admin and seed happen once. */
const main = async () => {
  await reachDatabase(uri).catch((error: unknown) => {
    throw new Error(explainConnectionFailure(uri, error))
  })
  return withPreparationLock(uri, async () => {
    const payload = await getPayload({ config }).catch((error: unknown) => {
      throw new Error(explainConnectionFailure(uri, error))
    })
    const adminLogins = await ensureAdmin(payload)
    let printed = false
    if (env.seedsOnStart) {
      const { seedIfEmpty } = await import('../../../seed/seed')
      // Progress on stdout as it happens (the logger may buffer), like `npm run seed`; the first
      // admin's generated login is printed in the seed's block of logins.
      printed = Boolean(
        await seedIfEmpty(payload, {
          log: (line) => console.log(line),
          earlierLogins: adminLogins,
        }),
      )
    }
    if (!printed) {
      recordDevLogins(databaseNameOf(payload), adminLogins)
    }
    await payload.destroy()
  })
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
