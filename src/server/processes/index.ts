/** The server's other processes and how instances cooperate: the bootstrap before the first request, the jobs runner, the writer, and invalidations shared across instances. */
import { spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { isDatabasePrepared } from '../database/preparedDatabase'
import { childEnv } from '../env'
import { projectRoot } from '../paths'

export { INVALIDATED, type JobsRunnerState, startJobsRunner } from './jobsRunner'
export { shareInvalidations } from './sharedInvalidation'
export {
  isWriterProcess,
  startWriterProcess,
  wantsWriterProcess,
  type Writer,
  WRITER_READY,
} from './writerProcess'

/** Runs src/server/processes/bootstrap.ts with the same Node flags (tsx loader, conditions) and waits for it. */
const runBootstrap = () =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, path.join(projectRoot, 'src', 'server', 'processes', 'bootstrap.ts')],
      {
        stdio: 'inherit',
        env: childEnv(),
      },
    )
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`bootstrap exited with code ${code}`)),
    )
  })

/** The bootstrap, unless the database is already prepared (an instance joining a running newsroom). */
export const prepareDatabase = async (uri: string, { seeds }: { seeds: boolean }) => {
  if (await isDatabasePrepared(uri, { seeds })) {
    console.log(
      '> The database is prepared already (migrated, with accounts and the story): no bootstrap needed.',
    )
    return
  }
  await runBootstrap()
}

/** A port free on loopback now, for the writer process. */
export const freeLoopbackPort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo
      probe.close(() => resolve(free))
    })
  })
