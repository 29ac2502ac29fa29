import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { childEnv } from '../env'

/** The message the runner sends when a save it made changed what readers may see. */
export const INVALIDATED = 'newsroom:delivery-invalidated'

/** The message the runner sends when it runs the queue, or stands by while another instance's runner does. */
export const JOBS_STATE = 'newsroom:jobs-state'

/** Where a jobs runner is: its Payload still loading, running the queue, or standing by for another instance's. */
export type JobsRunnerState = 'running' | 'standby' | 'starting'

/**
 * Starts src/server/processes/jobsWorker.ts beside the server (same Node flags and environment) and keeps it
 * running: restarted a second after it exits, until `stop()`. `onInvalidated` runs when the runner's
 * saves change stories (a scheduled publish), so the server drops its cache and tells its streams.
 */
export const startJobsRunner = (
  projectRoot: string,
  onInvalidated: (tags?: readonly string[]) => void,
) => {
  let child: ChildProcess | undefined
  let stopping = false
  let state: JobsRunnerState = 'starting'
  const start = () => {
    state = 'starting'
    child = spawn(
      process.execPath,
      [...process.execArgv, path.join(projectRoot, 'src', 'server', 'processes', 'jobsWorker.ts')],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        env: childEnv(),
      },
    )
    child.on('message', (message) => {
      const { type, tags, runner } = (message ?? {}) as {
        type?: string
        tags?: unknown
        runner?: unknown
      }
      if (type === JOBS_STATE && (runner === 'running' || runner === 'standby')) {
        state = runner
      }
      if (type === INVALIDATED) {
        onInvalidated(Array.isArray(tags) ? tags.map(String) : undefined)
      }
    })
    child.on('exit', (code, signal) => {
      state = 'starting'
      if (stopping) {
        return
      }
      console.error(`> Jobs runner exited (${signal ?? code}); restarting in 1 s.`)
      setTimeout(start, 1000).unref()
    })
  }
  start()
  return {
    state: (): JobsRunnerState => state,
    stop: () => {
      stopping = true
      child?.kill('SIGTERM')
    },
  }
}
