/**
 * The newsroom's own Content Credentials on the sizes it publishes (the `media.signing` option, off
 * by default): each JPEG or PNG size Payload made of an upload is signed as a resized copy of the
 * original, which is its parent ingredient. When it is safe to (see chainKeepable), the original's
 * own manifest store is carried too, so a reader's tool follows the chain to whoever signed it.
 */
import { SuperBox } from '@trustnxt/c2pa-ts/jumbf'
import { ManifestStore } from '@trustnxt/c2pa-ts/manifest'
import fs from 'node:fs/promises'
import path from 'node:path'

import { canSign, type SigningCredentials, signPicture } from './signCredentials'

/** What an upload leaves for its sizes' signature (set by checkUploadedImage, read once). */
export const UPLOADED_ORIGINAL = 'newsroom.media.uploadedOriginal'
export type UploadedOriginal = {
  /** The stored file's name: the ingredient's title. */
  title: string
  format: string
  /** The original's manifest store, when it may go public (see chainKeepable). */
  manifestStore?: Uint8Array<ArrayBuffer>
}

/**
 * Assertions that say how a picture was made and bind it, and nothing about where or by whom beyond
 * the signature: a manifest with any other (EXIF and its GPS, IPTC or CAWG metadata with a place or
 * a person, thumbnails of ingredients never published, training-mining notes) is not carried into a
 * public file; its sizes then name the original without its chain.
 */
const PUBLIC_ASSERTIONS =
  /^c2pa\.(actions(\.v2)?|hash\.(data|boxes|bmff(\.v[23])?)|ingredient(\.v[23])?|soft-binding)(__\d+)?$/

/** May the original's manifest store be carried in public sizes? Only assertions of PUBLIC_ASSERTIONS, in every manifest. */
export const chainKeepable = (manifestStore: Uint8Array<ArrayBuffer> | undefined): boolean => {
  if (!manifestStore) {
    return false
  }
  try {
    const store = ManifestStore.read(SuperBox.fromBuffer(manifestStore))
    return (
      store.manifests.length > 0 &&
      store.manifests.every((manifest) =>
        (manifest.assertions?.assertions ?? []).every((assertion) =>
          PUBLIC_ASSERTIONS.test(assertion.fullLabel ?? assertion.label ?? ''),
        ),
      )
    )
  } catch {
    return false
  }
}

export type StoredSize = {
  filename?: null | string
  filesize?: null | number
  height?: null | number
  mimeType?: null | string
  width?: null | number
}

/**
 * Signs each size's file in place (written beside it, then renamed over it: a reader never gets half
 * a file) and answers the sizes with their new byte counts.
 */
export const signStoredSizes = async (
  sizes: Record<string, null | StoredSize | undefined>,
  staticDir: string,
  credentials: SigningCredentials,
  original: UploadedOriginal,
  generator: { name: string; version: string },
): Promise<Record<string, StoredSize>> => {
  const signed: Record<string, StoredSize> = {}
  for (const [name, size] of Object.entries(sizes)) {
    if (!size?.filename || !size.mimeType || !canSign(size.mimeType)) {
      continue
    }
    const file = path.join(staticDir, path.basename(size.filename))
    const bytes = await fs.readFile(file).catch(() => undefined)
    if (!bytes) {
      continue
    }
    const out = await signPicture(bytes, size.mimeType, credentials, {
      generator,
      actions: [{ action: 'c2pa.resized' as never }],
      parent: original,
    })
    const temporary = `${file}.signing-${process.pid}`
    await fs.writeFile(temporary, out)
    await fs.rename(temporary, file)
    signed[name] = {
      filename: size.filename,
      filesize: out.length,
      height: size.height ?? null,
      mimeType: size.mimeType,
      width: size.width ?? null,
    }
  }
  return signed
}

/** The claim generator the newsroom's signature names; its version is what it records (bumped when that changes), not the package's. */
export const SIGNING_GENERATOR = { name: 'newsroom-payload', version: '1' }
