/**
 * `npm run seed` loads the story; `npm run seed -- --reset` restores its text as a new version;
 * `--demo-comments` adds a few labelled comments to the moderation queue.
 */
import { getPayload } from 'payload'

import config from '../src/payload.config'
import { env } from '../src/server/env'
import { seedStory } from './seed'

const args = new Set(process.argv.slice(2))
const payload = await getPayload({ config })
try {
  await seedStory(payload, {
    reset: args.has('--reset'),
    demoComments: args.has('--demo-comments') || env.seedDemoComments,
    log: (line) => console.log(line),
  })
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
