import type {
  CollectionConfig,
  CollectionSlug,
  Config,
  Field,
  GlobalSlug,
  PayloadRequest,
} from 'payload'

import type { SigningCredentials } from './media/signCredentials'

export { type Role, ROLES } from './vocabulary'

export type NewsroomCollectionSlugs = {
  /** @default 'articles' */
  articles?: string
  /** @default 'comments' */
  comments?: string
  /** @default 'error-reports' */
  errorReports?: string
  /** @default 'comment-reports' */
  commentReports?: string
  /** @default 'quotes' */
  quotes?: string
  /** @default 'sources' */
  sources?: string
  /** The people (and desks) credited on stories: staff and guest contributors. @default 'authors' */
  authors?: string
  /** @default 'webhooks' */
  webhooks?: string
  /** @default 'webhook-deliveries' */
  webhookDeliveries?: string
  /** Staff-only notes on articles. @default 'editorial-notes' */
  editorialNotes?: string
  /** Photos and video stills (an upload collection). @default 'media' */
  media?: string
  /** Each published story's editions: what readers got at each publish, kept. @default 'editions' */
  editions?: string
  /** The global holding the newsroom's name, URL, language, logo and policies. @default 'newsroom' */
  newsroom?: string
  /**
   * The auth collection whose accounts carry newsroom roles. If the host config already has a
   * collection with this slug, the plugin adds the `roles` field to it instead of replacing it.
   * @default 'users'
   */
  users?: string
}

/** A host's changes to one of the plugin's collections (see `overrides`). */
export type CollectionOverride = {
  fields?: (args: { defaultFields: Field[] }) => Field[]
} & Partial<Omit<CollectionConfig, 'fields' | 'slug'>>

export type NewsroomPluginOptions = {
  /**
   * Keep the schema (so the database and generated types stay the same) but switch the
   * plugin's behaviour off: no hooks, no endpoints, no onInit work.
   * @default false
   */
  disabled?: boolean
  /** Override any collection slug the plugin adds. */
  slugs?: NewsroomCollectionSlugs
  /**
   * Extend any collection the plugin adds, as `plugin-search`'s `searchOverrides` does: `fields`
   * receives the plugin's fields and returns the collection's; access and admin entries replace the
   * plugin's one by one; hooks and endpoints are added after the plugin's; anything else replaces.
   * @example overrides: { articles: { fields: ({ defaultFields }) => [...defaultFields, { name: 'kicker', type: 'text' }] } }
   */
  overrides?: { [K in Exclude<keyof NewsroomCollectionSlugs, 'newsroom'>]?: CollectionOverride }
  /** Admin navigation group labels. */
  groups?: {
    /** @default 'Newsroom' */
    newsroom?: string
    /** @default 'Moderation' */
    moderation?: string
    /** @default 'Admin' */
    admin?: string
  }
  /**
   * How many versions of an article to keep (drafts, autosaves and published versions).
   * @default 100
   */
  maxArticleVersions?: number
  /**
   * Search and social fields on articles: an SEO tab with meta title, description and share picture,
   * stored as `meta.title`, `meta.description`, `meta.image` (the names and shape of Payload's
   * official `@payloadcms/plugin-seo`, so data moves between the two unchanged). The delivery document's
   * `meta` (what a page's `<head>`, Open Graph and JSON-LD use) falls back to the headline, dek and main
   * picture where they are empty. `false` leaves the fields out of the schema; `meta` is then built
   * from those alone.
   *
   * `{ plugin: seoPlugin }` (imported by the host from `@payloadcms/plugin-seo`) makes the tab
   * Payload's plugin: the same fields plus its "Auto-generate" buttons (filled from the headline, dek
   * and main picture), its search-result preview and its `/api/plugin-seo/generate-*` endpoints. It is
   * the host's to install because its releases pin `payload` exactly (3.90.1 pins 3.90.1): without it
   * the plugin installs beside any Payload it supports.
   * @default true
   */
  seo?: { plugin: SeoPluginFactory } | boolean
  /** Pictures: where uploads are kept and what is accepted. Payload needs `sharp` in the config for resizing. */
  media?: {
    /** The directory the files are written to. @default `${process.cwd()}/data/media` */
    staticDir?: string
    /** The largest file accepted, in bytes. @default 20_000_000 */
    maxFileBytes?: number
    /**
     * The most pixels an image may have (a decompression bomb guard: a few kilobytes of PNG can hold
     * 100 megapixels, which take seconds to decode). 50 MP admits a 45 MP camera's photos. @default 50_000_000
     */
    maxPixels?: number
    /**
     * Content Credentials (C2PA): the certificates (PEM, one or more) of the authorities whose
     * signers the newsroom trusts (an agency's, a camera maker's, its own). A picture whose manifest
     * validates and whose signer chains to one of them is "trusted"; one that validates under another
     * signer is "valid, signer not trusted". @default '' (none trusted)
     */
    trustAnchors?: string
    /**
     * The newsroom's own Content Credentials on the sizes it publishes: a signing certificate (PEM,
     * its chain up to the root may follow) and its private key (PEM, PKCS #8, ECDSA P-256). Each
     * JPEG or PNG size of an upload is signed as a resized copy of the original (its parent
     * ingredient), carrying the original's own manifest when nothing in it could locate or name
     * anyone and no source gave the picture. Checked when the config is built. @default false (off)
     */
    signing?: false | SigningCredentials
  }
  /** Reader submissions: comments and error reports. */
  submissions?: {
    /**
     * Seconds a client (by IP) or an email address must wait between two submissions of one kind.
     * Checked against the database, so it holds across app instances sharing it.
     * @default 15
     */
    floodSeconds?: number
  }
  /** Reader comments. */
  comments?: {
    /**
     * Publish at once a comment whose email already has an approved comment (WordPress's rule).
     * @default false
     */
    autoApproveReturning?: boolean
    /** More links than this holds a comment for moderation, even a returning commenter's. @default 2 */
    maxLinks?: number
    /** Words or phrases (case-insensitive) that mark a comment as spam. @default [] */
    blocklist?: string[]
    /** How deep replies may nest (a top-level comment is level 1). @default 3 */
    maxDepth?: number
    /** Reports from different readers that send an approved comment back to the queue. @default 3 */
    reportThreshold?: number
    /** The most comments a reader gets in one page. @default 50 */
    maxPageSize?: number
    /** A form field humans leave empty and bots fill; a comment that fills it is marked spam. @default 'website' */
    honeypotField?: string
  }
  /**
   * Where editors preview a story: the host's reader page, which then gets Payload's live preview
   * (the draft rendered by that page while the editor types, at mobile and desktop widths). The URL
   * may be relative to the admin's own origin. Without it, *Preview* opens the story's JSON.
   * @example { url: ({ slug, id }) => `/stories/${slug}?preview=${id}` }
   * @default undefined
   */
  preview?: {
    url: (story: { id: number | string; slug: string }) => string
    /** @default [{ name: 'mobile', width: 375, height: 667 }, { name: 'desktop', width: 1280, height: 800 }] */
    breakpoints?: { name: string; label: string; width: number; height: number }[]
  }
  /** The public delivery endpoint GET /api/{articles}/slug/:slug. */
  delivery?: {
    /**
     * Seconds a serialized story is served from this process's memory before it is rebuilt, which
     * bounds staleness when several instances share a database (each instance's own writes
     * invalidate at once). @default 5
     */
    cacheTtlSeconds?: number
    /** Cache-Control s-maxage for shared caches (CDNs). @default 60 */
    sMaxAge?: number
    /** Cache-Control stale-while-revalidate. @default 300 */
    staleWhileRevalidate?: number
    /** Approved top-level comments in the document (their replies come with them). @default 20 */
    commentsPageSize?: number
    /** Open event streams (…/slug/:slug/events) one client address may hold. @default 20 */
    eventStreamsPerClient?: number
    /**
     * How long a story nobody listens to any more keeps its recent events, for clients that
     * reconnect with Last-Event-ID; after that its channel is dropped. @default 60
     */
    eventResumeSeconds?: number
  }
  /**
   * Where readers read a story, for webhooks (`data.url`) and the story's JSON-LD. A relative URL is
   * prefixed with the config's `serverURL` (SERVER_URL). Without it, the story's JSON endpoint.
   * @example ({ slug }) => `/stories/${slug}`
   * @default ({ slug }) => `/api/{articles}/slug/${slug}`
   */
  storyUrl?: (story: { slug: string }) => string
  /**
   * Where readers read an author's page (their profile and stories), for bylines' links and JSON-LD's
   * `author.url`. Relative URLs are prefixed like `storyUrl`'s.
   * @example ({ slug }) => `/authors/${slug}`
   * @default ({ slug }) => `/api/{authors}/slug/${slug}`
   */
  authorUrl?: (author: { slug: string }) => string
  /**
   * Where a story's own Atom feed is (its log, for readers who follow that one story), for the story
   * document's `feedUrl`; `false` for a story without one. The plugin serves no such feed itself (a
   * host writes it with `storyUpdatesFeed` from `newsroom-payload/syndication`), hence no link by default.
   * Read when an edition is built: editions published before keep what they had.
   * @example ({ slug }) => `/stories/${slug}/feed.xml`
   * @default () => false
   */
  storyFeedUrl?: (story: { slug: string }) => false | string
  /**
   * Full-text search over published stories (`GET /api/search`): an index the plugin keeps in step
   * with each story's current edition, in tables of its own (PostgreSQL full-text search, SQLite
   * FTS5; on MongoDB, headlines only). `false`: no index and no endpoint.
   */
  search?:
    | {
        /**
         * PostgreSQL's text search configuration (the language words are stemmed in): `english`,
         * `french`, `simple` (no stemming)… On SQLite, `english` stems with Porter; any other
         * language matches words as written (accents ignored).
         * @default 'english'
         */
        language?: string
        /** Results per page (a request may ask for fewer with `limit`). @default 10 */
        pageSize?: number
      }
    | false
  /**
   * Bylines: who readers see credited when a byline is withheld for safety (a story's, or an
   * author's on every story).
   */
  bylines?: {
    /** The name readers see instead of a withheld byline. @default 'Staff' */
    withheldName?: string
  }
  /**
   * Where a policy kept as text in the `newsroom` global is read (one with its own URL there is
   * linked as it is). Relative URLs are prefixed like `storyUrl`'s.
   * @example (policy) => `/policies/${policy}`
   * @default (policy) => `/api/globals/{newsroom}/policies/${policy}` (a plain page the plugin serves)
   */
  policyUrl?: (policy: string) => string
  /**
   * Webhooks (Standard Webhooks, signed) to frontends and partners: admins add receivers in the
   * `webhooks` collection; every event is delivered through Payload's jobs queue, at least once.
   */
  webhooks?: {
    /**
     * Hosts (names or IP addresses) webhooks may reach although they are not public: loopback,
     * private and link-local targets are refused otherwise, on save and again on delivery.
     * @example ['127.0.0.1', 'hooks.internal']
     * @default []
     */
    allowedHosts?: string[]
    /** Seconds a receiver has to answer one delivery. @default 10 */
    timeoutSeconds?: number
    /**
     * Retries after the first attempt, each twice as long after the previous one, from
     * `retryDelaySeconds`. @default 14 (5 s, 10 s, 20 s … ≈ 23 hours in all)
     */
    retries?: number
    /** The wait before the first retry. @default 5 */
    retryDelaySeconds?: number
    /** The jobs queue deliveries go to (run it with `jobs.autoRun` or `payload jobs:run`). @default 'webhooks' */
    queue?: string
  }
  /**
   * How to find the client's IP address (stored only as a salted hash). The default reads the
   * first `X-Forwarded-For` hop, which the app's express server always sets from the connection
   * (see TRUST_PROXY), then `X-Real-IP`.
   */
  clientIp?: (req: PayloadRequest) => string | undefined
  /** GraphQL limits the plugin adds to the host's. */
  graphQL?: {
    /**
     * The most documents one GraphQL request may make the server load, counting `limit`s, joins,
     * counts and aliases (Payload's own complexity limit ignores `limit`). @default 5000
     */
    maxDocuments?: number
    /**
     * The most fields one GraphQL request may select, each alias and each fragment spread counted
     * (`__typename` too, which Payload's complexity limit does not count). @default 1000
     */
    maxFields?: number
    /** The longest GraphQL query read at all, in tokens (`graphQLQueryTooLarge`, for the host's route). @default 20000 */
    maxTokens?: number
  }
  /**
   * Failed logins before an account is locked, and for how long (ms). Counted across all clients, so
   * kept well above `logins.maxFailuresPerClient`: one client is stopped long before it could lock
   * an account for everyone.
   * @default { maxLoginAttempts: 100, lockTime: 600_000 }
   */
  loginLockout?: { maxLoginAttempts?: number; lockTime?: number }
  /**
   * Per client (hashed address, an IPv6 client by its /64), in each process's memory: failed
   * sign-ins and password-reset requests allowed per window; past them the client is answered 429.
   * @default { maxFailuresPerClient: 10, maxPasswordResetsPerClient: 5, windowMinutes: 15 }
   */
  logins?: {
    maxFailuresPerClient?: number
    maxPasswordResetsPerClient?: number
    windowMinutes?: number
  }
  /**
   * The login cookie is sent over HTTPS only (`Secure`). Browsers keep a Secure cookie set by
   * http://localhost, so local production runs still sign in.
   * @default true when NODE_ENV is production
   */
  secureCookies?: boolean
}

/** The options with every default applied: what collections, hooks and access functions receive. */
/**
 * `seoPlugin` from `@payloadcms/plugin-seo`, described by what the newsroom passes it, so that neither
 * the plugin nor its declarations need that package.
 */
export type SeoPluginFactory = (options: {
  collections: string[]
  uploadsCollection: string
  tabbedUI: boolean
  fields: (args: { defaultFields: Field[] }) => Field[]
  generateTitle: (args: { doc: unknown; req: PayloadRequest }) => string
  generateDescription: (args: { doc: unknown; req: PayloadRequest }) => string
  generateImage: (args: { doc: unknown; req: PayloadRequest }) => number | string
  generateURL: (args: { doc: unknown; req: PayloadRequest }) => string
}) => (config: Config) => Config

export type NewsroomSettings = {
  disabled: boolean
  slugs: { newsroom: GlobalSlug } & Required<{
    [K in Exclude<keyof NewsroomCollectionSlugs, 'newsroom'>]: CollectionSlug
  }>
  groups: Required<NonNullable<NewsroomPluginOptions['groups']>>
  maxArticleVersions: number
  submissions: Required<NonNullable<NewsroomPluginOptions['submissions']>>
  comments: Required<NonNullable<NewsroomPluginOptions['comments']>>
  delivery: Required<NonNullable<NewsroomPluginOptions['delivery']>>
  clientIp: (req: PayloadRequest) => string | undefined
  loginLockout: Required<NonNullable<NewsroomPluginOptions['loginLockout']>>
  logins: Required<NonNullable<NewsroomPluginOptions['logins']>>
  secureCookies: boolean
  graphQL: Required<NonNullable<NewsroomPluginOptions['graphQL']>>
  overrides: NonNullable<NewsroomPluginOptions['overrides']>
  preview?: Required<NonNullable<NewsroomPluginOptions['preview']>>
  storyUrl: (story: { slug: string }) => string
  authorUrl: (author: { slug: string }) => string
  storyFeedUrl: (story: { slug: string }) => false | string
  bylines: Required<NonNullable<NewsroomPluginOptions['bylines']>>
  policyUrl: (policy: string) => string
  webhooks: Required<NonNullable<NewsroomPluginOptions['webhooks']>>
  media: Required<NonNullable<NewsroomPluginOptions['media']>>
  seo: { plugin?: SeoPluginFactory } | false
  search: { language: string; pageSize: number } | false
}
