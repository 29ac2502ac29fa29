/**
 * Makes a database the way earlier versions of this app did in development: the schema pushed straight
 * from the collections (Payload's dev mode, which leaves a `dev` row in payload_migrations) and the
 * story seeded. `node --import tsx tests/helpers/legacyDevPush.ts` with DATABASE_URI set.
 */
import { getPayload } from 'payload'

import { seedStory } from '../../seed/seed'
import { createAppConfig } from '../../src/server/config'

const payload = await getPayload({ config: createAppConfig({ databaseSchema: 'push' }) })
await seedStory(payload, { log: () => {} })
await payload.destroy()
process.exit(0)
