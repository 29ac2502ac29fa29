/**
 * The production server as `npm start` runs it, for the benchmark and the load test: a build (unless
 * told it is current), a fresh seeded SQLite file, and the server process itself (so its memory can be
 * read from /proc).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, projectRoot } from './appProcess'

export const STORY_SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'

export type ProductionServer = {
  baseURL: string
  pid: number
  work: string
  env: NodeJS.ProcessEnv
  /** Seconds from process start to the first 200 on /api/articles, and for the seed script. */
  coldStartSeconds: number
  /** Seconds from process start to `/healthz?ready` answering 200 (the writer and the jobs runner up). */
  readySeconds: number
  seedSeconds: number
  log: () => string
  /** Runs another script of the project (e.g. a helper server) with the same flags and env. */
  node: (script: string, args?: string[], extraEnv?: Record<string, string>) => ChildProcess
  stop: () => Promise<void>
}

export const waitFor = async (url: string, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) {
        return
      }
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`)
}

/** Resident memory of a process, in MB. */
export const rssMb = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

export const stopProcess = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return resolve()
    }
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })

/** Measures the code as it is: builds it, unless SKIP_BUILD=1 and a build exists. */
export const ensureBuild = () => {
  if (
    process.env.SKIP_BUILD === '1' &&
    fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))
  ) {
    return
  }
  console.log('npm run build …')
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  if (build.status !== 0) {
    throw new Error('next build failed')
  }
}

/** `databaseUri`: another database than a fresh SQLite file (e.g. a fresh Postgres database). */
export const startProductionServer = async (
  name: string,
  { nodeFlags = [] as string[], databaseUri }: { nodeFlags?: string[]; databaseUri?: string } = {},
): Promise<ProductionServer> => {
  ensureBuild()
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-${name}-`))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '',
    DATABASE_URI: databaseUri ?? `file:${path.join(work, `${name}.db`)}`,
    PAYLOAD_SECRET: `${name}-secret`,
    ADMIN_EMAIL: `admin@${name}.test`,
    ADMIN_PASSWORD: `${name} admin password`,
    EDITOR_PASSWORD: `${name} editor password`,
    MODERATOR_PASSWORD: `${name} moderator password`,
    DEV_LOGINS_FILE: path.join(work, 'logins.txt'),
    NEXT_TELEMETRY_DISABLED: '1',
    // autocannon plays many readers: trust its X-Forwarded-For so flood control sees different clients.
    TRUST_PROXY: 'loopback',
  }
  const node = (script: string, args: string[] = [], extraEnv: Record<string, string> = {}) =>
    spawn(
      process.execPath,
      [...nodeFlags, '--conditions=production', '--import', 'tsx', script, ...args],
      {
        cwd: projectRoot,
        env: { ...env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )

  // Seed time: a fresh database, migrated and seeded by the seed script, process start to exit.
  let started = Date.now()
  const seed = spawnSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'seed/index.ts'],
    { cwd: projectRoot, env, encoding: 'utf8' },
  )
  if (seed.status !== 0) {
    throw new Error(`seed failed:\n${seed.stdout}\n${seed.stderr}`)
  }
  const seedSeconds = (Date.now() - started) / 1000

  const port = await freePort()
  started = Date.now()
  const server = node('src/server/index.ts', [], {
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_ON_START: 'false',
  })
  let log = ''
  server.stdout.on('data', (chunk) => (log += chunk))
  server.stderr.on('data', (chunk) => (log += chunk))
  const baseURL = `http://127.0.0.1:${port}`
  await waitFor(`${baseURL}/api/articles`).catch((error) => {
    console.error(log)
    throw error
  })
  const coldStartSeconds = (Date.now() - started) / 1000
  // Traffic only once the server says it is ready (its writer and jobs runner started), as a load
  // balancer's readiness check would: until then their start competes with the readers for the CPU.
  await waitFor(`${baseURL}/healthz?ready`).catch((error) => {
    console.error(log)
    throw error
  })
  return {
    baseURL,
    pid: server.pid!,
    work,
    env,
    coldStartSeconds,
    readySeconds: (Date.now() - started) / 1000,
    seedSeconds,
    log: () => log,
    node,
    stop: async () => {
      await stopProcess(server)
      fs.rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    },
  }
}
