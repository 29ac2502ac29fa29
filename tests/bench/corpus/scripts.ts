/** The scripts the bench runs as child processes on the server's database: the corpus generator, the in-process miss cost, the seed. */
import { spawnSync } from 'node:child_process'

import { projectRoot } from '../../helpers/appProcess'
import { type ProductionServer } from '../../helpers/productionServer'

/** Runs a script under the production conditions with the server's env; its last line of output, as JSON. */
export const runScript = (script: string, args: string[], env: NodeJS.ProcessEnv) => {
  const child = spawnSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', script, ...args],
    {
      cwd: projectRoot,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    },
  )
  if (child.status !== 0) {
    throw new Error(`${script} failed:\n${child.stdout}\n${child.stderr}`)
  }
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as unknown
}

/** N stories and all that goes with them, written by corpusGenerate.ts: how many rows of each kind. */
export const generateCorpus = (server: ProductionServer, n: number) => {
  const generated = runScript('tests/bench/corpusGenerate.ts', [String(n)], server.env) as Record<
    string,
    number
  >
  console.log(`  N = ${n}: generated ${JSON.stringify(generated)}`)
  return generated
}

/** The seed on a database that already holds the corpus: what `npm run seed` costs a newsroom, in seconds. */
export const timeSeed = (server: ProductionServer) => {
  const seedStarted = Date.now()
  const seed = spawnSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'seed/index.ts'],
    { cwd: projectRoot, env: server.env, encoding: 'utf8' },
  )
  if (seed.status !== 0) {
    throw new Error(`seed failed:\n${seed.stdout}\n${seed.stderr}`)
  }
  return (Date.now() - seedStarted) / 1000
}
