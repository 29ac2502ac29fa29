/**
 * Content Credentials (C2PA): what an uploaded picture's manifest says, read with `@trustnxt/c2pa-ts`
 * (pure TypeScript, from the registry: no binary, nothing for Next to bundle beside the server code).
 * Kept is a summary for editors: whether the manifest validates (a picture changed after signing
 * does not), who signed it and whether the newsroom trusts that signer (its chain ends at one of the
 * configured trust anchors, checked with node:crypto), the software or device, the edits, the
 * ingredients and the IPTC digital source type. Nothing else of the manifest is kept: its EXIF and
 * metadata assertions can hold a location.
 */
import { type Asset, BMFF, JPEG, PNG } from '@trustnxt/c2pa-ts/asset'
import { SuperBox } from '@trustnxt/c2pa-ts/jumbf'
import {
  ActionAssertion,
  IngredientAssertion,
  ManifestStore,
  ValidationResult,
} from '@trustnxt/c2pa-ts/manifest'
import { X509Certificate } from 'node:crypto'

/** Where a picture's credentials stand: none found, validated, or failed (changed after signing, or broken). */
export type CredentialsState = 'invalid' | 'none' | 'valid'

export type ContentCredentials = {
  state: CredentialsState
  /** The signer's chain ends at one of the newsroom's trust anchors (and validated). */
  trusted: boolean
  /** The signer as its certificate names it: organisation, else common name. */
  signedBy: null | string
  /** The signer's organisation only (a common name can be a person's, or a camera's serial). */
  signerOrganisation: null | string
  /** Who issued the signer's certificate. */
  issuer: null | string
  /** The tool that wrote the manifest (`claim_generator`), with its version. */
  generator: null | string
  /** The software or device named by the manifest's actions. */
  software: string[]
  /** The actions, e.g. `c2pa.created`, `c2pa.edited`, `c2pa.resized`. */
  actions: string[]
  /** The IPTC digital source type the manifest declares (its last word, e.g. `trainedAlgorithmicMedia`). */
  digitalSourceType: null | string
  /** The pictures it was made from, by title. */
  ingredients: string[]
  /** Why it failed validation: the C2PA status codes. */
  problems: string[]
}

/** Where checkUploadedImage leaves what it read, for the collection's beforeChange hook to keep. */
export const CREDENTIALS_READ = 'newsroom.media.credentialsRead'

export const NO_CREDENTIALS: ContentCredentials = {
  state: 'none',
  trusted: false,
  signedBy: null,
  signerOrganisation: null,
  issuer: null,
  generator: null,
  software: [],
  actions: [],
  digitalSourceType: null,
  ingredients: [],
  problems: [],
}

const IPTC_SOURCE_TYPE = /^https?:\/\/cv\.iptc\.org\/newscodes\/digitalsourcetype\/([A-Za-z]+)$/
const MAX_LISTED = 20

/** The last word of an IPTC digital source type URI (`trainedAlgorithmicMedia`); null for anything else. */
export const sourceTypeCode = (value: unknown): null | string =>
  typeof value === 'string' ? (IPTC_SOURCE_TYPE.exec(value)?.[1] ?? null) : null

const assetOf = (bytes: Uint8Array): Asset | undefined => {
  if (JPEG.canRead(bytes)) {
    return new JPEG(bytes)
  }
  if (PNG.canRead(bytes)) {
    return new PNG(bytes)
  }
  // AVIF and HEIF are ISO BMFF; WebP cannot carry a manifest this library reads.
  return BMFF.canRead(bytes) ? new BMFF(bytes) : undefined
}

/**
 * The picture's C2PA manifest store as it is embedded (JUMBF), if it has one this library reads:
 * kept from an upload so the newsroom's signature on its sizes can carry it (see signPicture's `parent`).
 */
export const manifestStoreOf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> | undefined => {
  try {
    const jumbf = assetOf(bytes)?.getManifestJUMBF()
    return jumbf ? new Uint8Array(jumbf) : undefined
  } catch {
    return undefined
  }
}

/** A distinguished name's field (`O`, `CN`) from node's `subject`/`issuer` text (one `KEY=value` a line). */
const nameField = (name: string, field: string) =>
  name
    .split('\n')
    .find((line) => line.startsWith(`${field}=`))
    ?.slice(field.length + 1) ?? null

const displayName = (name: string) => nameField(name, 'O') ?? nameField(name, 'CN') ?? name

/** Does the chain from `leaf` (through `chain`) end at one of `anchors`, each certificate valid now? */
export const chainsToAnchor = (
  leaf: X509Certificate,
  chain: X509Certificate[],
  anchors: readonly X509Certificate[],
  now = new Date(),
): boolean => {
  const validNow = (cert: X509Certificate) =>
    new Date(cert.validFrom) <= now && now <= new Date(cert.validTo)
  let current = leaf
  for (let depth = 0; depth < 8; depth++) {
    if (!validNow(current)) {
      return false
    }
    const anchor = anchors.find(
      (candidate) =>
        current.checkIssued(candidate) &&
        current.verify(candidate.publicKey) &&
        validNow(candidate),
    )
    if (anchor || anchors.some((candidate) => candidate.raw.equals(current.raw))) {
      return true
    }
    const next = chain.find(
      (candidate) =>
        candidate !== current &&
        current.checkIssued(candidate) &&
        current.verify(candidate.publicKey),
    )
    if (!next) {
      return false
    }
    current = next
  }
  return false
}

/** PEM text holding one or more certificates, as node certificates (what is not a certificate is skipped). */
export const certificatesIn = (pem: string): X509Certificate[] =>
  [...pem.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)].flatMap(
    ([block]) => {
      try {
        return [new X509Certificate(block)]
      } catch {
        return []
      }
    },
  )

const anchorsByPem = new Map<string, X509Certificate[]>()

/** The configured trust anchors, parsed once per distinct PEM text. */
export const trustAnchorsOf = (pem: string): X509Certificate[] => {
  let anchors = anchorsByPem.get(pem)
  if (!anchors) {
    anchors = certificatesIn(pem)
    anchorsByPem.set(pem, anchors)
  }
  return anchors
}

/**
 * The line readers see: only for credentials that validate; the signer by organisation, and not at
 * all for a picture a source gave (their device's or employer's name could identify them).
 */
export const publicCredentialsLine = (
  credentials:
    | {
        state?: null | string
        trusted?: boolean | null
        signerOrganisation?: null | string
        software?: null | string
      }
    | null
    | undefined,
  { fromSource }: { fromSource: boolean },
): null | string => {
  if (credentials?.state !== 'valid') {
    return null
  }
  const signer = fromSource ? null : credentials.signerOrganisation
  const made = fromSource ? null : credentials.software
  const signed = signer
    ? `signed by ${signer}${credentials.trusted ? '' : ' (a signer the newsroom has not verified)'}`
    : 'signed'
  return `Content Credentials: ${signed}${made ? `, made with ${made}` : ''}`
}

const unique = (values: (null | string | undefined)[]) =>
  [...new Set(values.filter((value): value is string => Boolean(value)))].slice(0, MAX_LISTED)

/**
 * The picture's credentials, from its bytes as uploaded. A manifest that cannot even be parsed is
 * `invalid` (a broken or forged one), never an error for the upload.
 */
export const readContentCredentials = async (
  bytes: Uint8Array,
  trustAnchors: readonly X509Certificate[] = [],
): Promise<ContentCredentials> => {
  let asset: Asset | undefined
  let jumbf: Uint8Array | undefined
  try {
    asset = assetOf(bytes)
    jumbf = asset?.getManifestJUMBF()
  } catch {
    return { ...NO_CREDENTIALS }
  }
  if (!asset || !jumbf) {
    return { ...NO_CREDENTIALS }
  }
  let store: ManifestStore | undefined
  let result: ValidationResult
  try {
    store = ManifestStore.read(SuperBox.fromBuffer(new Uint8Array(jumbf)))
    result = await store.validate(asset)
  } catch (error) {
    result = ValidationResult.fromError(error as Error)
  }
  const manifest = (() => {
    try {
      return store?.getActiveManifest()
    } catch {
      return undefined
    }
  })()
  const assertions = manifest?.assertions?.assertions ?? []
  const actions = assertions
    .filter((assertion): assertion is ActionAssertion => assertion instanceof ActionAssertion)
    .flatMap((assertion) => assertion.actions ?? [])
  const signature = manifest?.signature?.signatureData
  const toNode = (cert: { rawData: ArrayBuffer } | undefined) => {
    try {
      return cert ? new X509Certificate(Buffer.from(cert.rawData)) : undefined
    } catch {
      return undefined
    }
  }
  const leaf = toNode(signature?.certificate)
  const chain = (signature?.chainCertificates ?? [])
    .map(toNode)
    .filter((cert): cert is X509Certificate => Boolean(cert))
  const valid = result.isValid && Boolean(manifest)
  const generator = manifest?.claim
    ? [manifest.claim.claimGeneratorName, manifest.claim.claimGeneratorVersion]
        .filter(Boolean)
        .join(' ')
    : ''
  return {
    state: valid ? 'valid' : 'invalid',
    trusted: valid && Boolean(leaf) && chainsToAnchor(leaf!, chain, trustAnchors),
    signedBy: leaf ? displayName(leaf.subject) : null,
    signerOrganisation: leaf ? nameField(leaf.subject, 'O') : null,
    issuer: leaf ? displayName(leaf.issuer) : null,
    generator: generator || null,
    software: unique(actions.map((action) => action.softwareAgent?.name)),
    actions: unique(actions.map((action) => String(action.action))),
    digitalSourceType:
      actions.map((action) => sourceTypeCode(action.digitalSourceType)).find(Boolean) ?? null,
    ingredients: unique(
      assertions
        .filter(
          (assertion): assertion is IngredientAssertion => assertion instanceof IngredientAssertion,
        )
        .map((ingredient) => ingredient.title),
    ),
    problems: unique(
      result.statusEntries.filter((entry) => !entry.success).map((entry) => String(entry.code)),
    ),
  }
}
