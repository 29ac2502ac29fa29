/**
 * Media: Content Credentials (C2PA) read on upload, how a picture was made labelled to readers
 * wherever it appears, and the credentials' details and usage rights kept for staff.
 */
import { SuperBox } from '@trustnxt/c2pa-ts/jumbf'
import { ManifestStore } from '@trustnxt/c2pa-ts/manifest'

import {
  certificatesIn,
  manifestStoreOf,
  readContentCredentials,
} from '../../../src/plugin/media/contentCredentials'
import { lexicalBody, paragraphNode, pictureNode } from '../../../src/plugin/richText/lexical'
import {
  aiGeneratedPicture,
  locatedPicture,
  makeTestSigner,
  plainPicture,
  signedPicture,
  tamperedPicture,
} from '../../helpers/contentCredentials'
import { atomFeedOf } from '../../helpers/feeds'
import { containsDeep } from '../../helpers/fixtures'
import { uploadForm } from '../../helpers/images'
import { ninjsValidator } from '../../helpers/standards'
import { type MediaSuite } from './context'
import { fieldErrors, fileRequestsOf } from './requests'

const RESTRICTION = 'Not for social media (media-credentials-restriction)'

export const contentCredentials = (suite: MediaSuite) => {
  const upload = async (bytes: Buffer, fields: Record<string, unknown> = {}) => {
    const res = await suite.newsroom.api(
      'reporter',
      'POST',
      '/api/media',
      uploadForm(bytes, 'picture.jpg', 'image/jpeg', { alt: 'A picture', ...fields }),
    )
    expect(res.status).toBe(201)
    return res.body.doc
  }

  describe('Content Credentials', () => {
    it('read on upload: who signed, trusted or not, the tools, the edits, how it was made; a changed picture fails', async () => {
      const signed = await upload(await signedPicture(suite.agency))
      expect(signed.credentials).toMatchObject({
        state: 'valid',
        trusted: true,
        signedBy: 'Test Photo Agency',
        signerOrganisation: 'Test Photo Agency',
        generator: 'Test Camera App 2.1',
        software: 'Test Camera, Test Photo Editor',
        actions: 'c2pa.created, c2pa.edited',
        sourceType: 'digitalCapture',
        ingredients: 'IMG_0001.jpg',
        problems: null,
      })
      expect(signed.digitalSourceType).toBe('digitalCapture')
      expect(signed.credentialsLine).toBe(
        'Content Credentials: signed by Test Photo Agency, made with Test Camera, Test Photo Editor',
      )

      const stranger = await upload(await signedPicture(await makeTestSigner('Unknown Lab')))
      expect(stranger.credentials).toMatchObject({ state: 'valid', trusted: false })
      expect(stranger.credentialsLine).toMatch(
        /signed by Unknown Lab \(a signer the newsroom has not verified\)/,
      )

      const tampered = await upload(await tamperedPicture(suite.agency))
      expect(tampered.credentials).toMatchObject({ state: 'invalid', trusted: false })
      expect(tampered.credentials.problems).toContain('assertion.dataHash.mismatch')
      expect(tampered.credentialsLine).toBeNull()

      const plain = await upload(await plainPicture())
      expect(plain.credentials.state).toBe('none')
      expect(plain.digitalSourceType ?? null).toBeNull()

      // The editor's own choice of how it was made stands over the manifest's.
      const chosen = await upload(await signedPicture(suite.agency), {
        digitalSourceType: 'compositeCapture',
      })
      expect(chosen.digitalSourceType).toBe('compositeCapture')
    })

    it('cannot be written by anyone: a forged state or line is ignored', async () => {
      const tampered = await upload(await tamperedPicture(suite.agency))
      const forged = await suite.newsroom.api('editor', 'PATCH', `/api/media/${tampered.id}`, {
        credentials: { state: 'valid', trusted: true, signedBy: 'Forged' },
        credentialsLine: 'Content Credentials: signed by Forged',
      })
      expect(forged.status).toBe(200)
      expect(forged.body.doc.credentials).toMatchObject({ state: 'invalid', trusted: false })
      expect(forged.body.doc.credentialsLine).toBeNull()
    })

    it('a story showing a picture that fails them needs legal sign-off, like unverified footage', async () => {
      const tampered = await upload(await tamperedPicture(suite.agency), { alt: 'The changed one' })
      const draft = await suite.newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'A story with a changed picture',
        body: lexicalBody(paragraphNode('Words.')),
        heroImage: tampered.id,
        _status: 'draft',
      })
      expect(draft.status).toBe(201)
      const id = draft.body.doc.id
      const publish = () =>
        suite.newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' })
      const refused = await publish()
      expect(refused.status).toBe(400)
      const [error] = fieldErrors(refused)
      expect(error.path).toBe('legalSignOff.signedBy')
      expect(error.message).toMatch(/picture \(“The changed one”\) whose Content Credentials fail/)
      const review = await suite.newsroom.api('legal', 'GET', `/api/articles/${id}/legal-review`)
      expect(review.body.reasons).toEqual([expect.stringMatching(/The changed one/)])
      expect(
        (await suite.newsroom.api('legal', 'POST', `/api/articles/${id}/legal-sign-off`, {}))
          .status,
      ).toBe(200)
      expect((await publish()).status).toBe(200)
      // The same picture signed afresh needs no lawyer: a story showing it publishes without one.
      const valid = await upload(await signedPicture(suite.agency))
      const other = await suite.newsroom.api('editor', 'POST', '/api/articles', {
        title: 'A story with a signed picture',
        body: lexicalBody(paragraphNode('Words.')),
        heroImage: valid.id,
        _status: 'published',
      })
      expect(other.status).toBe(201)
    })

    it('no signer is named to readers for a picture a source gave', async () => {
      const source = await suite.newsroom.payload.create({
        collection: 'sources',
        data: { kind: 'footage', description: 'a bystander’s phone' } as never,
        overrideAccess: true,
      })
      const given = await upload(await signedPicture(suite.agency), { source: source.id })
      expect(given.credentialsLine).toBe('Content Credentials: signed')
    })

    it('an AI-generated picture is labelled wherever it appears; credentials and rights stay with staff', async () => {
      const ai = await upload(await aiGeneratedPicture(suite.agency), {
        alt: 'A generated skyline',
        caption: 'An illustration of the city.',
        rights: {
          category: 'licensed',
          restrictions: RESTRICTION,
          expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
        },
      })
      expect(ai.digitalSourceType).toBe('trainedAlgorithmicMedia')
      const nodeId = `a1a1a1`.padEnd(24, '0')
      const story = await suite.newsroom.api('editor', 'POST', '/api/articles', {
        title: 'An illustrated story',
        body: lexicalBody(paragraphNode('Before the picture.'), pictureNode(ai.id, nodeId)),
        heroImage: ai.id,
        _status: 'published',
      })
      expect(story.status).toBe(201)
      const slug = story.body.doc.slug
      const reader = async (format = '') =>
        (await suite.newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}${format}`)).body

      const document = await reader()
      const uri = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia'
      for (const image of [document.heroImage, document.bodyImages[0]]) {
        expect(image).toMatchObject({
          digitalSourceType: uri,
          aiLabel: 'AI-generated image',
          contentCredentials:
            'Content Credentials: signed by Test Photo Agency, made with Test Diffusion Model',
        })
      }
      expect(document.bodyHtml).toContain('<strong class="ai-label">AI-generated image.</strong>')
      expect(document.bodyHtml).toContain(
        '<span class="content-credentials"> Content Credentials: signed by Test Photo Agency, made with Test Diffusion Model.</span>',
      )

      const jsonld = await reader('?format=jsonld')
      expect(jsonld.image).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            '@type': 'ImageObject',
            digitalSourceType: 'https://schema.org/TrainedAlgorithmicMediaDigitalSource',
            caption: 'AI-generated image',
          }),
        ]),
      )
      const ninjs = await reader('?format=ninjs')
      expect(ninjsValidator()(ninjs)).toEqual([])
      expect(ninjs.associations[0].digitalSourceType).toEqual({ uri, name: 'AI-generated image' })
      const feed = atomFeedOf([document])
      expect(feed.match(/AI-generated image\./g)?.length).toBeGreaterThanOrEqual(2)

      // Readers never see the credentials' details or the rights, in any output.
      const picture = await suite.newsroom.api('anonymous', 'GET', `/api/media/${ai.id}?depth=0`)
      expect(picture.status).toBe(200)
      expect(picture.body).not.toHaveProperty('credentials')
      expect(picture.body).not.toHaveProperty('rights')
      expect(picture.body.digitalSourceType).toBe('trainedAlgorithmicMedia')
      const graphql = await suite.newsroom.api('anonymous', 'POST', '/api/graphql', {
        query: `{ allMedia { docs { id credentials { signedBy ingredients } rights { restrictions } } } }`,
      })
      const outputs = [document, jsonld, ninjs, feed, picture.body, graphql.body]
      for (const secret of [RESTRICTION, 'Test Image Generator', 'IMG_0001']) {
        expect([secret, containsDeep(outputs, secret)]).toEqual([secret, false])
      }
      // Staff do.
      const staff = await suite.newsroom.api('editor', 'GET', `/api/media/${ai.id}?depth=0`)
      expect(staff.body.rights.restrictions).toBe(RESTRICTION)
      expect(staff.body.credentials.generator).toBe('Test Image Generator 1.0')
    })
  })

  describe('the newsroom’s signature on the sizes it publishes (media.signing)', () => {
    const { download } = fileRequestsOf(suite)
    const manifestsOf = (bytes: Buffer) => {
      const jumbf = manifestStoreOf(bytes)
      return jumbf ? ManifestStore.read(SuperBox.fromBuffer(jumbf)).manifests : []
    }
    /** Each size made of `picture`, downloaded as staff, checked against its stored byte count. */
    const sizesOf = async (picture: any) => {
      const made = Object.entries(picture.sizes as Record<string, any>).filter(
        ([, size]) => size?.filename,
      )
      expect(made.length).toBeGreaterThanOrEqual(5)
      const files: { name: string; bytes: Buffer }[] = []
      // One at a time: each download logs in afresh, and logins in a burst are throttled.
      for (const [name, size] of made) {
        const file = await download(size.url)
        expect([name, file.status, file.body.length]).toEqual([name, 200, size.filesize])
        files.push({ name, bytes: file.body })
      }
      return files
    }

    it('each size is signed by the newsroom as a resized copy of the original, carrying the agency’s chain', async () => {
      const picture = await upload(
        await signedPicture(suite.agency, { width: 1400, height: 1000 }),
        { alt: 'A signed picture, resized' },
      )
      const anchors = certificatesIn(suite.newsroomSigner.caPem)
      for (const { name, bytes } of await sizesOf(picture)) {
        expect([name, await readContentCredentials(bytes, anchors)]).toEqual([
          name,
          expect.objectContaining({
            state: 'valid',
            trusted: true,
            signedBy: 'Test Newsroom',
            generator: 'newsroom-payload 1',
            actions: ['c2pa.opened', 'c2pa.resized'],
            ingredients: ['picture.jpg'],
            problems: [],
          }),
        ])
        // The agency's manifest first (the original's), then the newsroom's, whose parent it is.
        expect(manifestsOf(bytes).map((manifest) => manifest.claim?.claimGeneratorName)).toEqual([
          'Test Camera App',
          'newsroom-payload',
        ])
      }
      // The stored byte counts are the signed files' (checked above), read back the same by anyone.
      const stored = await suite.newsroom.api('editor', 'GET', `/api/media/${picture.id}`)
      expect(stored.body.sizes).toEqual(picture.sizes)
      // The original itself is stored stripped, as ever: no manifest.
      expect(manifestStoreOf((await download(picture.url)).body)).toBeUndefined()
      // The picture's own credentials are still the agency's.
      expect(picture.credentials).toMatchObject({ signedBy: 'Test Photo Agency', trusted: true })
    })

    it('never a chain that could locate anyone or name a source: located manifests, a source’s picture, a source named later', async () => {
      const located = await upload(await locatedPicture(suite.agency, 1400, 1000))
      expect(located.credentials).toMatchObject({ state: 'valid', signedBy: 'Test Photo Agency' })
      for (const { name, bytes } of await sizesOf(located)) {
        expect([name, manifestsOf(bytes).length]).toEqual([name, 1])
        expect([name, bytes.includes('GPSLatitude')]).toEqual([name, false])
        expect((await readContentCredentials(bytes)).ingredients).toEqual(['picture.jpg'])
      }

      const source = await suite.newsroom.payload.create({
        collection: 'sources',
        data: { kind: 'footage', description: 'a bystander’s camera' } as never,
        overrideAccess: true,
      })
      const given = await upload(await signedPicture(suite.agency, { width: 1400, height: 1000 }), {
        source: source.id,
      })
      for (const { name, bytes } of await sizesOf(given)) {
        expect([name, manifestsOf(bytes).length]).toEqual([name, 1])
        expect([name, bytes.includes('Test Photo Agency')]).toEqual([name, false])
      }

      const later = await upload(await signedPicture(suite.agency, { width: 1400, height: 1000 }))
      expect(manifestsOf((await sizesOf(later))[0].bytes)).toHaveLength(2)
      const named = await suite.newsroom.api('editor', 'PATCH', `/api/media/${later.id}`, {
        source: source.id,
      })
      expect(named.status).toBe(200)
      for (const { name, bytes } of await sizesOf(named.body.doc)) {
        expect([name, manifestsOf(bytes).length]).toEqual([name, 1])
        expect([name, bytes.includes('Test Photo Agency')]).toEqual([name, false])
        expect([name, (await readContentCredentials(bytes)).state]).toEqual([name, 'valid'])
      }
    })
  })

  describe('usage rights that expire', () => {
    const reader = async (slug: string) =>
      (await suite.newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)).body

    it('at the expiry the picture leaves every public surface at once, said why; a past expiry withdraws it as it is saved', async () => {
      const expiresAt = new Date(Date.now() + 3_000)
      const licensed = await upload(await plainPicture(), {
        alt: 'A licensed picture',
        rights: { category: 'agency', expiresAt: expiresAt.toISOString() },
      })
      const story = await suite.newsroom.api('editor', 'POST', '/api/articles', {
        title: 'A story with a licensed picture',
        body: lexicalBody(paragraphNode('Words.')),
        heroImage: licensed.id,
        _status: 'published',
      })
      expect(story.status).toBe(201)
      const slug = story.body.doc.slug
      expect((await reader(slug)).heroImage?.id).toBe(licensed.id)

      // Its job waits for the expiry (Payload's queue, as the jobs runner runs it each second).
      await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 250))
      const run = await suite.newsroom.api('admin', 'GET', '/api/payload-jobs/run?allQueues=true')
      expect(run.status).toBe(200)
      expect((await reader(slug)).heroImage).toBeNull()
      expect(
        (await suite.newsroom.api('anonymous', 'GET', `/api/media/${licensed.id}`)).status,
      ).toBe(404)
      const withdrawn = await suite.newsroom.api('editor', 'GET', `/api/media/${licensed.id}`)
      expect(withdrawn.body).toMatchObject({
        withdrawn: true,
        withdrawnReason: expect.stringMatching(
          /^Usage rights expired on \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/,
        ),
      })

      const expired = await upload(await plainPicture(), {
        alt: 'Rights already over',
        rights: { category: 'pool', expiresAt: new Date(Date.now() - 60_000).toISOString() },
      })
      expect(expired).toMatchObject({ withdrawn: true })
    })

    it('a job for an expiry changed since does nothing: the later save’s own job decides', async () => {
      const first = new Date(Date.now() + 2_000)
      const picture = await upload(await plainPicture(), {
        alt: 'Rights extended',
        rights: { category: 'licensed', expiresAt: first.toISOString() },
      })
      const extended = await suite.newsroom.api('editor', 'PATCH', `/api/media/${picture.id}`, {
        rights: {
          category: 'licensed',
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      })
      expect(extended.status).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, first.getTime() - Date.now() + 250))
      await suite.newsroom.api('admin', 'GET', '/api/payload-jobs/run?allQueues=true')
      const after = await suite.newsroom.api('editor', 'GET', `/api/media/${picture.id}`)
      expect(after.body.withdrawn).toBe(false)
    })
  })
}
