import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const projectRoot = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..')

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

export type AppProcess = { baseURL: string; dataDir: string; output: () => string; stop: () => Promise<void>; child: ChildProcess }

/**
 * Starts the real app (`npm run dev` or `npm start`: express + Next + Payload) as a user would, on a
 * fresh SQLite file, and waits until /healthz answers.
 */
export const startApp = async ({
  script = 'dev',
  env = {},
  timeoutMs = 180_000,
}: { script?: 'dev' | 'start'; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<AppProcess> => {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-app-'))
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
      NEXT_DIST_DIR: script === 'dev' ? '.next/test' : '.next',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))

  const baseURL = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        /* already gone */
      }
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL')
          } catch {
            /* already gone */
          }
          resolve(undefined)
        }, 10_000)
        child.once('exit', () => {
          clearTimeout(timer)
          resolve(undefined)
        })
      })
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  }

  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`the app exited with ${child.exitCode}:\n${output}`)
    }
    try {
      const res = await fetch(`${baseURL}/healthz`)
      if (res.ok) return { baseURL, dataDir, output: () => output, stop, child }
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`the app did not answer /healthz within ${timeoutMs / 1000} s:\n${output}`)
}
