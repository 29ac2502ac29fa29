import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { EditionDocument } from '../../../src/plugin/editions/buildEdition'
import type { NewsroomSettings } from '../../../src/plugin/options'

import { idOf } from '../../../src/plugin/ids'
import { indexStory, unindexStory } from '../../../src/plugin/search/searchIndex'

type EditionRow = {
  article?: unknown
  current?: boolean
  etag?: string
  document?: EditionDocument
}

/**
 * Search finds a story by its current edition: one made current is indexed (a publish, a correction,
 * a change for safety), one retired leaves the index (unpublished, taken down); in the same
 * transaction. A current edition's comments refreshing (its ETag unchanged) changes nothing searched.
 */
export const indexCurrentEdition =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const edition = doc as EditionRow
    const before = previousDoc as EditionRow | undefined
    const article = idOf(edition.article)
    if (article === undefined || article === null) {
      return doc
    }
    if (edition.current && edition.document) {
      if (!before?.current || before.etag !== edition.etag) {
        await indexStory(req.payload, settings, edition.document, req)
      }
    } else if (before?.current) {
      await unindexStory(req.payload, settings, article, req)
    }
    return doc
  }

/** A current edition deleted (its story deleted): the story leaves the index. */
export const unindexDeletedEdition =
  (settings: NewsroomSettings): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const article = idOf((doc as EditionRow).article)
    if ((doc as EditionRow).current && article !== undefined && article !== null) {
      await unindexStory(req.payload, settings, article, req)
    }
    return doc
  }
