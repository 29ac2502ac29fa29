import type { CollectionSlug } from 'payload'

import type { NewsroomPluginOptions, NewsroomSettings } from './types'

import { clientIpFromHeaders } from './submissions/clientIp'

/** Applies every default once; everything downstream reads the settings, never the raw options. */
export const withDefaults = (options: NewsroomPluginOptions = {}): NewsroomSettings => ({
  disabled: options.disabled ?? false,
  slugs: {
    articles: (options.slugs?.articles ?? 'articles') as CollectionSlug,
    comments: (options.slugs?.comments ?? 'comments') as CollectionSlug,
    errorReports: (options.slugs?.errorReports ?? 'error-reports') as CollectionSlug,
    quotes: (options.slugs?.quotes ?? 'quotes') as CollectionSlug,
    sources: (options.slugs?.sources ?? 'sources') as CollectionSlug,
    users: (options.slugs?.users ?? 'users') as CollectionSlug,
  },
  groups: {
    newsroom: options.groups?.newsroom ?? 'Newsroom',
    moderation: options.groups?.moderation ?? 'Moderation',
    admin: options.groups?.admin ?? 'Admin',
  },
  maxArticleVersions: options.maxArticleVersions ?? 100,
  submissions: {
    floodSeconds: options.submissions?.floodSeconds ?? 15,
  },
  clientIp: options.clientIp ?? clientIpFromHeaders,
  loginLockout: {
    maxLoginAttempts: options.loginLockout?.maxLoginAttempts ?? 5,
    lockTime: options.loginLockout?.lockTime ?? 10 * 60 * 1000,
  },
})
