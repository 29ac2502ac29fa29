/**
 * Writing Content Credentials into a JPEG or PNG: a C2PA manifest with the given actions and
 * ingredients, hard-bound to the file's bytes and signed with an ES256 (P-256) certificate. Used for
 * the newsroom's own signature on the sizes it publishes (optional) and by the tests, which make
 * their own certificates and pictures.
 *
 * c2pa-ts 0.9.4's own signer writes the ECDSA signature DER-encoded, which COSE (and c2pa-rs, the
 * reference validator) refuses: it must be IEEE P1363 (r‖s). Signed here with node:crypto instead.
 */
import { X509Certificate as PeculiarCertificate } from '@peculiar/x509'
import { JPEG, PNG } from '@trustnxt/c2pa-ts/asset'
import { CoseAlgorithmIdentifier, type Signer } from '@trustnxt/c2pa-ts/cose'
import { SuperBox } from '@trustnxt/c2pa-ts/jumbf'
import {
  type Action,
  ActionAssertion,
  type Assertion,
  DataHashAssertion,
  IngredientAssertion,
  ManifestStore,
  RelationshipType,
} from '@trustnxt/c2pa-ts/manifest'
import crypto from 'node:crypto'

export type SigningCredentials = {
  /** The signing certificate (PEM); its chain up to, not including, the root may follow it. */
  certificate: string
  /** The signing certificate's private key (PEM, PKCS #8, P-256). */
  privateKey: string
}

export type ManifestContent = {
  generator: { name: string; version: string }
  actions: Action[]
  /** The pictures this one was made from, by title and format. */
  ingredients?: { title: string; format: string }[]
  /**
   * The one picture this one is a copy of (a resized size of an upload): recorded as its parent
   * ingredient, opened by a `c2pa.opened` action before `actions`; with its own manifest store, that
   * store is kept in this one and the ingredient points to its active manifest, so a reader's tool
   * follows the chain back to whoever signed the original.
   */
  parent?: { title: string; format: string; manifestStore?: Uint8Array<ArrayBuffer> }
  /** Further assertions (metadata, say), after the actions. */
  assertions?: Assertion[]
}

const pemBlocks = (pem: string) =>
  [...pem.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)].map(
    ([block]) => new PeculiarCertificate(block),
  )

/** A c2pa-ts signer that signs as COSE requires (P1363), with node:crypto. */
const p1363Signer = ({ certificate, privateKey }: SigningCredentials): Signer => {
  const [leaf, ...chain] = pemBlocks(certificate)
  if (!leaf) {
    throw new Error('Content Credentials: the signing certificate is not a PEM certificate.')
  }
  const key = crypto.createPrivateKey(privateKey)
  return {
    algorithm: CoseAlgorithmIdentifier.ES256,
    certificate: leaf,
    chainCertificates: chain,
    sign: async (payload) =>
      new Uint8Array(crypto.sign('sha256', payload, { key, dsaEncoding: 'ieee-p1363' })),
  }
}

/**
 * The `media.signing` option checked when the config is built, so a wrong file stops the start with
 * its reason rather than every upload: a PEM certificate, an ECDSA P-256 private key, and that key
 * being the certificate's.
 */
export const checkedSigning = (
  signing: false | SigningCredentials | undefined,
): false | SigningCredentials => {
  if (!signing) {
    return false
  }
  const refuse = (reason: string): never => {
    throw new Error(`newsroomPlugin media.signing: ${reason}`)
  }
  const [leaf] = (() => {
    try {
      return pemBlocks(signing.certificate)
    } catch {
      return []
    }
  })()
  if (!leaf) {
    refuse('`certificate` holds no PEM certificate.')
  }
  let key: crypto.KeyObject | undefined
  try {
    key = crypto.createPrivateKey(signing.privateKey)
  } catch (error) {
    refuse(`\`privateKey\` is not a PEM private key (${(error as Error).message}).`)
  }
  if (key!.asymmetricKeyType !== 'ec' || key!.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    refuse('`privateKey` must be an ECDSA P-256 key (C2PA ES256).')
  }
  const certificateKey = new crypto.X509Certificate(leaf!.toString('pem')).publicKey
  if (!crypto.createPublicKey(key!).equals(certificateKey)) {
    refuse('`privateKey` is not the key of `certificate` (its first certificate).')
  }
  return signing
}

/** Can this file carry a manifest written here? JPEG and PNG. */
export const canSign = (mimeType: string) => mimeType === 'image/jpeg' || mimeType === 'image/png'

/** The picture's bytes with a signed manifest saying `content`. */
export const signPicture = async (
  bytes: Uint8Array,
  mimeType: string,
  credentials: SigningCredentials,
  content: ManifestContent,
): Promise<Buffer> => {
  if (!canSign(mimeType)) {
    throw new Error(`Content Credentials: cannot sign ${mimeType} (JPEG and PNG only).`)
  }
  const asset = mimeType === 'image/png' ? new PNG(bytes) : new JPEG(bytes)
  const parentStore = content.parent?.manifestStore
    ? ManifestStore.read(SuperBox.fromBuffer(content.parent.manifestStore))
    : undefined
  const parentManifest = parentStore?.getActiveManifest()
  const store = parentStore ?? new ManifestStore()
  const signer = p1363Signer(credentials)
  const manifest = store.createManifest({
    assetFormat: mimeType,
    instanceID: `xmp:iid:${crypto.randomUUID()}`,
    defaultHashAlgorithm: 'SHA-256',
    signer,
  })
  if (manifest.claim) {
    manifest.claim.claimGeneratorName = content.generator.name
    manifest.claim.claimGeneratorVersion = content.generator.version
  }
  const opened: Action[] = []
  if (content.parent) {
    const parent = IngredientAssertion.createV2(content.parent.title, content.parent.format)
    parent.relationship = RelationshipType.ParentOf
    if (parentManifest?.label) {
      // Hashed when the manifest is signed, like the assertions' own references.
      parent.c2pa_manifest = manifest.createHashedReference(`/c2pa/${parentManifest.label}`)
    }
    manifest.addAssertion(parent)
    opened.push({
      action: 'c2pa.opened' as Action['action'],
      parameters: { ingredients: [manifest.createAssertionReference(parent)] },
    } as Action)
  }
  const actions = new ActionAssertion()
  actions.actions = [...opened, ...content.actions]
  manifest.addAssertion(actions)
  for (const assertion of content.assertions ?? []) {
    manifest.addAssertion(assertion)
  }
  for (const ingredient of content.ingredients ?? []) {
    const assertion = IngredientAssertion.createV2(ingredient.title, ingredient.format)
    assertion.relationship = RelationshipType.ParentOf
    manifest.addAssertion(assertion)
  }
  const dataHash = DataHashAssertion.create('SHA-256')
  manifest.addAssertion(dataHash)
  await asset.ensureManifestSpace(store.measureSize())
  await dataHash.updateWithAsset(asset)
  await manifest.sign(signer)
  await asset.writeManifestJUMBF(store.getBytes())
  return Buffer.from(await asset.getDataRange())
}
