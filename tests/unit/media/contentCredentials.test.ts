import {
  certificatesIn,
  readContentCredentials,
} from '../../../src/plugin/media/contentCredentials'
import {
  aiGeneratedPicture,
  makeTestSigner,
  plainPicture,
  signedPicture,
  tamperedPicture,
  type TestSigner,
} from '../../helpers/contentCredentials'

/** Reading a picture's Content Credentials (C2PA) from its bytes: pictures made and signed here. */
let agency: TestSigner
let stranger: TestSigner
beforeAll(async () => {
  agency = await makeTestSigner('Test Photo Agency')
  stranger = await makeTestSigner('Unknown Signer')
})

describe('content credentials', () => {
  it('a signed picture: valid, who signed it, trusted only with its CA as an anchor, the tools and edits', async () => {
    const bytes = await signedPicture(agency)
    const untrusted = await readContentCredentials(bytes)
    expect(untrusted).toMatchObject({
      state: 'valid',
      trusted: false,
      signedBy: 'Test Photo Agency',
      issuer: 'Test Photo Agency',
      generator: 'Test Camera App 2.1',
      software: ['Test Camera', 'Test Photo Editor'],
      actions: ['c2pa.created', 'c2pa.edited'],
      digitalSourceType: 'digitalCapture',
      ingredients: ['IMG_0001.jpg'],
      problems: [],
    })
    expect(await readContentCredentials(bytes, certificatesIn(agency.caPem))).toMatchObject({
      state: 'valid',
      trusted: true,
    })
    // Another CA is not this signer's.
    expect(await readContentCredentials(bytes, certificatesIn(stranger.caPem))).toMatchObject({
      trusted: false,
    })
  })

  it('a PNG too', async () => {
    expect(
      await readContentCredentials(
        await signedPicture(agency, { format: 'png' }),
        certificatesIn(agency.caPem),
      ),
    ).toMatchObject({ state: 'valid', trusted: true })
  })

  it('an AI-generated picture says so', async () => {
    expect(await readContentCredentials(await aiGeneratedPicture(agency))).toMatchObject({
      state: 'valid',
      digitalSourceType: 'trainedAlgorithmicMedia',
      software: ['Test Diffusion Model'],
    })
  })

  it('a picture changed after signing is invalid, and never trusted', async () => {
    const read = await readContentCredentials(
      await tamperedPicture(agency),
      certificatesIn(agency.caPem),
    )
    expect(read).toMatchObject({ state: 'invalid', trusted: false })
    expect(read.problems).toContain('assertion.dataHash.mismatch')
  })

  it('no manifest, or bytes that are no picture or a broken one: none or invalid, never an error', async () => {
    expect((await readContentCredentials(await plainPicture())).state).toBe('none')
    expect((await readContentCredentials(Buffer.from('not a picture'))).state).toBe('none')
    const signed = Buffer.from(await signedPicture(agency))
    // Garble the manifest's own bytes (its JUMBF box starts after "jumb").
    const at = signed.indexOf('jumb')
    signed.fill(0x41, at + 40, at + 400)
    expect(['invalid', 'none']).toContain((await readContentCredentials(signed)).state)
  })

  it('trust anchors: text that is not a certificate is skipped', () => {
    expect(
      certificatesIn(
        `junk\n${agency.caPem}\n-----BEGIN CERTIFICATE-----\nxx\n-----END CERTIFICATE-----`,
      ),
    ).toHaveLength(1)
  })
})
