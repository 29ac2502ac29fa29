import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { explainConnectionFailure, redactUri } from '../../src/server/database'
import { projectRoot } from '../helpers/appProcess'

/** Runs the server's bootstrap (what `npm start` and `npm run dev` do first) on this database. */
const bootstrapWith = (databaseUri: string) =>
  spawnSync(
    process.execPath,
    [
      '--conditions=development',
      '--import',
      'tsx',
      path.join(projectRoot, 'src', 'server', 'processes', 'bootstrap.ts'),
    ],
    {
      cwd: projectRoot,
      env: { ...process.env, NODE_OPTIONS: '', DATABASE_URI: databaseUri, PAYLOAD_SECRET: 'x' },
      encoding: 'utf8',
      timeout: 60_000,
    },
  )

describe('choosing and reaching the database', () => {
  it('never prints credentials from DATABASE_URI', () => {
    expect(
      redactUri('mongodb://newsroom:s3cret@db.example.com:27017/newsroom?replicaSet=rs0'),
    ).toBe('mongodb://db.example.com:27017/newsroom')
    expect(
      explainConnectionFailure('mongodb://u:p@db:27017/x', new Error('timed out')),
    ).not.toContain(':p@')
  })

  it('an unreachable MongoDB stops start-up within seconds, naming the host and what to do', () => {
    const started = Date.now()
    const result = bootstrapWith('mongodb://newsroom:pw@127.0.0.1:9/newsroom')
    const seconds = (Date.now() - started) / 1000
    expect(result.status).toBe(1)
    expect(seconds).toBeLessThan(25)
    expect(result.stderr).toContain('Cannot connect to MongoDB at mongodb://127.0.0.1:9/newsroom')
    expect(result.stderr).toMatch(/docker compose --profile mongo up -d mongo|unset DATABASE_URI/)
    expect(result.stderr + result.stdout).not.toContain('newsroom:pw')
  })

  it('an unreachable PostgreSQL stops start-up within seconds, naming the host and what to do, never the password', () => {
    const result = bootstrapWith('postgres://newsroom:pw-secret@127.0.0.1:9/newsroom')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'Cannot connect to PostgreSQL at postgres://127.0.0.1:9/newsroom',
    )
    expect(result.stderr).toMatch(/docker compose --profile postgres up -d|unset DATABASE_URI/)
    expect(result.stderr + result.stdout).not.toContain('pw-secret')
  })

  it('refuses a DATABASE_URI it does not understand, saying which schemes it takes', () => {
    const result = bootstrapWith('mysql://localhost/newsroom')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(
      /DATABASE_URI must start with postgres:\/\/, postgresql:\/\/, mongodb:\/\/, mongodb\+srv:\/\/ or file:/,
    )
  })
})
