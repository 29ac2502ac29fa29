/** Wires the collections served stories are built from to the delivery cache: each write drops what it changes. */
import type { CollectionConfig } from 'payload'

import type { NewsroomSettings } from '../../options'

import {
  articleTags,
  authorTags,
  commentAffectsReaders,
  commentTags,
  invalidateDeliveryAfterChange,
  invalidateDeliveryAfterDelete,
  mediaTags,
  quoteTags,
  rememberArticleSlug,
  sourceTags,
  withdrawalAffectsReaders,
  withholdingAffectsReaders,
} from '.'
import { isEditorialStaff } from '../../access/roles'
import { appendHooks } from '../../collectionOverrides'
import { capPublicPageSize } from '../../hooks/capPublicPageSize'
import { READER_PAGE_CAP } from '../../readerPageCap'

/**
 * The hooks, after a collection's own, of what served stories are built from: articles, sources and
 * quotes cap readers' pages; they, pictures and comments drop the cached stories (and lists) that a
 * change readers would see touches. Any other collection is returned as it is.
 */
export const withDeliveryHooks = (
  collection: CollectionConfig,
  settings: NewsroomSettings,
): CollectionConfig => {
  const { articles, sources, quotes, comments } = settings.slugs
  // Each write drops only the cached stories (and lists) it changes.
  const affected = {
    [articles]: articleTags(settings),
    [sources]: sourceTags(settings),
    [quotes]: quoteTags(settings),
  }[collection.slug]
  if (affected) {
    return appendHooks(collection, {
      beforeOperation: [capPublicPageSize(READER_PAGE_CAP, isEditorialStaff)],
      ...(collection.slug === articles ? { beforeChange: [rememberArticleSlug(settings)] } : {}),
      afterChange: [invalidateDeliveryAfterChange(affected)],
      afterDelete: [invalidateDeliveryAfterDelete(affected)],
    })
  }
  if (collection.slug === settings.slugs.media) {
    return appendHooks(collection, {
      afterChange: [invalidateDeliveryAfterChange(mediaTags(settings), withdrawalAffectsReaders)],
    })
  }
  if (collection.slug === settings.slugs.authors) {
    return appendHooks(collection, {
      afterChange: [invalidateDeliveryAfterChange(authorTags(settings), withholdingAffectsReaders)],
    })
  }
  if (collection.slug === comments) {
    return appendHooks(collection, {
      afterChange: [invalidateDeliveryAfterChange(commentTags(settings), commentAffectsReaders)],
      afterDelete: [invalidateDeliveryAfterDelete(commentTags(settings), commentAffectsReaders)],
    })
  }
  return collection
}
