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
import {
  type Action,
  ActionAssertion,
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
  const store = new ManifestStore()
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
  const actions = new ActionAssertion()
  actions.actions = content.actions
  manifest.addAssertion(actions)
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
