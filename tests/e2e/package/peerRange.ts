/** The package (package.e2e.ts): fresh hosts on the oldest and the newest Payload the plugin's peer range admits. */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../helpers/appProcess'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { npmInstall, type PackageUnderTest, run } from './context'

const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
const hostManifest = JSON.parse(
  fs.readFileSync(path.join(projectRoot, 'tests', 'e2e', 'hostApp', 'package.json'), 'utf8'),
)

export const peerRange = (pkg: PackageUnderTest) => {
  /** A fresh project on one Payload release, as create-payload-app makes it (SQLite), with the packed plugin added. */
  const hostOnPayload = (version: string) => {
    const dir = path.join(pkg.work, `payload-${version}`)
    fs.mkdirSync(dir)
    const deps = hostManifest.dependencies as Record<string, string>
    const dependencies = {
      payload: version,
      '@payloadcms/db-sqlite': version,
      '@payloadcms/next': version,
      '@payloadcms/richtext-lexical': version,
      '@payloadcms/ui': version,
      // Next, React and GraphQL as the host app has them (the lockfile's, in the npm cache).
      next: deps.next,
      react: deps.react,
      'react-dom': deps['react-dom'],
      graphql: deps.graphql,
    }
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({
        name: `host-on-payload-${version}`,
        private: true,
        type: 'module',
        dependencies,
        overrides: hostManifest.overrides,
      }),
    )
    npmInstall(dir)
    // Then the one line the README gives: npm must resolve it beside this Payload (no ERESOLVE).
    npmInstall(dir, pkg.tarball)
    // A config with the plugin, booted: the schema pushed to SQLite, a story with its SEO fields published.
    const body = JSON.stringify(lexicalParagraphs('Published beside this Payload.'))
    fs.writeFileSync(
      path.join(dir, 'check.mjs'),
      `import fs from 'node:fs'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload } from 'payload'
import { newsroomPlugin } from 'newsroom-payload'

const config = await buildConfig({
  secret: 'a host of its own',
  db: sqliteAdapter({ client: { url: 'file:./host.db' } }),
  editor: lexicalEditor(),
  collections: [{ slug: 'users', auth: true, fields: [{ name: 'nickname', type: 'text' }] }],
  plugins: [newsroomPlugin()],
  logger: { options: { level: 'fatal' } },
  telemetry: false,
})
const payload = await getPayload({ config })
const story = await payload.create({ collection: 'articles', data: { title: 'A story on this Payload', body: ${body}, meta: { title: 'Its search title' }, _status: 'published' } })
const versionOf = (name) => JSON.parse(fs.readFileSync(\`node_modules/\${name}/package.json\`, 'utf8')).version
console.log(JSON.stringify({ payload: versionOf('payload'), lexical: versionOf('@payloadcms/richtext-lexical'), collections: config.collections.map((c) => c.slug), slug: story.slug, status: story._status, meta: story.meta }))
await payload.destroy()
process.exit(0)
`,
    )
    // Through tsx's loader, as Payload's own CLI runs a config, with the export condition the host test and
    // docs/plugin.md give: without it lexical's *.node.mjs wrappers stall Node 20 (exit 13), under load even with tsx (CI).
    return JSON.parse(
      run('node', ['--import', 'tsx', 'check.mjs'], dir, {
        NODE_OPTIONS: '--conditions=production',
      })
        .trim()
        .split('\n')
        .at(-1)!,
    )
  }

  /** Payload releases in the plugin's peer range: the range's floor, and the newest the registry has now. */
  const payloadRange = () => {
    const range = manifest.peerDependencies.payload as string
    // The Payload packages the plugin uses are released together: one range for all of them.
    expect(manifest.peerDependencies['@payloadcms/richtext-lexical']).toBe(range)
    expect(manifest.peerDependencies['@payloadcms/ui']).toBe(range)
    expect(manifest.peerDependencies['@payloadcms/next']).toBe(range)
    const floor = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1]
    expect(floor).toBeDefined()
    const released = [
      JSON.parse(
        run('npm', ['view', `payload@${range}`, 'version', '--json'], pkg.work, {
          NODE_OPTIONS: '',
        }),
      ),
    ].flat() as string[]
    const numeric = (version: string) => version.split('.').map(Number)
    const newest = released
      .sort((a, b) => numeric(a).reduce((order, part, i) => order || part - numeric(b)[i], 0))
      .at(-1)!
    return { floor: floor!, newest }
  }

  describe('beside the oldest and the newest Payload its peer range admits', () => {
    it('installs and runs on the oldest (the range’s floor) and the newest release on the registry', () => {
      const { floor, newest } = payloadRange()
      for (const version of new Set([floor, newest])) {
        const result = hostOnPayload(version)
        expect(result).toMatchObject({
          payload: version,
          lexical: version,
          slug: 'a-story-on-this-payload',
          status: 'published',
          meta: { title: 'Its search title' },
        })
        expect(result.collections).toEqual(
          expect.arrayContaining(['users', 'articles', 'sources', 'quotes', 'comments']),
        )
      }
    }, 1_200_000)
  })
}
