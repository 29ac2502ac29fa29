/**
 * `WRITER_PROCESS=true` (production): the requests that write (every method but GET, HEAD and
 * OPTIONS: saves, comment posts, logins, GraphQL) go to a second app process on loopback, so that
 * their Payload work (tens of milliseconds of CPU a save, SQLite's queries included) never holds up
 * the event loop that answers readers from the story cache. The writer is this same server, started
 * as a child with IPC: its invalidations come back here at once (like the jobs runner's), and from
 * here go to the other instances and the CDN. Until it answers, and whenever it is gone, this
 * process serves writes itself.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'

import { childEnv, env } from '../env'
import { INVALIDATED } from './jobsRunner'

/** The message the writer sends once it listens. */
export const WRITER_READY = 'newsroom:writer-ready'

/** True in the writer itself (it must not start a writer, a jobs runner or its own invalidation sharing). */
export const isWriterProcess = () => env.isWriterProcess

export const wantsWriterProcess = (dev: boolean) =>
  !dev && !isWriterProcess() && env.wantsWriterProcess

/** Reads and answers without writing: these stay with the process that serves readers. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type Writer = {
  /** Whether it takes writes yet (until then, and while it restarts, this process serves them). */
  state: () => 'ready' | 'starting'
  /** Sends a writing request to the writer; false (nothing sent, nothing read) when it is not there. */
  forward: (req: http.IncomingMessage, res: http.ServerResponse, clientAddress: string) => boolean
  stop: () => void
}

export const startWriterProcess = (
  projectRoot: string,
  { port, onInvalidated }: { port: number; onInvalidated: (tags?: readonly string[]) => void },
): Writer => {
  let child: ChildProcess | undefined
  let ready = false
  let stopping = false
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
  const start = () => {
    ready = false
    child = spawn(
      process.execPath,
      [...process.execArgv, path.join(projectRoot, 'src', 'server', 'index.ts')],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        env: childEnv({
          NEWSROOM_WRITER: '1',
          JOBS_RUNNER: 'false',
          PORT: String(port),
          HOST: '127.0.0.1',
        }),
      },
    )
    child.on('message', (message) => {
      const { type, tags } = (message ?? {}) as { type?: string; tags?: unknown }
      if (type === WRITER_READY) {
        ready = true
      }
      if (type === INVALIDATED) {
        onInvalidated(Array.isArray(tags) ? tags.map(String) : undefined)
      }
    })
    child.on('exit', (code, signal) => {
      ready = false
      if (stopping) {
        return
      }
      console.error(
        `> Writer process exited (${signal ?? code}); restarting in 1 s, writes served here meanwhile.`,
      )
      setTimeout(start, 1000).unref()
    })
  }
  start()

  const forward = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    clientAddress: string,
  ): boolean => {
    if (!ready || READS.has(req.method ?? 'GET')) {
      return false
    }
    // The writer trusts this process (loopback) for the client's address, as the app does a proxy.
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': clientAddress },
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => {
      if (res.headersSent) {
        return void res.destroy()
      }
      // The request's body is spent: it cannot be served here instead. Nothing was acknowledged.
      res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '1' })
      res.end(
        JSON.stringify({
          errors: [
            {
              message:
                'The server is restarting its writer; nothing was changed. Try again in a moment.',
            },
          ],
        }),
      )
    })
    req.pipe(upstream)
    return true
  }
  return {
    state: () => (ready ? 'ready' : 'starting'),
    forward,
    stop: () => {
      stopping = true
      child?.kill('SIGTERM')
      agent.destroy()
    },
  }
}
