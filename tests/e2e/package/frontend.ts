/** The package (package.e2e.ts): a frontend with nothing but the package, for the typed fetch client. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../helpers/appProcess'
import { npmInstall, type PackageUnderTest, run } from './context'

export const bareFrontend = (pkg: PackageUnderTest) => {
  describe('in a frontend without Payload, Next or React', () => {
    const frontend = path.join(pkg.work, 'frontend')
    const tsc = path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc')
    beforeAll(() => {
      fs.mkdirSync(frontend)
      fs.writeFileSync(
        path.join(frontend, 'package.json'),
        JSON.stringify({ name: 'a-frontend', private: true, type: 'module' }),
      )
      // The README's one line (here with the tarball for the package name).
      npmInstall(frontend, pkg.tarball)
    }, 300_000)

    it('installs in one line, bringing none of them', () => {
      for (const heavy of [
        'payload',
        'next',
        'react',
        'react-dom',
        'graphql',
        '@payloadcms/ui',
        '@payloadcms/richtext-lexical',
        '@payloadcms/plugin-seo',
      ]) {
        expect([heavy, fs.existsSync(path.join(frontend, 'node_modules', heavy))]).toEqual([
          heavy,
          false,
        ])
      }
    })

    it('runs the fetch client, newsroom-payload/fetch-client', () => {
      fs.writeFileSync(
        path.join(frontend, 'run.mjs'),
        `import { createNewsroomClient, NewsroomApiError, SOURCE_KINDS } from 'newsroom-payload/fetch-client'
const asked = []
const fetch = async (url) => (asked.push(url), new Response(JSON.stringify({ slug: 'a-story', title: 'A story' }), { headers: { etag: '"e1"' } }))
const story = await createNewsroomClient({ baseURL: 'https://cms.example.com/', fetch, slugs: { articles: 'stories' } }).getStory('a-story')
console.log(JSON.stringify({ story, asked, error: typeof NewsroomApiError, kinds: SOURCE_KINDS.length > 0 }))
`,
      )
      expect(JSON.parse(run('node', ['run.mjs'], frontend, { NODE_OPTIONS: '' }))).toEqual({
        story: { slug: 'a-story', title: 'A story', etag: '"e1"' },
        asked: ['https://cms.example.com/api/stories/slug/a-story'],
        error: 'function',
        kinds: true,
      })
    })

    it.each([
      ['nodenext', 'nodenext'],
      ['node16', 'node16'],
      ['bundler', 'esnext'],
    ])(
      'types it under moduleResolution %s: a mistake is reported, not swallowed as any',
      (moduleResolution, module) => {
        fs.writeFileSync(
          path.join(frontend, 'consumer.ts'),
          `import { createNewsroomClient, NewsroomApiError, SOURCE_KINDS, type DeliveryArticle, type NewsroomDoc } from 'newsroom-payload/fetch-client'

const newsroom = createNewsroomClient({ baseURL: 'http://localhost:3000' })
export const headline = async (slug: string): Promise<string | undefined> => (await newsroom.getStory(slug))?.title
export const kinds: readonly { value: string; label: string }[] = SOURCE_KINDS
export const refused = (error: unknown) => error instanceof NewsroomApiError && error.status === 429
export const quotes = (story: DeliveryArticle): number => story.quotes.length
export const name = async (): Promise<NewsroomDoc> => newsroom.getNewsroom()
// Two mistakes the types must catch: a title is a string, a story is asked for by its slug.
export const wrong: number = (null as unknown as DeliveryArticle).title
newsroom.getStory(42)
`,
        )
        // Declarations checked too (no skipLibCheck), with the DOM's fetch types and no @types.
        const compilerOptions = {
          module,
          moduleResolution,
          target: 'es2022',
          lib: ['es2022', 'dom'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        }
        fs.writeFileSync(
          path.join(frontend, `tsconfig.${moduleResolution}.json`),
          JSON.stringify({ compilerOptions, files: ['consumer.ts'] }),
        )
        const result = spawnSync(
          process.execPath,
          [tsc, '-p', `tsconfig.${moduleResolution}.json`],
          {
            cwd: frontend,
            encoding: 'utf8',
          },
        )
        expect(result.stdout.trim().split('\n')).toEqual([
          "consumer.ts(10,14): error TS2322: Type 'string' is not assignable to type 'number'.",
          "consumer.ts(11,19): error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'.",
        ])
      },
    )
  })
}
