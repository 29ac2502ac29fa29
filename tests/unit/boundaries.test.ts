import fs from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'

import { projectRoot } from '../helpers/appProcess'

/**
 * The tree's boundaries, read from the code's own imports: the plugin (collections/ and
 * src/plugin/) never imports the app, imports only packages it declares (dependencies and
 * peerDependencies, which is what a host installs), and no module imports itself in a circle.
 */
const PLUGIN = ['collections', 'globals', 'src/plugin']
const APP = [
  'src/server',
  'src/app',
  'src/migrations',
  'src/payload.config.ts',
  'src/payload-types.ts',
  'seed',
]

const walk = (entry: string): string[] => {
  const full = path.join(projectRoot, entry)
  if (!fs.existsSync(full)) {
    return []
  }
  if (fs.statSync(full).isFile()) {
    return [entry]
  }
  return fs.readdirSync(full).flatMap((name) => walk(path.join(entry, name)))
}
const isCode = (file: string) => /\.(tsx?|mjs|js)$/.test(file) && !file.endsWith('.d.ts')
const files = [...PLUGIN, ...APP].flatMap(walk).filter(isCode)
const known = new Set(files)

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
type Import = { specifier: string; typeOnly: boolean }
const importsOf = (file: string): Import[] =>
  [...fs.readFileSync(path.join(projectRoot, file), 'utf8').matchAll(IMPORT)].map((match) => ({
    specifier: match[2] ?? match[3],
    typeOnly: Boolean(match[1]),
  }))

const resolveRelative = (from: string, specifier: string) => {
  const base = path.normalize(path.join(path.dirname(from), specifier))
  return [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}/index.ts`,
    `${base}/index.tsx`,
    base.replace(/\.js$/, '.ts'),
  ].find((candidate) => known.has(candidate))
}
const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]
const inside = (file: string, roots: string[]) =>
  roots.some((root) => file === root || file.startsWith(`${root}/`))

const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
const declared = new Set([
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.peerDependencies ?? {}),
])
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

describe('the plugin', () => {
  const pluginFiles = files.filter((file) => inside(file, PLUGIN))

  it('is found where the layout says', () => {
    expect(pluginFiles.length).toBeGreaterThan(50)
    expect(pluginFiles).toContain('src/plugin/index.ts')
  })

  it.each(pluginFiles)('%s imports nothing of the app', (file) => {
    for (const { specifier } of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier)
        expect([specifier, target && inside(target, PLUGIN)]).toEqual([specifier, true])
      } else {
        expect(specifier).not.toMatch(/^@payload-config|^newsroom-payload/)
      }
    }
  })

  it.each(pluginFiles)(
    '%s imports only packages the plugin declares (what a host installs)',
    (file) => {
      for (const { specifier, typeOnly } of importsOf(file)) {
        if (specifier.startsWith('.') || typeOnly || builtins.has(specifier)) {
          continue
        }
        expect([specifier, declared.has(packageName(specifier))]).toEqual([specifier, true])
      }
    },
  )
})

describe('the fetch client (newsroom-payload/fetch-client)', () => {
  it('reaches no package, not even for its types: a frontend installs it without Payload, Next or React', () => {
    const reached = new Set<string>()
    const packages = new Set<string>()
    const visit = (file: string) => {
      if (reached.has(file)) {
        return
      }
      reached.add(file)
      for (const { specifier } of importsOf(file)) {
        if (!specifier.startsWith('.')) {
          packages.add(specifier)
        } else {
          visit(resolveRelative(file, specifier)!)
        }
      }
    }
    visit('src/plugin/exports/fetchClient.ts')
    expect(reached.size).toBeGreaterThan(3)
    expect([...packages]).toEqual([])
  })
})

describe('the package entries', () => {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(projectRoot, 'tsconfig.json'), 'utf8'))
  const entries = Object.entries(
    manifest.exports as Record<string, { types: string; import: string }>,
  )

  it.each(entries)(
    '%s is built from the source this repository resolves it to',
    (entry, target) => {
      const name = entry === '.' ? 'newsroom-payload' : `newsroom-payload/${entry.slice(2)}`
      const [source] = tsconfig.compilerOptions.paths[name] as string[]
      expect(fs.existsSync(path.join(projectRoot, source))).toBe(true)
      // dist/<file>.js and its declarations come from src/plugin/exports/<file>.ts (or the plugin's index).
      expect(target.types).toBe(
        `./dist/types/${source.replace(/^\.\//, '').replace(/\.ts$/, '.d.ts')}`,
      )
      expect(target.import).toBe(
        `./dist/${path.basename(source, '.ts') === 'index' ? 'index' : path.basename(source, '.ts')}.js`,
      )
    },
  )

  it('builds every entry it declares', () => {
    const built = new Set(
      (manifest.scripts['build:plugin'] as string).match(/src\/plugin\/[\w/]+\.ts/g),
    )
    for (const [, target] of entries) {
      const file = target.types.replace('./dist/types/', '').replace(/\.d\.ts$/, '.ts')
      expect([file, built.has(file)]).toEqual([file, true])
    }
  })

  it('names the admin components client and rsc (Payload’s convention), with admin kept as an alias of client', () => {
    expect(manifest.exports['./admin']).toEqual(manifest.exports['./client'])
    expect(
      fs.readFileSync(path.join(projectRoot, 'src/plugin/exports/client.ts'), 'utf8'),
    ).not.toMatch(/createNewsroomClient/)
    expect(manifest.scripts['build:plugin']).toMatch(
      /src\/plugin\/exports\/client\.ts [^&]*--banner:js=\\?"'use client'/,
    )
  })
})

describe('the app', () => {
  it.each(['src/app/(payload)/api/[...slug]/route.ts', 'src/app/(payload)/api/graphql/route.ts'])(
    '%s answers through the plugin’s guards, by the package’s name as a host imports them',
    (file) => {
      expect(importsOf(file).map(({ specifier }) => specifier)).toContain('newsroom-payload/guards')
    },
  )

  it('reads the environment in one module, src/server/env.ts (so the server and the plugin’s settings cannot disagree)', () => {
    const readers = files.filter(
      (file) =>
        inside(file, APP) &&
        file !== 'src/server/env.ts' &&
        fs.readFileSync(path.join(projectRoot, file), 'utf8').includes('process.env'),
    )
    expect(readers).toEqual([])
  })

  it('reaches the plugin only through the package’s entries, never its files', () => {
    const appFiles = files.filter((file) => inside(file, APP))
    for (const file of appFiles) {
      for (const { specifier } of importsOf(file)) {
        if (!specifier.startsWith('.')) {
          continue
        }
        const target = resolveRelative(file, specifier)
        expect([file, specifier, target !== undefined && inside(target, PLUGIN)]).toEqual([
          file,
          specifier,
          false,
        ])
      }
    }
  })
})

describe('the whole tree', () => {
  it('has no import circles', () => {
    const graph = new Map(
      files.map((file) => [
        file,
        importsOf(file).flatMap(({ specifier }) =>
          specifier.startsWith('.')
            ? [resolveRelative(file, specifier)].filter((target): target is string =>
                Boolean(target),
              )
            : [],
        ),
      ]),
    )
    const circles: string[][] = []
    const state = new Map<string, 'done' | 'visiting'>()
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') {
        return
      }
      if (state.get(file) === 'visiting') {
        circles.push([...trail.slice(trail.indexOf(file)), file])
        return
      }
      state.set(file, 'visiting')
      for (const next of graph.get(file) ?? []) {
        visit(next, [...trail, file])
      }
      state.set(file, 'done')
    }
    for (const file of files) {
      visit(file, [])
    }
    expect(circles).toEqual([])
  })
})
