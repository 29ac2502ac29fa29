import { SuperBox } from '@trustnxt/c2pa-ts/jumbf'
import { IngredientAssertion, ManifestStore } from '@trustnxt/c2pa-ts/manifest'
import sharp from 'sharp'

import {
  certificatesIn,
  manifestStoreOf,
  readContentCredentials,
} from '../../../src/plugin/media/contentCredentials'
import { checkedSigning, signPicture } from '../../../src/plugin/media/signCredentials'
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

  it('a copy signed with its original as parent: the original’s manifest kept, the chain followed to its signer', async () => {
    const newsroom = await makeTestSigner('Test Newsroom')
    const original = await signedPicture(agency)
    const resized = await sharp(original).resize(32).jpeg().toBuffer()
    const signed = await signPicture(resized, 'image/jpeg', newsroom, {
      generator: { name: 'newsroom-payload', version: '1' },
      actions: [{ action: 'c2pa.resized' as never }],
      parent: {
        title: 'original.jpg',
        format: 'image/jpeg',
        manifestStore: manifestStoreOf(original),
      },
    })
    expect(
      await readContentCredentials(signed, certificatesIn(`${newsroom.caPem}${agency.caPem}`)),
    ).toMatchObject({
      state: 'valid',
      trusted: true,
      signedBy: 'Test Newsroom',
      actions: ['c2pa.opened', 'c2pa.resized'],
      ingredients: ['original.jpg'],
      problems: [],
    })
    // The store holds the agency's manifest, then the newsroom's; the parent ingredient names the first.
    const store = ManifestStore.read(SuperBox.fromBuffer(manifestStoreOf(signed)!))
    expect(store.manifests).toHaveLength(2)
    const [agencys, ours] = store.manifests
    const parent = ours.assertions!.assertions.find(
      (assertion): assertion is IngredientAssertion => assertion instanceof IngredientAssertion,
    )!
    expect(parent.relationship).toBe('parentOf')
    expect(parent.c2pa_manifest?.uri).toBe(`self#jumbf=/c2pa/${agencys.label}`)
    expect(agencys.claim?.claimGeneratorName).toBe('Test Camera App')
    // Without a manifest of its own, the original is still recorded, with no chain to follow.
    const unsigned = await signPicture(resized, 'image/jpeg', newsroom, {
      generator: { name: 'newsroom-payload', version: '1' },
      actions: [{ action: 'c2pa.resized' as never }],
      parent: {
        title: 'plain.jpg',
        format: 'image/jpeg',
        manifestStore: manifestStoreOf(await plainPicture()),
      },
    })
    expect(await readContentCredentials(unsigned)).toMatchObject({
      state: 'valid',
      ingredients: ['plain.jpg'],
      actions: ['c2pa.opened', 'c2pa.resized'],
    })
    expect(
      ManifestStore.read(SuperBox.fromBuffer(manifestStoreOf(unsigned)!)).manifests,
    ).toHaveLength(1)
  })

  it('the newsroom’s signing option is checked when the config is built, naming what is wrong', async () => {
    const newsroom = await makeTestSigner('Test Newsroom')
    const own = { certificate: newsroom.certificate, privateKey: newsroom.privateKey }
    expect(checkedSigning(undefined)).toBe(false)
    expect(checkedSigning(false)).toBe(false)
    expect(checkedSigning(own)).toBe(own)
    expect(() => checkedSigning({ ...own, privateKey: stranger.privateKey })).toThrow(
      /media\.signing: `privateKey` is not the key of `certificate`/,
    )
    expect(() => checkedSigning({ ...own, certificate: 'not a certificate' })).toThrow(
      /`certificate` holds no PEM certificate/,
    )
    expect(() => checkedSigning({ ...own, privateKey: 'not a key' })).toThrow(
      /`privateKey` is not a PEM private key/,
    )
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
