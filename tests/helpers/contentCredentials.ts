/**
 * Test pictures with Content Credentials: a certificate authority and an ES256 signing certificate
 * made here (as C2PA asks: the signer's key usage critical, e-mail protection as its extended key
 * usage, issued by a CA with a key identifier), and JPEGs or PNGs signed with the plugin's own
 * signPicture, valid, changed after signing, or labelled as made by AI.
 */
import * as x509 from '@peculiar/x509'
import { MetadataAssertion } from '@trustnxt/c2pa-ts/manifest'
import { webcrypto } from 'node:crypto'
import sharp from 'sharp'

import { type ManifestContent, signPicture } from '../../src/plugin/media/signCredentials'

x509.cryptoProvider.set(webcrypto as Crypto)

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }
const EMAIL_PROTECTION = '1.3.6.1.5.5.7.3.4'
export const AI_GENERATED = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia'
export const DIGITAL_CAPTURE = 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture'

const pem = (der: ArrayBuffer, label: string) =>
  `-----BEGIN ${label}-----\n${Buffer.from(der)
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END ${label}-----\n`

export type TestSigner = {
  /** The CA's certificate: a trust anchor. */
  caPem: string
  /** The signing certificate, then the CA's (the chain a manifest carries). */
  certificate: string
  privateKey: string
}

/** A CA and a signer it issued, e.g. `O=Agence Test` for the signer's organisation. */
export const makeTestSigner = async (organisation = 'Test Photo Agency'): Promise<TestSigner> => {
  const notBefore = new Date(Date.now() - 60_000)
  const notAfter = new Date(Date.now() + 365 * 86_400_000)
  const caKeys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: `CN=${organisation} Root CA, O=${organisation}`,
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  })
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: '02',
    subject: `CN=${organisation} Signer, O=${organisation}`,
    issuer: ca.subject,
    notBefore,
    notAfter,
    signingAlgorithm: ALGORITHM,
    publicKey: keys.publicKey,
    signingKey: caKeys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, false),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([EMAIL_PROTECTION], false),
      await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  })
  return {
    caPem: ca.toString('pem'),
    certificate: `${leaf.toString('pem')}\n${ca.toString('pem')}`,
    privateKey: pem(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey), 'PRIVATE KEY'),
  }
}

/** A plain picture (no credentials) of one colour. */
export const plainPicture = (format: 'jpeg' | 'png' = 'jpeg', width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 30 } } })
    [format]()
    .toBuffer()

/** A picture signed by `signer`, saying what `content` says (by default: captured by a camera, then edited). */
export const signedPicture = async (
  signer: TestSigner,
  {
    format = 'jpeg',
    width = 64,
    height = 48,
    content = {
      generator: { name: 'Test Camera App', version: '2.1' },
      actions: [
        {
          action: 'c2pa.created' as never,
          digitalSourceType: DIGITAL_CAPTURE as never,
          softwareAgent: { name: 'Test Camera' } as never,
        },
        { action: 'c2pa.edited' as never, softwareAgent: { name: 'Test Photo Editor' } as never },
      ],
      ingredients: [{ title: 'IMG_0001.jpg', format: 'image/jpeg' }],
    },
  }: { format?: 'jpeg' | 'png'; width?: number; height?: number; content?: ManifestContent } = {},
) => signPicture(await plainPicture(format, width, height), `image/${format}`, signer, content)

/** A picture signed by `signer` whose manifest also says where it was taken (EXIF GPS, as C2PA metadata). */
export const locatedPicture = (signer: TestSigner, width = 64, height = 48) => {
  const location = new MetadataAssertion()
  location.entries = [
    { namespace: 'http://ns.adobe.com/exif/1.0/', name: 'GPSLatitude', value: '51,30.4N' },
    { namespace: 'http://ns.adobe.com/exif/1.0/', name: 'GPSLongitude', value: '0,7.6W' },
  ]
  return signedPicture(signer, {
    width,
    height,
    content: {
      generator: { name: 'Test Camera App', version: '2.1' },
      actions: [{ action: 'c2pa.created' as never, digitalSourceType: DIGITAL_CAPTURE as never }],
      assertions: [location],
    },
  })
}

/** A picture labelled AI-generated in its manifest. */
export const aiGeneratedPicture = (signer: TestSigner) =>
  signedPicture(signer, {
    content: {
      generator: { name: 'Test Image Generator', version: '1.0' },
      actions: [
        {
          action: 'c2pa.created' as never,
          digitalSourceType: AI_GENERATED as never,
          softwareAgent: { name: 'Test Diffusion Model' } as never,
        },
      ],
    },
  })

/** A signed picture changed after signing: one byte of its image data flipped. */
export const tamperedPicture = async (signer: TestSigner) => {
  const signed = Buffer.from(await signedPicture(signer))
  signed[signed.length - 10] ^= 0x01
  return signed
}
