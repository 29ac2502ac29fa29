import type { Config } from 'payload'

import type { NewsroomPluginOptions } from './options'

import { Newsroom } from '../../globals/Newsroom'
import { withNewsroomAdmin } from './assembly/admin'
import { withNewsroomCollections } from './assembly/collections'
import {
  withErrorAnswers,
  withOpenApiEndpoint,
  withRefusalsLoggedAsInfo,
} from './assembly/endpoints'
import { withGraphQLLimits } from './assembly/graphql'
import {
  withAbandonedDeliveriesReleased,
  withNewsroomJobs,
  withNewsroomTasksWithoutBehaviour,
} from './assembly/jobs'
import { plugged } from './assembly/plugged'
import { withSearchIndex, withSearchTablesKept } from './assembly/search'
import { accountProtection } from './auth/accountProtection'
import { GRAPHQL_LIMITS } from './graphql/requestSize'
import { withArticleSeo } from './seo/articleSeo'
import { NEWSROOM_SETTINGS, withDefaults } from './settings'

/**
 * Adds the newsroom schema (articles, sources, quotes, comments, roles) to any Payload config.
 * The host's collections, hooks and onInit are kept as they are.
 */
export const newsroomPlugin =
  (options: NewsroomPluginOptions = {}) =>
  (config: Config): Config => {
    const settings = withDefaults(options)
    const accounts = accountProtection(settings)
    const plug = plugged(settings)

    const collections = withNewsroomCollections(config.collections ?? [], settings, accounts)
    const globals = [...(config.globals ?? []), plug.global(Newsroom(settings))]
    if (settings.disabled) {
      // The SEO fields stay in the schema; the SEO plugin's generate endpoints do not.
      const schemaOnly = withArticleSeo(
        settings,
        plug.field,
      )({
        ...config,
        admin: { ...config.admin, user: config.admin?.user ?? settings.slugs.users },
        collections,
        globals,
      })
      return {
        ...schemaOnly,
        endpoints: config.endpoints,
        jobs: withNewsroomTasksWithoutBehaviour(config.jobs, settings),
      }
    }

    return withArticleSeo(
      settings,
      plug.field,
    )({
      ...config,
      admin: withNewsroomAdmin(config.admin, settings),
      collections,
      globals,
      endpoints: withOpenApiEndpoint(config.endpoints, settings),
      jobs: withNewsroomJobs(config.jobs, settings),
      onInit: withSearchIndex(withAbandonedDeliveriesReleased(config, settings), settings),
      db: withSearchTablesKept(config.db),
      graphQL: withGraphQLLimits(config.graphQL, settings),
      // For the host's GraphQL route, which checks a query's size before Payload reads it (graphQLLimitsOf).
      // And the settings themselves, for the migrations' data steps (settingsOf), which get only `payload`.
      custom: {
        ...config.custom,
        [GRAPHQL_LIMITS]: {
          maxFields: settings.graphQL.maxFields,
          maxTokens: settings.graphQL.maxTokens,
        },
        [NEWSROOM_SETTINGS]: settings,
      },
      hooks: withErrorAnswers(config.hooks, accounts),
      loggingLevels: withRefusalsLoggedAsInfo(config.loggingLevels),
    })
  }

export { articleBody as articleBodyField } from '../../collections/Articles/fields/articleBody'
export {
  hasRole,
  isAdmin,
  isEditor,
  isEditorialStaff,
  isLegal,
  isModerator,
  isReporter,
  seesIdentities,
} from './access/roles'
export { newsroomCollections } from './assembly/collections'
export { authorsFromTextBylines } from './bylines/fromTextBylines'
export type {
  DeliveryArticle,
  DeliveryComment,
  DeliveryQuote,
  DeliverySource,
} from './delivery/types'
export type * from './documents'
export { recordEditionsOfPublishedStories } from './editions/backfill'
export { readerTextField } from './fields/plainText'
export { articleSlugField, toSlug } from './fields/slug'
export { graphQLLimitsOf, graphQLQueryTooLarge } from './graphql/requestSize'
export { withoutSuggestions } from './graphql/withoutSuggestions'
// The sanitized config's CSRF allowlist also accepts the request's own origin (`buildConfig(…).then(acceptOwnOrigin)`);
// the route handlers' guards are in `newsroom-payload/guards`.
export { acceptOwnOrigin } from './guards/sameOrigin'
export { refreshAllQuoteLabels } from './hooks/labelQuotes'
export { describeIds, idOf, isDatabaseId } from './ids'
export type {
  CollectionOverride,
  NewsroomCollectionSlugs,
  NewsroomPluginOptions,
  NewsroomSettings,
} from './options'
export {
  hasWords,
  lexicalBody,
  paragraphNode,
  QUOTE_BLOCK_SLUG,
  quoteNode,
  quoteRefsIn,
  textNode,
} from './richText/lexical'
export type { LexicalBody, ParagraphNode, QuoteNode, TextNode } from './richText/lexical'
export { settingsOf, withDefaults } from './settings'
export { refreshAllCitations } from './standards/citations'
export * from './vocabulary'
export { parseAllowedHosts } from './webhooks/safeTarget'
export { isSignOffCurrent, legalFingerprint, reasonsForLegalReview } from './workflow/legalReview'
export { signedTextOf } from './workflow/signedText'
