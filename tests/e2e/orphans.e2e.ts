import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, projectRoot } from '../helpers/appProcess'

/**
 * The server's helper processes (the jobs runner; the writer, with WRITER_PROCESS=true) end with it,
 * however it ends, even killed while they are still loading: a runner left behind would keep the
 * database's jobs leadership with old code, and a new server's runner would wait for it forever.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-orphans-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_OPTIONS: '',
  NODE_ENV: 'production',
  DATABASE_URI: `file:${path.join(dataDir, 'app.db')}`,
  PAYLOAD_SECRET: 'orphans-secret',
  ADMIN_EMAIL: 'admin@orphans.test',
  ADMIN_PASSWORD: 'orphans admin password',
  DEV_LOGINS_FILE: path.join(dataDir, 'logins.txt'),
  SEED_ON_START: 'true',
  WRITER_PROCESS: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
}
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

const childrenOf = (pid: number): number[] => {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map(Number)
      .filter(Boolean)
  } catch {
    return []
  }
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

it('a server killed with SIGKILL just after starting its helpers leaves none of them running', async () => {
  const port = await freePort()
  const server: ChildProcess = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'src/server/index.ts'],
    { cwd: projectRoot, env: { ...env, PORT: String(port) }, stdio: 'ignore' },
  )
  // Both helpers spawned (the runner, then the writer), neither finished loading yet.
  const deadline = Date.now() + 180_000
  let helpers: number[] = []
  while ((helpers = childrenOf(server.pid!)).length < 2 && Date.now() < deadline) {
    await sleep(50)
  }
  expect(helpers).toHaveLength(2)
  server.kill('SIGKILL')
  const gone = Date.now() + 30_000
  while (helpers.some(alive) && Date.now() < gone) {
    await sleep(200)
  }
  const left = helpers.filter(alive)
  for (const pid of left) {
    process.kill(pid, 'SIGKILL')
  }
  expect(left).toEqual([])
}, 240_000)
