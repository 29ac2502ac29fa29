import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import type { NewsroomSettings } from '../options'

import { isEditor } from '../access/roles'

/** What sharp may read and what we serve: raster images only (no SVG: it can carry scripts). */
const RASTER_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif'])

/**
 * Every uploaded file is checked by its content, not its name: a raster image (JPEG, PNG, WebP,
 * AVIF) under the size cap, which sharp can decode. Then the original itself is re-encoded without
 * its metadata (EXIF, GPS location, camera serials, XMP), upright, unless the editor ticked
 * “Keep location data”: sources are protected in the original file too, not only in the resized
 * copies Payload makes (which never keep metadata).
 */
export const checkUploadedImage =
  (settings: NewsroomSettings): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file?.data) return args
    const refuse = (message: string) => {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message }], req }, req.t)
    }
    if (file.data.length > settings.media.maxFileBytes) refuse(`The file is larger than ${Math.round(settings.media.maxFileBytes / 1_000_000)} MB.`)
    const sharp = req.payload.config.sharp
    if (!sharp) refuse('This server cannot process images (sharp is not configured).')
    const image = sharp!(file.data, { failOn: 'error' })
    const metadata = await image.metadata().catch(() => undefined)
    if (!metadata?.format || !RASTER_FORMATS.has(metadata.format)) refuse('Only JPEG, PNG, WebP or AVIF images can be uploaded (checked by content, not by name).')
    if (!metadata!.width || !metadata!.height || metadata!.width * metadata!.height > settings.media.maxPixels) refuse('The image is empty or has too many pixels.')
    const data = (args as { data?: { keepLocation?: unknown } }).data
    // Only an editor may keep a location in a file readers can download (the field says the same).
    if ((data?.keepLocation === true || data?.keepLocation === 'true') && isEditor(req.user)) return args
    // sharp writes no metadata unless asked; rotate() first applies the EXIF orientation it drops.
    const stripped = await image.rotate().toBuffer()
    file.data = stripped
    file.size = stripped.length
    return args
  }
