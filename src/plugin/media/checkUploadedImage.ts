import type { AccessArgs, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { Forbidden, ValidationError } from 'payload'

import type { NewsroomSettings } from '../options'

import { isEditor } from '../access/roles'
import {
  CREDENTIALS_READ,
  manifestStoreOf,
  readContentCredentials,
  trustAnchorsOf,
} from './contentCredentials'
import { chainKeepable, UPLOADED_ORIGINAL, type UploadedOriginal } from './signSizes'

/**
 * What sharp may read and what we serve: raster images only (no SVG: it can carry scripts), by the
 * format sharp finds in the content, with the extension the stored file gets. sharp names AVIF
 * `heif` (its container) with AV1 compression.
 */
const extensionOf = (metadata: { format?: string; compression?: string }): string | undefined => {
  if (metadata.format === 'heif') {
    return metadata.compression === 'av1' ? 'avif' : undefined
  }
  return ({ jpeg: 'jpg', png: 'png', webp: 'webp' } as Record<string, string>)[
    metadata.format ?? ''
  ]
}

/** The uploaded name with the extension of what the file is: a JPEG sent as `photo.html` is stored as `photo.jpg`. */
const renamedFor = (name: string, extension: string) =>
  `${name.replace(/\.[^./\\]*$/, '') || 'picture'}.${extension}`

const refusal = (req: PayloadRequest, collection: string, path: string, message: string) =>
  new ValidationError({ collection, errors: [{ path, message }], req }, req.t)

/**
 * Every uploaded file is checked by its content, not its name: a raster image (JPEG, PNG, WebP,
 * AVIF) under the size and pixel caps, which sharp can decode; it is stored under the extension of
 * that format. Then the original itself is re-encoded without its metadata (EXIF, GPS location,
 * camera serials, XMP), upright, unless the editor ticked “Keep location data”: sources are
 * protected in the original file too, not only in the resized copies Payload makes (which never
 * keep metadata).
 *
 * The caps are read from the image's header (sharp's `metadata()` decodes no pixels), so a
 * decompression bomb is refused in milliseconds, before anything decodes it. A picture is never
 * created from a URL (`{"url": …}`): Payload would fetch it after this check, so its location would
 * be kept and its pixels not counted; the file is uploaded instead (the admin's “Paste URL” does
 * that in the browser).
 */
export const checkUploadedImage =
  (settings: NewsroomSettings): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') {
      return args
    }
    // Who may not write here is refused first (403), before any image work is done for them.
    const { id, data, overrideAccess } = args as {
      id?: number | string
      data?: Record<string, unknown>
      overrideAccess?: boolean
    }
    if (
      !overrideAccess &&
      (await collection.access[operation]({
        req,
        data,
        ...(operation === 'update' ? { id } : {}),
      } as AccessArgs)) === false
    ) {
      throw new Forbidden(req.t)
    }
    const refuse = (message: string, path = 'file') => {
      throw refusal(req, collection.slug, path, message)
    }
    const file = req.file
    if (operation === 'create' && !file) {
      const sentUrl = typeof (req.data as { url?: unknown } | undefined)?.url === 'string'
      if (sentUrl) {
        refuse(
          'Pictures are not fetched from a URL here: upload the file itself (its location data is removed and its size checked on upload).',
          'url',
        )
      }
      refuse('Attach the picture’s file.')
    }
    if (!file?.data) {
      return args
    }
    if (file.data.length > settings.media.maxFileBytes) {
      refuse(`The file is larger than ${Math.round(settings.media.maxFileBytes / 1_000_000)} MB.`)
    }
    const sharp = req.payload.config.sharp
    if (!sharp) {
      refuse('This server cannot process images (sharp is not configured).')
    }
    // No pixel limit of sharp's own here: reading the header decodes nothing, and the cap below says why it refuses.
    const image = sharp(file.data, { failOn: 'error', limitInputPixels: false })
    const metadata = await image.metadata().catch(() => undefined)
    const extension = metadata && extensionOf(metadata)
    if (!extension) {
      refuse(
        'Only JPEG, PNG, WebP or AVIF images can be uploaded (checked by content, not by name).',
      )
    }
    const { width = 0, height = 0 } = metadata!
    if (!width || !height) {
      refuse('The image is empty (no pixels).')
    }
    if (width * height > settings.media.maxPixels) {
      refuse(
        `The image is ${width}×${height} pixels (${((width * height) / 1_000_000).toFixed(1)} megapixels); the limit is ${settings.media.maxPixels / 1_000_000} megapixels. Export it smaller and upload it again.`,
      )
    }
    file.name = renamedFor(file.name, extension)
    // Its Content Credentials, from the file as uploaded (the stripping below removes them).
    const credentials = await readContentCredentials(
      file.data,
      trustAnchorsOf(settings.media.trustAnchors),
    )
    req.context[CREDENTIALS_READ] = credentials
    // For the newsroom's signature on the sizes (../../collections/Media/hooks/signPublishedSizes).
    if (settings.media.signing) {
      const manifestStore = credentials.state === 'valid' ? manifestStoreOf(file.data) : undefined
      req.context[UPLOADED_ORIGINAL] = {
        title: file.name,
        format: `image/${extension === 'jpg' ? 'jpeg' : extension}`,
        manifestStore: chainKeepable(manifestStore) ? manifestStore : undefined,
      } satisfies UploadedOriginal
    }
    // Only an editor may keep a location in a file readers can download (the field says the same).
    if ((data?.keepLocation === true || data?.keepLocation === 'true') && isEditor(req.user)) {
      return args
    }
    // sharp writes no metadata unless asked; rotate() first applies the EXIF orientation it drops.
    const stripped = await image.rotate().toBuffer()
    file.data = stripped
    file.size = stripped.length
    return args
  }
