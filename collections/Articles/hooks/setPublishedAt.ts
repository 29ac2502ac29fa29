import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication stamps `publishedAt`; later saves keep it unless an editor sets it by hand. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
