import { createClient } from '@libsql/client'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../helpers/appProcess'

/**
 * Production creates only the admin the operator configured, seeds nothing unless asked, and never
 * prints or stores a password; development generates logins and keeps one section per database.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-accounts-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const run = (script: string, env: Record<string, string>, args: string[] = []) =>
  spawnSync(
    process.execPath,
    [
      `--conditions=${env.NODE_ENV === 'production' ? 'production' : 'development'}`,
      '--import',
      'tsx',
      script,
      ...args,
    ],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        PAYLOAD_SECRET: 'accounts-test',
        DEV_LOGINS_FILE: path.join(dir, 'dev-logins.txt'),
        ...env,
      },
      encoding: 'utf8',
      timeout: 120_000,
    },
  )
const rows = async (file: string, sql: string) => {
  const db = createClient({ url: `file:${file}` })
  try {
    return (await db.execute(sql)).rows
  } finally {
    db.close()
  }
}

describe('in production', () => {
  const file = path.join(dir, 'production.db')
  const env = {
    NODE_ENV: 'production',
    DATABASE_URI: `file:${file}`,
    ADMIN_EMAIL: 'chief@example.org',
    ADMIN_PASSWORD: 'the operator chose this',
  }

  it('the first start creates the configured admin only, seeds nothing and prints no password', async () => {
    const start = run('src/server/processes/bootstrap.ts', env)
    expect(start.status).toBe(0)
    expect(
      (
        await rows(
          file,
          'SELECT email, roles.value AS role FROM users JOIN users_roles roles ON roles.parent_id = users.id',
        )
      ).map((row) => [row.email, row.role]),
    ).toEqual([['chief@example.org', 'admin']])
    expect(await rows(file, 'SELECT id FROM articles')).toEqual([])
    expect(start.stdout + start.stderr).not.toMatch(/the operator chose this|Development login/)
    expect(fs.existsSync(path.join(dir, 'dev-logins.txt'))).toBe(false)
  })

  it('without ADMIN_PASSWORD it creates nobody and says how the first admin is made', async () => {
    const bare = path.join(dir, 'bare.db')
    const start = run('src/server/processes/bootstrap.ts', {
      NODE_ENV: 'production',
      DATABASE_URI: `file:${bare}`,
    })
    expect(start.status).toBe(0)
    expect(await rows(bare, 'SELECT id FROM users')).toEqual([])
    expect(start.stdout + start.stderr).toMatch(/open \/admin to create the first admin/)
  })

  it('npm run seed, when asked, loads the story with the configured admin as approver and makes no other account', async () => {
    const seed = run('seed/index.ts', env)
    expect(seed.status).toBe(0)
    expect(seed.stdout).toMatch(/editor: not created/)
    expect((await rows(file, 'SELECT email FROM users')).map((row) => row.email)).toEqual([
      'chief@example.org',
    ])
    expect(await rows(file, 'SELECT id FROM articles')).toHaveLength(1)
    expect(seed.stdout + seed.stderr).not.toMatch(/Development login|the operator chose this/)
    expect(fs.existsSync(path.join(dir, 'dev-logins.txt'))).toBe(false)
  })

  it('signs in with a Secure cookie, refuses password reset without email, and reads fresh data right after a lock timeout (issue 27: 2, 11)', () => {
    const signIn = run('tests/helpers/signInAfterLockTimeout.ts', {
      ...env,
      DATABASE_LOCK_TIMEOUT_MS: '1000',
    })
    expect(signIn.status).toBe(0)
    const seen = JSON.parse(signIn.stdout.trim().split('\n').at(-1)!)
    expect(seen.cookie).toMatch(/payload-token=[^;]+;.*Secure/i)
    expect(seen.forgot).toEqual([403, expect.stringMatching(/reset by email is not configured/)])
    // The failed sign-in waited out the lock timeout; what follows sees the database as it is.
    expect(seen.failed).toBe(503)
    expect([seen.login, seen.me, seen.publish]).toEqual([200, 'chief@example.org', 200])
    expect(seen.titles).toContain('Published after the timeout')
    expect(seen.updatedAtShown).toBe(true)
  })
})

describe('in development', () => {
  // Secure when SERVER_URL is https: tests/integration/security.origins.test.ts.
  it('the login cookie is not Secure on a plain-http development server; reads are fresh right after a lock timeout (issue 27: 2, 11)', () => {
    const file = path.join(dir, 'cookies.db')
    const env = {
      NODE_ENV: 'development',
      DATABASE_URI: `file:${file}`,
      ADMIN_EMAIL: 'dev@example.org',
      ADMIN_PASSWORD: 'a development password',
      DEV_LOGINS_FILE: path.join(dir, 'cookies-logins.txt'),
    }
    expect(run('src/server/processes/bootstrap.ts', env).status).toBe(0)
    const plain = run('tests/helpers/signInAfterLockTimeout.ts', {
      ...env,
      DATABASE_LOCK_TIMEOUT_MS: '1000',
    })
    const seen = JSON.parse(plain.stdout.trim().split('\n').at(-1)!)
    expect(seen.cookie).toMatch(/payload-token=/)
    expect(seen.cookie).not.toMatch(/Secure/i)
    expect([seen.failed, seen.login, seen.me, seen.publish]).toEqual([
      503,
      200,
      'dev@example.org',
      200,
    ])
  })

  it('generated logins are printed once and kept one section per database, dated, stale ones dropped', async () => {
    const first = path.join(dir, 'first.db')
    const second = path.join(dir, 'second.db')
    expect(
      run('seed/index.ts', { NODE_ENV: 'development', DATABASE_URI: `file:${first}` }).status,
    ).toBe(0)
    expect(
      run('seed/index.ts', { NODE_ENV: 'development', DATABASE_URI: `file:${second}` }).status,
    ).toBe(0)
    // Seeding again creates no account: the file does not grow.
    expect(
      run('seed/index.ts', { NODE_ENV: 'development', DATABASE_URI: `file:${second}` }).status,
    ).toBe(0)
    let text = fs.readFileSync(path.join(dir, 'dev-logins.txt'), 'utf8')
    expect(text.match(/^# database: /gm)).toHaveLength(2)
    expect(text).toContain(`# database: file:${first} (updated 20`)
    expect(text.match(/^admin /gm)).toHaveLength(2)
    fs.rmSync(first)
    expect(
      run('seed/index.ts', {
        NODE_ENV: 'development',
        DATABASE_URI: `file:${path.join(dir, 'third.db')}`,
      }).status,
    ).toBe(0)
    text = fs.readFileSync(path.join(dir, 'dev-logins.txt'), 'utf8')
    expect(text).not.toContain(first)
    expect(text.match(/^# database: /gm)).toHaveLength(2)
    expect((fs.statSync(path.join(dir, 'dev-logins.txt')).mode & 0o777).toString(8)).toBe('600')
  })

  it('the first start prints its generated logins in one block: the admin beside the seeded staff', async () => {
    const result = run('src/server/processes/bootstrap.ts', {
      NODE_ENV: 'development',
      DATABASE_URI: `file:${path.join(dir, 'bootstrap.db')}`,
      ADMIN_EMAIL: 'chief@bootstrap.test',
    })
    expect(result.status).toBe(0)
    expect(result.stdout.match(/Development logins for/g)).toHaveLength(1)
    const block = result.stdout.slice(result.stdout.indexOf('Development logins for'))
    expect(block).toMatch(/^\s+admin\s+chief@bootstrap\.test\s+\S+/m)
    expect(block).toMatch(/^\s+editor\s+\S[^\s@]*@\S+\s+\S+/m)
  })
})
