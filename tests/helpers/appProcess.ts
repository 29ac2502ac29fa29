import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const projectRoot = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '..',
  '..',
)

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** Who logs in to a test's app, one of each newsroom role (each test file its own, on its own database). */
export type Logins = Partial<Record<'legal' | 'reporter', { email: string; password: string }>> &
  Record<'admin' | 'editor' | 'moderator', { email: string; password: string }>

export const testLogins = (domain: string): Required<Logins> => ({
  admin: { email: `admin@${domain}`, password: `${domain} admin password` },
  editor: { email: `editor@${domain}`, password: `${domain} editor password` },
  moderator: { email: `moderator@${domain}`, password: `${domain} moderator password` },
  reporter: { email: `reporter@${domain}`, password: `${domain} reporter password` },
  legal: { email: `legal@${domain}`, password: `${domain} legal password` },
})

/** The environment that makes the app create these users on first start (see src/server/accounts/ensureAdmin.ts). */
export const loginEnv = (logins: Logins): Record<string, string> => ({
  ADMIN_EMAIL: logins.admin.email,
  ADMIN_PASSWORD: logins.admin.password,
  EDITOR_EMAIL: logins.editor.email,
  EDITOR_PASSWORD: logins.editor.password,
  MODERATOR_EMAIL: logins.moderator.email,
  MODERATOR_PASSWORD: logins.moderator.password,
  ...(logins.reporter
    ? { REPORTER_EMAIL: logins.reporter.email, REPORTER_PASSWORD: logins.reporter.password }
    : {}),
  ...(logins.legal
    ? { LEGAL_EMAIL: logins.legal.email, LEGAL_PASSWORD: logins.legal.password }
    : {}),
})

export type AppProcess = {
  baseURL: string
  dataDir: string
  output: () => string
  /** SIGTERM (then SIGKILL after 10 s); removes the data directory unless keepData. */
  stop: (options?: { keepData?: boolean }) => Promise<void>
  /** SIGKILL to the whole process group (npm, the server, its bootstrap child), as a crash would. */
  kill: () => Promise<void>
  child: ChildProcess
}

/**
 * Starts the real app (`npm run dev` or `npm start`: express + Next + Payload) as a user would, on a
 * fresh SQLite file (or the one in `dataDir`, to restart on it), and waits until /healthz answers,
 * or until its output matches `until` (to catch it in the middle of start-up). Its writer and jobs
 * runner may still be starting then: healthOnceReady waits for them.
 */
export const startApp = async ({
  script = 'dev',
  env = {},
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-app-')),
  until,
  timeoutMs = 180_000,
}: {
  script?: 'dev' | 'start'
  env?: Record<string, string>
  dataDir?: string
  until?: RegExp
  timeoutMs?: number
} = {}): Promise<AppProcess> => {
  const port = await freePort()
  let output = ''
  const child = spawn('npm', ['run', script], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: script === 'start' ? 'production' : 'development',
      PORT: String(port),
      DATABASE_URI: `file:${path.join(dataDir, 'app.db')}`,
      PAYLOAD_SECRET: 'app-process-test-secret',
      DEV_LOGINS_FILE: path.join(dataDir, 'dev-logins.txt'),
      NEXT_DIST_DIR: script === 'dev' ? '.next/test' : '.next',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      /* already gone */
    }
  }
  let matched: () => void = () => {}
  const outputMatched = new Promise<void>((resolve) => (matched = resolve))
  const onOutput = (chunk: Buffer) => {
    output += chunk
    if (until?.test(output)) {
      matched()
    }
  }
  child.stdout.on('data', onOutput)
  child.stderr.on('data', onOutput)

  const baseURL = `http://127.0.0.1:${port}`
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      signalGroup('SIGKILL')
    }
    await exited
  }
  const stop = async ({ keepData = false } = {}) => {
    if (child.exitCode === null && child.signalCode === null) {
      signalGroup('SIGTERM')
      const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    }
    if (!keepData) {
      // A child of the app (the writer, a jobs runner) may still be closing files in it: retry a moment.
      fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    }
  }
  const app = { baseURL, dataDir, output: () => output, stop, kill, child }

  const deadline = Date.now() + timeoutMs
  if (until) {
    const timeout = new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())
    await Promise.race([outputMatched, exited, timeout])
    if (until.test(output)) {
      return app
    }
    await stop({ keepData: true })
    throw new Error(
      `the app's output did not match ${until} within ${timeoutMs / 1000} s:\n${output}`,
    )
  }
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`the app exited with ${child.exitCode}:\n${output}`)
    }
    try {
      const res = await fetch(`${baseURL}/healthz`)
      if (res.ok) {
        return app
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`the app did not answer /healthz within ${timeoutMs / 1000} s:\n${output}`)
}

export type Health = { ready: boolean; processes: Record<string, string> }

/** /healthz once the instance says it is ready (`?ready` is 503 until then), within a deadline. */
export const healthOnceReady = async (baseURL: string): Promise<Health> => {
  const deadline = Date.now() + 120_000
  for (;;) {
    const res = await fetch(`${baseURL}/healthz?ready`)
    const answer = (await res.json()) as Health
    expect([res.status, answer.ready]).toEqual(answer.ready ? [200, true] : [503, false])
    if (answer.ready || Date.now() > deadline) {
      return answer
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/**
 * Instances started together on one database, once each says it is ready: every writer up, one jobs
 * runner running the queue and the others standing by to take over.
 */
export const expectInstancesSettled = async (instances: { baseURL: string }[]) => {
  const health = await Promise.all(instances.map((instance) => healthOnceReady(instance.baseURL)))
  expect(health.map((answer) => answer.processes.writer)).toEqual(instances.map(() => 'ready'))
  expect(health.map((answer) => answer.processes.jobsRunner).sort()).toEqual([
    'running',
    ...instances.slice(1).map(() => 'standby'),
  ])
}
