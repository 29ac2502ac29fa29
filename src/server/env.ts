/**
 * The app's environment, read in this one module: every variable the server, its child processes,
 * the Payload config (and so the plugin's settings), the reader site and the seed use, each parsed
 * here once with its default. Nothing else in the app reads `process.env` (next.config.mjs aside,
 * which Next loads before any of this).
 *
 * Read when asked (`env.port`), not at import: a test that sets a variable before it starts an app
 * (CORS_ORIGINS, SMTP_URL, DEV_LOGINS_FILE) still sees it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { dataDir, DEFAULT_DATABASE_URI } from './paths'

const source = () => process.env

/** A comma-separated list, trimmed, empty entries dropped. */
const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)

/** A number when the variable is set (and not empty), else undefined: the plugin's own default then applies. */
const optionalNumber = (value: string | undefined): number | undefined =>
  value ? Number(value) : undefined

/**
 * Which proxies' X-Forwarded-For to believe: always this machine (the reader site calls the API over
 * loopback on a reader's behalf, and a reverse proxy here is one too), plus TRUST_PROXY (`1`, a
 * number of hops; `true`; or addresses and subnets, comma-separated).
 */
const trustProxy = (value: string | undefined): boolean | number | string => {
  if (!value || value === 'false' || value === 'loopback') {
    return 'loopback'
  }
  if (value === 'true') {
    return true
  }
  return /^\d+$/.test(value) ? Number(value) : `loopback, ${value}`
}

export const env = {
  /** NODE_ENV=production. */
  get production(): boolean {
    return source().NODE_ENV === 'production'
  },
  /** PORT. @default 3000 */
  get port(): number {
    return Number(source().PORT || 3000)
  },
  /** HOST, the address to listen on. @default '0.0.0.0' */
  get host(): string {
    return source().HOST || '0.0.0.0'
  },
  /** TRUST_PROXY, as express's `trust proxy` setting (loopback always). */
  get trustProxy(): boolean | number | string {
    return trustProxy(source().TRUST_PROXY)
  },
  /** SERVER_URL, the public URL. @default '' */
  get serverUrl(): string {
    return source().SERVER_URL || ''
  },
  /**
   * Which other origins may call the API from a browser: CORS_ORIGINS (comma-separated) plus the
   * app's own SERVER_URL. The same list is Payload's CSRF allowlist for cookie-authenticated requests.
   */
  get allowedOrigins(): string[] {
    return [...(source().CORS_ORIGINS ?? '').split(','), source().SERVER_URL ?? '']
      .map((origin) => origin.trim().replace(/\/$/, ''))
      .filter(Boolean)
  },
  /** Whether CORS_ORIGINS or SERVER_URL is set (production warns when neither is). */
  get originsConfigured(): boolean {
    return Boolean(source().SERVER_URL || source().CORS_ORIGINS)
  },
  /**
   * The login cookie is `Secure` in production, and wherever SERVER_URL is https; COOKIE_SECURE=false
   * turns it off for a production server reached over plain http on a host other than localhost
   * (browsers keep Secure cookies from http://localhost, so local production runs still sign in).
   */
  get secureCookies(): boolean {
    const { COOKIE_SECURE, NODE_ENV, SERVER_URL } = source()
    return COOKIE_SECURE
      ? COOKIE_SECURE !== 'false'
      : NODE_ENV === 'production' || /^https:/i.test(SERVER_URL ?? '')
  },
  /** PAYLOAD_SECRET; without it a generated one is kept under data/ (accounts/secret.ts). */
  get payloadSecret(): string | undefined {
    return source().PAYLOAD_SECRET || undefined
  },
  /** DATABASE_URI: `postgres://…`, `mongodb://…` or `file:…`. @default the SQLite file data/newsroom.db */
  get databaseUri(): string {
    return source().DATABASE_URI || DEFAULT_DATABASE_URI
  },
  /** DATABASE_REPLICA_URIS: comma-separated read replicas (Payload's `readReplicas`), production only. */
  get databaseReplicaUris(): string[] {
    return list(source().DATABASE_REPLICA_URIS)
  },
  /** DATABASE_POOL_MAX: PostgreSQL connections a process opens at most; saves at once are two fewer. @default 10 */
  get databasePoolMax(): number {
    return Math.max(3, Number(source().DATABASE_POOL_MAX || 10) || 10)
  },
  /** DATABASE_LOCK_TIMEOUT_MS: how long a write waits for another writer. @default 5000 */
  get databaseLockTimeoutMs(): number {
    return Number(source().DATABASE_LOCK_TIMEOUT_MS || 5_000)
  },
  /** MEDIA_DIR: uploaded pictures; every instance of one database must share it. @default data/media */
  get mediaDir(): string {
    return path.resolve(source().MEDIA_DIR || path.join(dataDir, 'media'))
  },
  /**
   * C2PA_TRUST_ANCHORS: a PEM file of the certificate authorities whose Content Credentials signers
   * the newsroom trusts (e.g. the C2PA trust list, an agency's CA). Unset: none trusted. A file that
   * cannot be read stops the start, naming it.
   */
  get contentCredentialsTrustAnchors(): string {
    const file = source().C2PA_TRUST_ANCHORS
    if (!file) {
      return ''
    }
    try {
      return fs.readFileSync(path.resolve(file), 'utf8')
    } catch (error) {
      throw new Error(
        `C2PA_TRUST_ANCHORS: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      )
    }
  },
  /**
   * C2PA_SIGNING_CERTIFICATE and C2PA_SIGNING_KEY: PEM files of the newsroom's signing certificate
   * (its chain may follow) and its ECDSA P-256 private key; with both, the sizes of each upload are
   * signed by the newsroom. Neither: off. One without the other, or a file that cannot be read,
   * stops the start, naming it.
   */
  get contentCredentialsSigning(): { certificate: string; privateKey: string } | false {
    const certificate = source().C2PA_SIGNING_CERTIFICATE
    const key = source().C2PA_SIGNING_KEY
    if (!certificate && !key) {
      return false
    }
    if (!certificate || !key) {
      throw new Error(
        `${certificate ? 'C2PA_SIGNING_KEY' : 'C2PA_SIGNING_CERTIFICATE'} is not set: the newsroom signs its pictures only with both a certificate and its key.`,
      )
    }
    const read = (name: string, file: string) => {
      try {
        return fs.readFileSync(path.resolve(file), 'utf8')
      } catch (error) {
        throw new Error(
          `${name}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
        )
      }
    }
    return {
      certificate: read('C2PA_SIGNING_CERTIFICATE', certificate),
      privateKey: read('C2PA_SIGNING_KEY', key),
    }
  },
  /** SEED_ON_START: development seeds an empty database on start; production only when `true`. */
  get seedsOnStart(): boolean {
    return (
      (source().SEED_ON_START ?? (source().NODE_ENV === 'production' ? 'false' : 'true')) === 'true'
    )
  },
  /** SEED_DEMO_COMMENTS=true: `npm run seed` adds a few labelled comments to the moderation queue. */
  get seedDemoComments(): boolean {
    return source().SEED_DEMO_COMMENTS === 'true'
  },
  /** DEV_LOGINS_FILE: where generated development logins are kept. @default data/dev-logins.txt */
  get devLoginsFile(): string {
    return source().DEV_LOGINS_FILE || path.join(dataDir, 'dev-logins.txt')
  },
  /** `<ROLE>_EMAIL` / `<ROLE>_PASSWORD`: an account's login (ADMIN_EMAIL, EDITOR_PASSWORD…). */
  login(role: string): { email: string | undefined; password: string | undefined } {
    const prefix = role.toUpperCase()
    return {
      email: source()[`${prefix}_EMAIL`] || undefined,
      password: source()[`${prefix}_PASSWORD`] || undefined,
    }
  },
  /** SMTP_URL (with EMAIL_FROM_ADDRESS, EMAIL_FROM_NAME): email for password resets; none without it. */
  get smtp(): { url: string; fromAddress: string; fromName: string } | undefined {
    const { SMTP_URL, EMAIL_FROM_ADDRESS, EMAIL_FROM_NAME } = source()
    return SMTP_URL
      ? {
          url: SMTP_URL,
          fromAddress: EMAIL_FROM_ADDRESS || 'newsroom@localhost',
          fromName: EMAIL_FROM_NAME || 'Newsroom',
        }
      : undefined
  },
  /** GRAPHQL_MAX_COMPLEXITY: Payload's GraphQL complexity limit. @default 200 */
  get graphQLMaxComplexity(): number {
    return Number(source().GRAPHQL_MAX_COMPLEXITY || 200)
  },
  /** DELIVERY_CACHE_TTL_SECONDS: the plugin's `delivery.cacheTtlSeconds` (its default when unset). */
  get deliveryCacheTtlSeconds(): number | undefined {
    return optionalNumber(source().DELIVERY_CACHE_TTL_SECONDS)
  },
  /**
   * EVENT_STREAMS_PER_CLIENT: open event streams one client address may hold, on the server's fast
   * path and in the plugin's endpoint alike (the plugin's `delivery.eventStreamsPerClient`). @default 20
   */
  get eventStreamsPerClient(): number {
    return Number(source().EVENT_STREAMS_PER_CLIENT || 20)
  },
  /** WEBHOOK_ALLOWED_HOSTS: hosts webhooks may reach although they are not public (parsed by the plugin's parseAllowedHosts). */
  get webhookAllowedHosts(): string | undefined {
    return source().WEBHOOK_ALLOWED_HOSTS
  },
  /** WEBHOOK_TIMEOUT_SECONDS: the plugin's `webhooks.timeoutSeconds` (its default when unset). */
  get webhookTimeoutSeconds(): number | undefined {
    return optionalNumber(source().WEBHOOK_TIMEOUT_SECONDS)
  },
  /** WEBHOOK_RETRY_DELAY_SECONDS: the plugin's `webhooks.retryDelaySeconds` (its default when unset). */
  get webhookRetryDelaySeconds(): number | undefined {
    return optionalNumber(source().WEBHOOK_RETRY_DELAY_SECONDS)
  },
  /** CDN_PURGE_URLS: comma-separated URLs to send `PURGE` to when a write changes what they cache. */
  get cdnPurgeUrls(): string[] {
    return list(source().CDN_PURGE_URLS)
  },
  /** JOBS_RUNNER=false: another process runs Payload's jobs queue, so this server starts no runner. */
  get runsJobs(): boolean {
    return source().JOBS_RUNNER !== 'false'
  },
  /**
   * Writes go to a second process of this server in production (processes/writerProcess.ts), unless
   * WRITER_PROCESS=false: measured, readers keep their speed while editors type only with it
   * (docs/performance.md, "The newsroom under pressure").
   */
  get wantsWriterProcess(): boolean {
    return source().WRITER_PROCESS !== 'false'
  },
  /** NEWSROOM_WRITER=1: set by the server on the writer process it starts, never by hand. */
  get isWriterProcess(): boolean {
    return source().NEWSROOM_WRITER === '1'
  },
  /** INTERNAL_API_URL: where the reader site reads the API. @default this server over loopback */
  get internalApiUrl(): string {
    return source().INTERNAL_API_URL || `http://127.0.0.1:${source().PORT || 3000}`
  },
}

/** The environment a child process of the server (bootstrap, jobs runner, writer) starts with: this one, plus `extra`. */
export const childEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  ...extra,
})
