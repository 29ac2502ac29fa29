import type { Config } from 'payload'

import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { databaseAdapter, type DatabaseOptions } from './database'
import { allowedOrigins } from './cors'
import { answerBusyDatabaseWith503 } from './databaseErrors'
import { isJobsLeader } from './jobsLeader'
import { acceptOwnOrigin, newsroomPlugin, parseAllowedHosts, type NewsroomPluginOptions } from 'newsroom-payload'
import { READER_PATHS } from './readerPaths'
import { payloadSecret } from './secret'
import { mediaDir } from './databaseUri'

/** The app's `src/`: the import map, the generated types and GraphQL schema live there. */
const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type AppConfigOptions = {
  /** Defaults to DATABASE_URI, then the embedded SQLite file. */
  databaseUri?: string
  /** Migrations (the app) or a schema push (tests on fresh databases). @default 'migrations' */
  databaseSchema?: DatabaseOptions['schema']
  secret?: string
  newsroom?: NewsroomPluginOptions
  /** Extra config for tests or hosts, merged last. */
  overrides?: Partial<Config>
}

/** CORS_ORIGINS and SERVER_URL: Payload's CSRF allowlist and CORS (the server's own policy, src/server/cors.ts, has the last word). */
const originRules = (): Pick<Config, 'cors' | 'csrf'> => {
  const origins = allowedOrigins()
  return origins.length ? { cors: origins, csrf: origins } : {}
}

/**
 * The login cookie is `Secure` in production, and wherever SERVER_URL is https; COOKIE_SECURE=false
 * turns it off for a production server reached over plain http on a host other than localhost
 * (browsers keep Secure cookies from http://localhost, so local production runs still sign in).
 */
export const secureCookies = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.COOKIE_SECURE ? env.COOKIE_SECURE !== 'false' : env.NODE_ENV === 'production' || /^https:/i.test(env.SERVER_URL ?? '')

/**
 * Email (password reset): SMTP when SMTP_URL is set (e.g. smtps://user:pass@smtp.example.org:465),
 * through Payload's nodemailer adapter (a dependency of the app; a host installs `@payloadcms/email-nodemailer`).
 * Without it Payload has no transport, and the plugin refuses forgot-password with a 403.
 */
const emailAdapter = (): Config['email'] => {
  const url = process.env.SMTP_URL
  if (!url) return undefined
  const adapterPackage = '@payloadcms/email-nodemailer'
  // Resolved by Node at run time (bundlers leave it alone): the package is optional.
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ adapterPackage).then(
    ({ nodemailerAdapter }) =>
      nodemailerAdapter({
        defaultFromAddress: process.env.EMAIL_FROM_ADDRESS || 'newsroom@localhost',
        defaultFromName: process.env.EMAIL_FROM_NAME || 'Newsroom',
        transportOptions: url,
      }),
    (error: Error) => {
      throw new Error(`SMTP_URL is set, but ${adapterPackage} cannot be loaded (npm install ${adapterPackage}): ${error.message}`)
    },
  )
}

/**
 * The newsroom as this app runs it: readers read a story at /stories/:slug, where editors also
 * preview drafts live (src/app/(reader)); webhooks may reach the hosts in WEBHOOK_ALLOWED_HOSTS
 * although they are not public.
 */
const appNewsroom = (): NewsroomPluginOptions => ({
  preview: { url: ({ slug, id }) => READER_PATHS.preview(slug, id) },
  storyUrl: ({ slug }) => READER_PATHS.story(slug),
  // Payload's SEO plugin (this app runs the Payload it pins): Auto-generate buttons and the search preview.
  seo: { plugin: seoPlugin },
  policyUrl: READER_PATHS.policy,
  secureCookies: secureCookies(),
  // Uploaded pictures: MEDIA_DIR, else data/media beside the default database.
  media: { staticDir: mediaDir() },
  // A safety net only: writes empty the cache at once, on every instance (src/server/sharedInvalidation.ts).
  ...(process.env.DELIVERY_CACHE_TTL_SECONDS ? { delivery: { cacheTtlSeconds: Number(process.env.DELIVERY_CACHE_TTL_SECONDS) } } : {}),
  webhooks: {
    allowedHosts: parseAllowedHosts(process.env.WEBHOOK_ALLOWED_HOSTS),
    ...(process.env.WEBHOOK_TIMEOUT_SECONDS ? { timeoutSeconds: Number(process.env.WEBHOOK_TIMEOUT_SECONDS) } : {}),
    ...(process.env.WEBHOOK_RETRY_DELAY_SECONDS ? { retryDelaySeconds: Number(process.env.WEBHOOK_RETRY_DELAY_SECONDS) } : {}),
  },
})

/** The app's Payload config: a plain Payload config plus the newsroom plugin. */
export const createAppConfig = (options: AppConfigOptions = {}) =>
  buildConfig({
    serverURL: process.env.SERVER_URL || '',
    secret: options.secret ?? payloadSecret(),
    admin: {
      importMap: { baseDir: srcDir },
      meta: { titleSuffix: ' — Newsroom' },
    },
    collections: [],
    db: databaseAdapter(options.databaseUri, { schema: options.databaseSchema }),
    hooks: { afterError: [answerBusyDatabaseWith503] },
    email: emailAdapter(),
    editor: lexicalEditor(),
    // Payload's image processing (resized copies, crops, focal point); the plugin's upload check uses it too.
    sharp,
    // No client needs more than an article → quote → speaker chain; deeper only multiplies queries.
    maxDepth: 3,
    graphQL: {
      schemaOutputFile: path.resolve(srcDir, 'generated-schema.graphql'),
      maxComplexity: Number(process.env.GRAPHQL_MAX_COMPLEXITY || 200),
    },
    ...originRules(),
    typescript: { outputFile: path.resolve(srcDir, 'payload-types.ts') },
    telemetry: false,
    // The queue runs every second (webhook deliveries and scheduled publishing go out within a second
    // or so), in one process per database: the elected jobs runner (src/server/jobsLeader.ts).
    jobs: { autoRun: [{ cron: '* * * * * *', allQueues: true, limit: 20, silent: { info: true } }], shouldAutoRun: () => isJobsLeader() },
    ...options.overrides,
    plugins: [newsroomPlugin({ ...appNewsroom(), ...options.newsroom }), ...(options.overrides?.plugins ?? [])],
  }).then(acceptOwnOrigin)
