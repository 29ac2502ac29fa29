/** The config's collections once the plugin is in: the host's (its users gaining roles and login protection), then the plugin's. */
import type { CollectionConfig, Field } from 'payload'

import type { CollectionOverride, NewsroomSettings } from '../options'

import { Articles } from '../../../collections/Articles'
import { Authors } from '../../../collections/Authors'
import { CommentReports } from '../../../collections/CommentReports'
import { Comments } from '../../../collections/Comments'
import { Editions } from '../../../collections/Editions'
import { EditorialNotes } from '../../../collections/EditorialNotes'
import { ErrorReports } from '../../../collections/ErrorReports'
import { Media } from '../../../collections/Media'
import { Quotes } from '../../../collections/Quotes'
import { Sources } from '../../../collections/Sources'
import { rolesField, Users } from '../../../collections/Users'
import { WebhookDeliveries } from '../../../collections/WebhookDeliveries'
import { Webhooks } from '../../../collections/Webhooks'
import { type accountProtection, protectAccounts } from '../auth/accountProtection'
import { applyOverride } from '../collectionOverrides'
import { plugged } from './plugged'

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

/**
 * The host's collections as they are, but its users collection (found by the `users` slug) with the
 * roles and the login protection; the plugin's Users when the host has none; then the plugin's own.
 */
export const withNewsroomCollections = (
  hostCollections: CollectionConfig[],
  settings: NewsroomSettings,
  accounts: ReturnType<typeof accountProtection>,
): CollectionConfig[] => {
  const hostUsers = hostCollections.find((collection) => collection.slug === settings.slugs.users)
  const plug = plugged(settings)
  return [
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
}
