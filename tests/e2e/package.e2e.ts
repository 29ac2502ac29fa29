import { type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../helpers/appProcess'
import { type PackageUnderTest, run } from './package/context'
import { bareFrontend } from './package/frontend'
import { peerRange } from './package/peerRange'
import { pluginHost } from './package/pluginHost'

/**
 * The plugin as a package: `npm pack`, then installed where it must work. A separate, minimal Payload 3 +
 * Next host (its own users with a field of its own, its own posts, SQLite), built and started as its
 * owner would and checked from outside over HTTP; fresh hosts on the oldest and the newest Payload its
 * peer range admits; and a frontend with nothing but the package, for the typed fetch client.
 *
 * One tarball for every area: the areas are modules in tests/e2e/package/ (pluginHost, peerRange,
 * frontend), called here in the order this file has always run them.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-host-'))
let server: ChildProcess | undefined
let tarball = ''

beforeAll(() => {
  // Pack exactly what would be published.
  const packed = run('npm', ['pack', '--pack-destination', work, '--json'], projectRoot, {
    NODE_OPTIONS: '',
  })
  tarball = path.join(work, JSON.parse(packed.slice(packed.indexOf('[')))[0].filename)
}, 300_000)

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      /* gone */
    }
  }
  fs.rmSync(work, { recursive: true, force: true })
})

const pkg: PackageUnderTest = {
  work,
  get tarball() {
    return tarball
  },
  hostStarted: (started) => {
    server = started
  },
}

pluginHost(pkg)
peerRange(pkg)
bareFrontend(pkg)
