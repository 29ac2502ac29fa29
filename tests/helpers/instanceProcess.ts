/**
 * A second app instance in its own process, serving Payload's REST API on an existing database:
 * `node --import tsx tests/helpers/instanceProcess.ts <databaseUri> <floodSeconds>`. Prints "READY <url>"
 * once it serves, then serves until killed.
 */
import { startNewsroomOn } from './newsroom'

const [databaseUri, floodSeconds = '15'] = process.argv.slice(2)
const instance = await startNewsroomOn(databaseUri, {
  newsroom: { submissions: { floodSeconds: Number(floodSeconds) } },
})
console.log(`READY ${instance.baseURL}`)
process.on('SIGTERM', () => instance.close().finally(() => process.exit(0)))
