import type { CollectionConfig, Config, Field } from 'payload'

import { Articles } from '../../collections/Articles'
import { CommentReports } from '../../collections/CommentReports'
import { Comments } from '../../collections/Comments'
import { ErrorReports } from '../../collections/ErrorReports'
import { Quotes } from '../../collections/Quotes'
import { Sources } from '../../collections/Sources'
import { rolesField, Users } from '../../collections/Users'
import { isEditor } from './access/roles'
import { ADMIN_COMPONENTS } from './admin/componentPaths'
import { withDefaults } from './settings'
import { capPublicPageSize } from './hooks/capPublicPageSize'
import { describeInputErrors } from './hooks/describeInputErrors'
import { countOnlyJoinsRule, documentBudgetRule } from './graphql/documentBudget'
import { rejectUnanswerableQueries } from './hooks/rejectUnanswerableWhere'
import { requireObjectBody } from './hooks/requireObjectBody'
import { openApi } from './endpoints/openApi'
import { commentAffectsReaders, invalidateDeliveryAfterChange, invalidateDeliveryAfterDelete } from './hooks/invalidateDeliveryCache'
import type { NewsroomPluginOptions, NewsroomSettings } from './options'

const hasField = (fields: Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

/** The host's own users collection keeps everything it has; it only gains the roles newsroom access reads. */
const withRoles = (users: CollectionConfig, settings: NewsroomSettings): CollectionConfig =>
  hasField(users.fields, 'roles') ? users : { ...users, fields: [...users.fields, rolesField(settings)] }

/** The served story is built from these: a write to them that readers would see drops the cached stories. */
const invalidatesDelivery = (
  collection: CollectionConfig,
  settings: NewsroomSettings,
  affectsReaders?: Parameters<typeof invalidateDeliveryAfterChange>[0],
): CollectionConfig =>
  settings.disabled
    ? collection
    : {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), invalidateDeliveryAfterChange(affectsReaders)],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateDeliveryAfterDelete(affectsReaders)],
        },
      }

/** Readers list at most this many articles, sources or quotes per page; `limit=0` is not unbounded for them. */
const READER_PAGE_CAP = 100

const capsReaderPages = (collection: CollectionConfig, settings: NewsroomSettings): CollectionConfig =>
  settings.disabled
    ? collection
    : {
        ...collection,
        hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capPublicPageSize(READER_PAGE_CAP, isEditor)] },
      }

/**
 * Every collection refuses, with a 400, input Payload itself would answer with a 500: a request body
 * that is not a JSON object, and a `where` (its own or a join's) the database cannot answer; a
 * reader's join pages are capped like their lists.
 */
const requiresAnswerableRequests =
  (settings: NewsroomSettings) =>
  (collection: CollectionConfig): CollectionConfig => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        requireObjectBody,
        rejectUnanswerableQueries({
          isStaff: (req) => Boolean((req.user as { roles?: unknown[] } | null)?.roles?.length),
          pageCap: (slug) => (slug === settings.slugs.comments ? settings.comments.maxPageSize : READER_PAGE_CAP),
        }),
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  })

export const newsroomCollections = (settings: NewsroomSettings): CollectionConfig[] =>
  [
    ...[Articles(settings), Sources(settings), Quotes(settings)].map((collection) => invalidatesDelivery(capsReaderPages(collection, settings), settings)),
    invalidatesDelivery(Comments(settings), settings, commentAffectsReaders),
    CommentReports(settings),
    ErrorReports(settings),
  ].map(requiresAnswerableRequests(settings))

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

    const collections = [
      ...hostCollections.map((collection) => (collection === hostUsers ? withRoles(collection, settings) : collection)),
      ...(hostUsers ? [] : [requiresAnswerableRequests(settings)(Users(settings))]),
      ...newsroomCollections(settings),
    ]

    return {
      ...config,
      admin: {
        ...config.admin,
        user: config.admin?.user ?? settings.slugs.users,
        components: {
          ...config.admin?.components,
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            ...(settings.disabled ? [] : [{ path: ADMIN_COMPONENTS.moderationQueueLink, serverProps: { commentsSlug: settings.slugs.comments } }]),
          ],
        },
      },
      collections,
      endpoints: [...(config.endpoints ?? []), ...(settings.disabled ? [] : [openApi(settings)])],
      graphQL: settings.disabled
        ? config.graphQL
        : {
            ...config.graphQL,
            validationRules: (args) => [
              ...(config.graphQL?.validationRules?.(args) ?? []),
              documentBudgetRule({ maxDocuments: settings.graphQL.maxDocuments, maxPage: READER_PAGE_CAP })(args),
              countOnlyJoinsRule(args),
            ],
          },
      hooks: settings.disabled ? config.hooks : { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), describeInputErrors] },
    }
  }
