/**
 * What the package test's areas share (tests/package.e2e.ts packs the plugin once for all of them;
 * each area is a module beside this one): the commands they run, logged, and the work folder and
 * the packed tarball.
 */
import { type ChildProcess, spawnSync } from 'node:child_process'

/** Every command run, with its output. */
export const log: string[] = []

export const run = (
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  timeout = 600_000,
) => {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout,
  })
  log.push(`$ ${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`)
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    )
  }
  return result.stdout
}
/** How a new project installs it: from the registry (the npm cache answers what it already holds), no install scripts. */
export const npmInstall = (cwd: string, ...packages: string[]) =>
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', ...packages],
    cwd,
    { NODE_OPTIONS: '' },
  )

export type PackageUnderTest = {
  /** A fresh folder for everything the test makes (removed by the test file's afterAll). */
  readonly work: string
  /** The packed plugin: set by the test file's beforeAll, read in a hook or a test. */
  readonly tarball: string
  /** Hands the host's `next start` to the test file, whose afterAll stops it. */
  hostStarted: (server: ChildProcess) => void
}
