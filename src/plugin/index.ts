import type { CollectionConfig, Config, Field, GlobalConfig } from 'payload'

import type { CollectionOverride, NewsroomPluginOptions, NewsroomSettings } from './options'

import { Articles } from '../../collections/Articles'
import { CommentReports } from '../../collections/CommentReports'
import { Comments } from '../../collections/Comments'
import { Editions } from '../../collections/Editions'
import { Authors } from '../../collections/Authors'
import { EditorialNotes } from '../../collections/EditorialNotes'
import { ErrorReports } from '../../collections/ErrorReports'
import { Media } from '../../collections/Media'
import { Quotes } from '../../collections/Quotes'
import { Sources } from '../../collections/Sources'
import { rolesField, Users } from '../../collections/Users'
import { WebhookDeliveries } from '../../collections/WebhookDeliveries'
import { Webhooks } from '../../collections/Webhooks'
import { Newsroom } from '../../globals/Newsroom'
import { isAdmin } from './access/roles'
import { ADMIN_COMPONENTS } from './admin/componentPaths'
import { accountProtection, protectAccounts } from './auth/accountProtection'
import { applyOverride } from './collectionOverrides'
import { withDeliveryHooks } from './delivery/invalidation/collectionHooks'
import {
  fieldWithoutBehaviour,
  globalWithoutBehaviour,
  taskWithoutBehaviour,
  withoutBehaviour,
} from './disabled'
import { openApi } from './endpoints/openApi'
import { countOnlyJoinsRule, documentBudgetRule } from './graphql/documentBudget'
import { fieldCountRule, GRAPHQL_LIMITS } from './graphql/requestSize'
import {
  answerMissingReferenceWith400,
  answerRejectedValueWith400,
  answerWriteConflictWith503,
} from './hooks/answerDatabaseRefusals'
import { describeInputErrors } from './hooks/describeInputErrors'
import { rejectUnanswerableQueries } from './hooks/rejectUnanswerableWhere'
import { requireObjectBody } from './hooks/requireObjectBody'
import { READER_PAGE_CAP } from './readerPageCap'
import { withArticleSeo } from './seo/articleSeo'
import { NEWSROOM_SETTINGS, withDefaults } from './settings'
import { deliverWebhookTask } from './webhooks/deliverWebhook'
import { startReleasingAbandonedDeliveries } from './webhooks/releaseAbandonedDeliveries'

const hasField = (fields: Field[], name: string) =>
  fields.some((field) => 'name' in field && field.name === name)

/** The host's own users collection keeps everything it has; it only gains the roles newsroom access reads. */
const withRoles = (
  users: CollectionConfig,
  settings: NewsroomSettings,
  plugged: (field: Field) => Field,
): CollectionConfig =>
  hasField(users.fields, 'roles')
    ? users
    : { ...users, fields: [...users.fields, plugged(rolesField(settings))] }

/**
 * What every collection of the plugin does besides its own hooks: refuse with a 400 input Payload
 * itself would answer with a 500 (a body that is not a JSON object, a `where` of its own or a
 * join's the database cannot answer), cap readers' join pages like their lists; and, for what
 * served stories are built from, cap readers' pages and drop cached stories on a change readers
 * would see (./delivery/invalidation/collectionHooks). Called only when the plugin is enabled (see `plugged`).
 */
const withPluginBehaviour = (
  collection: CollectionConfig,
  settings: NewsroomSettings,
): CollectionConfig => {
  const { comments } = settings.slugs
  const answerable = {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        requireObjectBody,
        rejectUnanswerableQueries({
          isStaff: (req) => Boolean((req.user as { roles?: unknown[] } | null)?.roles?.length),
          pageCap: (slug) => (slug === comments ? settings.comments.maxPageSize : READER_PAGE_CAP),
        }),
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  }
  return withDeliveryHooks(answerable, settings)
}

/**
 * The one place the `disabled` option is decided for what the plugin adds to the schema: enabled, each
 * collection gets the plugin-wide behaviour above; disabled, the collections, the global and the roles
 * field keep their schema and lose everything that runs (`withoutBehaviour`, see ./disabled).
 */
const plugged = (settings: NewsroomSettings) =>
  settings.disabled
    ? { collection: withoutBehaviour, global: globalWithoutBehaviour, field: fieldWithoutBehaviour }
    : {
        collection: (collection: CollectionConfig) => withPluginBehaviour(collection, settings),
        global: (global: GlobalConfig) => global,
        field: (field: Field) => field,
      }

/** The plugin's collections, each with its behaviour and the host's override (see the `overrides` option). */
export const newsroomCollections = (settings: NewsroomSettings): CollectionConfig[] => {
  const { overrides } = settings
  const { collection: withBehaviour } = plugged(settings)
  return [
    [Articles(settings), overrides.articles],
    [Editions(settings), overrides.editions],
    [Sources(settings), overrides.sources],
    [Authors(settings), overrides.authors],
    [Quotes(settings), overrides.quotes],
    [Comments(settings), overrides.comments],
    [CommentReports(settings), overrides.commentReports],
    [ErrorReports(settings), overrides.errorReports],
    [EditorialNotes(settings), overrides.editorialNotes],
    [Media(settings), overrides.media],
    [Webhooks(settings), overrides.webhooks],
    [WebhookDeliveries(settings), overrides.webhookDeliveries],
  ].map(([collection, override]) =>
    applyOverride(
      withBehaviour(collection as CollectionConfig),
      override as CollectionOverride | undefined,
    ),
  )
}

type JobsConfig = NonNullable<Config['jobs']>
const adminsRunJobs = ({ req }: { req: { user?: unknown } }) => isAdmin(req.user as never)

/**
 * The webhook delivery task joins the host's jobs; and Payload's job endpoints (run, queue, cancel),
 * open to any logged-in account by default, are for admins unless the host decided otherwise.
 */
const withWebhookJobs = (jobs: Config['jobs'], settings: NewsroomSettings): JobsConfig => ({
  ...jobs,
  tasks: [...(jobs?.tasks ?? []), deliverWebhookTask(settings)],
  access: { run: adminsRunJobs, queue: adminsRunJobs, cancel: adminsRunJobs, ...jobs?.access },
})

/**
 * Adds the newsroom schema (articles, sources, quotes, comments, roles) to any Payload config.
 * The host's collections, hooks and onInit are kept as they are.
 */
export const newsroomPlugin =
  (options: NewsroomPluginOptions = {}) =>
  (config: Config): Config => {
    const settings = withDefaults(options)
    const hostCollections = config.collections ?? []
    const hostUsers = hostCollections.find((collection) => collection.slug === settings.slugs.users)
    const accounts = accountProtection(settings)
    const plug = plugged(settings)

    const collections = [
      ...hostCollections.map((collection) =>
        collection === hostUsers
          ? protectAccounts(withRoles(collection, settings, plug.field), accounts, settings)
          : collection,
      ),
      ...(hostUsers
        ? []
        : [
            protectAccounts(
              applyOverride(plug.collection(Users(settings)), settings.overrides.users),
              accounts,
              settings,
            ),
          ]),
      ...newsroomCollections(settings),
    ]
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
        // The task stays registered: its slug is a value of Payload's jobs table (the same schema).
        jobs: {
          ...config.jobs,
          tasks: [
            ...(config.jobs?.tasks ?? []),
            taskWithoutBehaviour(deliverWebhookTask(settings)),
          ],
        },
      }
    }

    return withArticleSeo(
      settings,
      plug.field,
    )({
      ...config,
      admin: {
        ...config.admin,
        user: config.admin?.user ?? settings.slugs.users,
        // Payload's default avatar is Gravatar: every admin page would send a hash of the staff member's
        // email to an outside service (and show a broken image offline). Newsrooms protect who works with whom.
        avatar: config.admin?.avatar ?? 'default',
        components: {
          ...config.admin?.components,
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            {
              path: ADMIN_COMPONENTS.moderationQueueLink,
              serverProps: { commentsSlug: settings.slugs.comments },
            },
          ],
          // Each member of staff sees what waits for them: stories assigned to them, legal's queue, notes.
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            {
              path: ADMIN_COMPONENTS.waitingForYou,
              serverProps: {
                articlesSlug: settings.slugs.articles,
                notesSlug: settings.slugs.editorialNotes,
                commentsSlug: settings.slugs.comments,
              },
            },
          ],
        },
      },
      collections,
      globals,
      endpoints: [...(config.endpoints ?? []), openApi(settings)],
      jobs: withWebhookJobs(config.jobs, settings),
      onInit: async (payload) => {
        await config.onInit?.(payload)
        startReleasingAbandonedDeliveries(payload, settings)
      },
      graphQL: {
        ...config.graphQL,
        validationRules: (args) => [
          ...(config.graphQL?.validationRules?.(args) ?? []),
          documentBudgetRule({
            maxDocuments: settings.graphQL.maxDocuments,
            maxPage: READER_PAGE_CAP,
          })(args),
          countOnlyJoinsRule(args),
          fieldCountRule(settings.graphQL),
        ],
      },
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
      hooks: {
        ...config.hooks,
        afterError: [
          ...(config.hooks?.afterError ?? []),
          answerWriteConflictWith503,
          answerRejectedValueWith400,
          answerMissingReferenceWith400,
          describeInputErrors,
          accounts.afterError,
        ],
      },
      // The plugin's refusals (a flood's 429, a reporter's refused publish) are answers, not server errors: one info line each.
      loggingLevels: {
        ...({ RefusedRequest: 'info' } as Config['loggingLevels']),
        ...config.loggingLevels,
      },
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
