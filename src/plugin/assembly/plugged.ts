/** What the plugin adds to the schema gets its behaviour here, or (the `disabled` option) keeps only its schema. */
import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import type { NewsroomSettings } from '../options'

import { withDeliveryHooks } from '../delivery/invalidation/collectionHooks'
import { fieldWithoutBehaviour, globalWithoutBehaviour, withoutBehaviour } from '../disabled'
import { rejectUnanswerableQueries } from '../hooks/rejectUnanswerableWhere'
import { requireObjectBody } from '../hooks/requireObjectBody'
import { READER_PAGE_CAP } from '../readerPageCap'

/**
 * What every collection of the plugin does besides its own hooks: refuse with a 400 input Payload
 * itself would answer with a 500 (a body that is not a JSON object, a `where` of its own or a
 * join's the database cannot answer), cap readers' join pages like their lists; and, for what
 * served stories are built from, cap readers' pages and drop cached stories on a change readers
 * would see (../delivery/invalidation/collectionHooks). Called only when the plugin is enabled (see `plugged`).
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
 * field keep their schema and lose everything that runs (`withoutBehaviour`, see ../disabled).
 */
export const plugged = (settings: NewsroomSettings) =>
  settings.disabled
    ? { collection: withoutBehaviour, global: globalWithoutBehaviour, field: fieldWithoutBehaviour }
    : {
        collection: (collection: CollectionConfig) => withPluginBehaviour(collection, settings),
        global: (global: GlobalConfig) => global,
        field: (field: Field) => field,
      }
