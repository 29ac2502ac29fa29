import type { CollectionAfterChangeHook } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import {
  SIGNING_GENERATOR,
  signStoredSizes,
  type StoredSize,
  UPLOADED_ORIGINAL,
  type UploadedOriginal,
} from '../../../src/plugin/media/signSizes'

type Picture = {
  id: number | string
  filename?: string
  mimeType?: string
  source?: unknown
  sizes?: Record<string, null | StoredSize | undefined>
}

const SIZE_KEYS = ['filename', 'filesize', 'height', 'mimeType', 'width'] as const

/**
 * With `media.signing` set: the sizes of a picture just uploaded are signed by the newsroom (the
 * original as their parent, with its chain when it may go public and no source gave the picture);
 * and when a source is named for a picture later, its sizes are signed again without the original's
 * chain, whose signer could identify them. The sizes' byte counts are kept in step.
 */
export const signPublishedSizes =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    const signing = settings.media.signing
    const uploaded = req.context[UPLOADED_ORIGINAL] as undefined | UploadedOriginal
    delete req.context[UPLOADED_ORIGINAL]
    const picture = doc as Picture
    const sourceNamedNow = Boolean(picture.source) && !(previousDoc as Picture | undefined)?.source
    if (!signing || !picture.sizes || (!uploaded && !sourceNamedNow)) {
      return doc
    }
    const original: UploadedOriginal = {
      title: uploaded?.title ?? picture.filename ?? 'original',
      format: uploaded?.format ?? picture.mimeType ?? 'image/jpeg',
      manifestStore: picture.source ? undefined : uploaded?.manifestStore,
    }
    const signed = await signStoredSizes(
      picture.sizes,
      settings.media.staticDir,
      signing,
      original,
      SIGNING_GENERATOR,
    )
    if (!Object.keys(signed).length) {
      return doc
    }
    // Each size as now stored: the signed ones with their new byte counts, over what the answer had (its url too).
    const sizes = Object.fromEntries(
      Object.entries(picture.sizes).map(([name, size]) => [name, { ...size, ...signed[name] }]),
    )
    await req.payload.db.updateOne({
      collection: collection.slug,
      id: picture.id,
      // The database takes a size's own columns only.
      data: {
        sizes: Object.fromEntries(
          Object.entries(sizes).map(([name, size]) => [
            name,
            Object.fromEntries(SIZE_KEYS.map((key) => [key, size[key] ?? null])),
          ]),
        ),
      },
      req,
      returning: false,
    })
    return { ...doc, sizes }
  }
