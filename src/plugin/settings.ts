import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import type { NewsroomPluginOptions, NewsroomSettings } from './options'

import { checkedSigning } from './media/signCredentials'
import { clientIpFromHeaders } from './submissions/clientIp'

/** Applies every default once; everything downstream reads the settings, never the raw options. */
export const withDefaults = (options: NewsroomPluginOptions = {}): NewsroomSettings => ({
  disabled: options.disabled ?? false,
  slugs: {
    articles: (options.slugs?.articles ?? 'articles') as CollectionSlug,
    comments: (options.slugs?.comments ?? 'comments') as CollectionSlug,
    errorReports: (options.slugs?.errorReports ?? 'error-reports') as CollectionSlug,
    commentReports: (options.slugs?.commentReports ?? 'comment-reports') as CollectionSlug,
    quotes: (options.slugs?.quotes ?? 'quotes') as CollectionSlug,
    sources: (options.slugs?.sources ?? 'sources') as CollectionSlug,
    authors: (options.slugs?.authors ?? 'authors') as CollectionSlug,
    users: (options.slugs?.users ?? 'users') as CollectionSlug,
    webhooks: (options.slugs?.webhooks ?? 'webhooks') as CollectionSlug,
    webhookDeliveries: (options.slugs?.webhookDeliveries ?? 'webhook-deliveries') as CollectionSlug,
    editorialNotes: (options.slugs?.editorialNotes ?? 'editorial-notes') as CollectionSlug,
    media: (options.slugs?.media ?? 'media') as CollectionSlug,
    editions: (options.slugs?.editions ?? 'editions') as CollectionSlug,
    newsroom: (options.slugs?.newsroom ?? 'newsroom') as GlobalSlug,
  },
  groups: {
    newsroom: options.groups?.newsroom ?? 'Newsroom',
    moderation: options.groups?.moderation ?? 'Moderation',
    admin: options.groups?.admin ?? 'Admin',
  },
  maxArticleVersions: options.maxArticleVersions ?? 100,
  media: {
    staticDir: options.media?.staticDir ?? `${process.cwd()}/data/media`,
    maxFileBytes: options.media?.maxFileBytes ?? 20_000_000,
    maxPixels: options.media?.maxPixels ?? 50_000_000,
    trustAnchors: options.media?.trustAnchors ?? '',
    signing: checkedSigning(options.media?.signing),
  },
  seo:
    options.seo === false
      ? false
      : typeof options.seo === 'object'
        ? { plugin: options.seo.plugin }
        : {},
  submissions: {
    floodSeconds: options.submissions?.floodSeconds ?? 15,
  },
  comments: {
    autoApproveReturning: options.comments?.autoApproveReturning ?? false,
    maxLinks: options.comments?.maxLinks ?? 2,
    blocklist: options.comments?.blocklist ?? [],
    maxDepth: options.comments?.maxDepth ?? 3,
    reportThreshold: options.comments?.reportThreshold ?? 3,
    maxPageSize: options.comments?.maxPageSize ?? 50,
    honeypotField: options.comments?.honeypotField ?? 'website',
  },
  delivery: {
    cacheTtlSeconds: options.delivery?.cacheTtlSeconds ?? 5,
    sMaxAge: options.delivery?.sMaxAge ?? 60,
    staleWhileRevalidate: options.delivery?.staleWhileRevalidate ?? 300,
    commentsPageSize: options.delivery?.commentsPageSize ?? 20,
    eventStreamsPerClient: options.delivery?.eventStreamsPerClient ?? 20,
    eventResumeSeconds: options.delivery?.eventResumeSeconds ?? 60,
  },
  clientIp: options.clientIp ?? clientIpFromHeaders,
  overrides: options.overrides ?? {},
  preview: options.preview && {
    url: options.preview.url,
    breakpoints: options.preview.breakpoints ?? [
      { name: 'mobile', label: 'Mobile', width: 375, height: 667 },
      { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
    ],
  },
  storyUrl:
    options.storyUrl ??
    (({ slug }) =>
      `/api/${options.slugs?.articles ?? 'articles'}/slug/${encodeURIComponent(slug)}`),
  authorUrl:
    options.authorUrl ??
    (({ slug }) => `/api/${options.slugs?.authors ?? 'authors'}/slug/${encodeURIComponent(slug)}`),
  storyFeedUrl: options.storyFeedUrl ?? (() => false),
  search:
    options.search === false
      ? false
      : {
          language: options.search?.language ?? 'english',
          pageSize: options.search?.pageSize ?? 10,
        },
  bylines: { withheldName: options.bylines?.withheldName?.trim() || 'Staff' },
  policyUrl:
    options.policyUrl ??
    ((policy) => `/api/globals/${options.slugs?.newsroom ?? 'newsroom'}/policies/${policy}`),
  webhooks: {
    allowedHosts: options.webhooks?.allowedHosts ?? [],
    timeoutSeconds: options.webhooks?.timeoutSeconds ?? 10,
    retries: options.webhooks?.retries ?? 14,
    retryDelaySeconds: options.webhooks?.retryDelaySeconds ?? 5,
    queue: options.webhooks?.queue ?? 'webhooks',
  },
  graphQL: {
    maxDocuments: options.graphQL?.maxDocuments ?? 5000,
    maxFields: options.graphQL?.maxFields ?? 1000,
    maxTokens: options.graphQL?.maxTokens ?? 20_000,
  },
  loginLockout: {
    maxLoginAttempts: options.loginLockout?.maxLoginAttempts ?? 100,
    lockTime: options.loginLockout?.lockTime ?? 10 * 60 * 1000,
  },
  logins: {
    maxFailuresPerClient: options.logins?.maxFailuresPerClient ?? 10,
    maxPasswordResetsPerClient: options.logins?.maxPasswordResetsPerClient ?? 5,
    windowMinutes: options.logins?.windowMinutes ?? 15,
  },
  secureCookies: options.secureCookies ?? process.env.NODE_ENV === 'production',
})

/** Where the plugin keeps its settings on the config (`custom`): server-side only. */
export const NEWSROOM_SETTINGS = 'newsroomSettings'

/** The settings the plugin was installed with (the defaults if it was not), for code that gets only `payload` (migrations). */
export const settingsOf = (payload: Payload): NewsroomSettings =>
  (payload.config.custom?.[NEWSROOM_SETTINGS] as NewsroomSettings | undefined) ?? withDefaults()
