import type { DeliveryImage, DeliverySource } from './types'

import { AI_LABELS, type DigitalSourceType, digitalSourceTypeUri } from '../vocabulary'

type Row = Record<string, any>

/**
 * The shapes of the story document that live preview builds too (from a draft read with the
 * editor's access) and the delivery builds (as a reader): pure, browser-safe.
 */

/**
 * A media document as readers get it: its files (the original, stripped of metadata, and each
 * size), words and provenance; `null` for anything that is not a picture with a file. Pure, so
 * live preview shapes a draft's populated pictures the same way.
 */
export const toDeliveryImage = (media: unknown): DeliveryImage | null => {
  if (!media || typeof media !== 'object') {
    return null
  }
  const doc = media as Row
  if (!doc.url || doc.id == null) {
    return null
  }
  const sizes: DeliveryImage['sizes'] = {}
  for (const [name, size] of Object.entries((doc.sizes ?? {}) as Record<string, Row>)) {
    if (size?.url && size.width && size.height) {
      sizes[name] = { url: size.url, width: size.width, height: size.height }
    }
  }
  return {
    id: doc.id,
    url: doc.url,
    width: doc.width ?? null,
    height: doc.height ?? null,
    mimeType: doc.mimeType ?? null,
    alt: doc.alt ?? '',
    caption: doc.caption ?? null,
    credit: doc.credit ?? null,
    focalX: doc.focalX ?? null,
    focalY: doc.focalY ?? null,
    provenance: {
      howObtained: doc.provenance?.howObtained ?? null,
      capturedAt: doc.provenance?.capturedAt ?? null,
      verificationStatus: doc.provenance?.verificationStatus ?? null,
    },
    digitalSourceType: doc.digitalSourceType ? digitalSourceTypeUri(doc.digitalSourceType) : null,
    aiLabel: AI_LABELS[doc.digitalSourceType as DigitalSourceType] ?? null,
    contentCredentials: doc.credentialsLine ?? null,
    sizes,
  }
}

/**
 * A source as readers get it, under the id this story gives it (`publicId`: an anonymous source's
 * story-local alias). An anonymous source is never named, whatever the row holds.
 */
export const toDeliverySource = (
  source: Row,
  publicId: (id: unknown) => null | number | string = (id) => id as number | string,
): DeliverySource => ({
  id: publicId(source.id)!,
  description: source.description,
  kind: source.kind,
  name: source.kind === 'anonymous' ? null : (source.name ?? null),
  role: source.role ?? null,
  anonymity: source.kind === 'anonymous' ? { reason: source.anonymity?.reason ?? null } : null,
  provenance:
    source.kind === 'footage'
      ? {
          howObtained: source.provenance?.howObtained ?? null,
          recordedAt: source.provenance?.recordedAt ?? null,
          verificationStatus: source.provenance?.verificationStatus ?? null,
          verificationMethod: source.provenance?.verificationMethod ?? null,
          rights: source.provenance?.rights ?? null,
        }
      : null,
})

/** The widths a browser may pick from (`srcset`), smallest first, the original last. */
export const srcsetOf = (
  image: DeliveryImage,
  absolute: (url: string) => string = (url) => url,
): string =>
  [
    ...['thumbnail', 'small', 'medium', 'large'].flatMap((name) =>
      image.sizes[name] ? [`${absolute(image.sizes[name].url)} ${image.sizes[name].width}w`] : [],
    ),
    ...(image.width ? [`${absolute(image.url)} ${image.width}w`] : []),
  ].join(', ')

/** Makes a file's address absolute against `base` when `base` is an absolute URL; leaves it as it is otherwise. */
export const againstBase =
  (base?: string) =>
  (url: string): string =>
    base && /^https?:\/\//.test(base) ? new URL(url, base).href : url
