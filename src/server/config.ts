import type { Config } from 'payload'

import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import {
  acceptOwnOrigin,
  newsroomPlugin,
  type NewsroomPluginOptions,
  parseAllowedHosts,
} from 'newsroom-payload'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { payloadSecret } from './accounts/secret'
import { databaseAdapter, type DatabaseOptions } from './database'
import { answerBusyDatabaseWith503 } from './database/databaseErrors'
import { env } from './env'
import { srcDir } from './paths'
import { isJobsLeader } from './processes/jobsLeader'
import { READER_CACHING } from './routes/readerCaching'
import { READER_PATHS } from './routes/readerPaths'

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

/** CORS_ORIGINS and SERVER_URL: Payload's CSRF allowlist and CORS (the server's own policy, src/server/http/cors.ts, has the last word). */
const originRules = (): Pick<Config, 'cors' | 'csrf'> => {
  const origins = env.allowedOrigins
  return origins.length ? { cors: origins, csrf: origins } : {}
}

/**
 * Email (password reset): SMTP when SMTP_URL is set (e.g. smtps://user:pass@smtp.example.org:465),
 * through Payload's nodemailer adapter (a dependency of the app; a host installs `@payloadcms/email-nodemailer`).
 * Without it Payload has no transport, and the plugin refuses forgot-password with a 403.
 */
const emailAdapter = (): Config['email'] => {
  const smtp = env.smtp
  if (!smtp) {
    return undefined
  }
  const adapterPackage = '@payloadcms/email-nodemailer'
  // Resolved by Node at run time (bundlers leave it alone): the package is optional.
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ adapterPackage).then(
    ({ nodemailerAdapter }) =>
      nodemailerAdapter({
        defaultFromAddress: smtp.fromAddress,
        defaultFromName: smtp.fromName,
        transportOptions: smtp.url,
      }),
    (error: Error) => {
      throw new Error(
        `SMTP_URL is set, but ${adapterPackage} cannot be loaded (npm install ${adapterPackage}): ${error.message}`,
      )
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
  authorUrl: ({ slug }) => READER_PATHS.author(slug),
  storyFeedUrl: ({ slug }) => READER_PATHS.storyFeed(slug),
  // Payload's SEO plugin (this app runs the Payload it pins): Auto-generate buttons and the search preview.
  seo: { plugin: seoPlugin },
  policyUrl: READER_PATHS.policy,
  // Secure in production and behind an https SERVER_URL; COOKIE_SECURE decides otherwise.
  secureCookies: env.secureCookies,
  // Uploaded pictures: MEDIA_DIR, else data/media beside the default database.
  media: {
    staticDir: env.mediaDir,
    trustAnchors: env.contentCredentialsTrustAnchors,
    signing: env.contentCredentialsSigning,
  },
  delivery: {
    // The story's JSON is kept by shared caches as long as the reader site's pages (one setting for both).
    ...READER_CACHING,
    // The same cap as the server's fast path in front, which answers most streams (src/server/index.ts).
    eventStreamsPerClient: env.eventStreamsPerClient,
    // A safety net only: writes empty the cache at once, on every instance (src/server/processes/sharedInvalidation.ts).
    ...(env.deliveryCacheTtlSeconds !== undefined
      ? { cacheTtlSeconds: env.deliveryCacheTtlSeconds }
      : {}),
  },
  webhooks: {
    allowedHosts: parseAllowedHosts(env.webhookAllowedHosts),
    ...(env.webhookTimeoutSeconds !== undefined
      ? { timeoutSeconds: env.webhookTimeoutSeconds }
      : {}),
    ...(env.webhookRetryDelaySeconds !== undefined
      ? { retryDelaySeconds: env.webhookRetryDelaySeconds }
      : {}),
  },
})

/** The app's Payload config: a plain Payload config plus the newsroom plugin. */
export const createAppConfig = (options: AppConfigOptions = {}) =>
  buildConfig({
    serverURL: env.serverUrl,
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
      maxComplexity: env.graphQLMaxComplexity,
    },
    ...originRules(),
    typescript: { outputFile: path.resolve(srcDir, 'payload-types.ts') },
    telemetry: false,
    // The queue runs every second (webhook deliveries and scheduled publishing go out within a second
    // or so), in one process per database: the elected jobs runner (src/server/processes/jobsLeader.ts).
    jobs: {
      autoRun: [{ cron: '* * * * * *', allQueues: true, limit: 20, silent: { info: true } }],
      shouldAutoRun: () => isJobsLeader(),
    },
    ...options.overrides,
    plugins: [
      newsroomPlugin({ ...appNewsroom(), ...options.newsroom }),
      ...(options.overrides?.plugins ?? []),
    ],
  }).then(acceptOwnOrigin)
