/** Media: uploading a picture (checked by content, location stripped) and what its file is called. */
import sharp from 'sharp'

import { hasLocation, photoWithLocation, uploadForm } from '../../helpers/images'
import { type MediaSuite } from './context'
import { fieldErrors, FIELDS, fileRequestsOf } from './requests'

export const uploading = (suite: MediaSuite) => {
  const { editorAuthorization, download } = fileRequestsOf(suite)

  describe('uploading a picture', () => {
    it('keeps the words and provenance, makes the sizes and crops, and strips the location from every file, the original included', async () => {
      const photo = await photoWithLocation()
      expect(await hasLocation(photo)).toBe(true)
      const res = await suite.newsroom.api(
        'reporter',
        'POST',
        '/api/media',
        uploadForm(photo, 'arrest.jpg', 'image/jpeg', FIELDS),
      )
      expect(res.status).toBe(201)
      const doc = res.body.doc
      expect(doc).toMatchObject({
        alt: FIELDS.alt,
        credit: FIELDS.credit,
        provenance: FIELDS.provenance,
        width: 1600,
        height: 1200,
        mimeType: 'image/jpeg',
      })
      expect(doc.sizes.wide16x9).toMatchObject({ width: 1200, height: 675 })
      expect(doc.sizes.standard4x3).toMatchObject({ width: 1200, height: 900 })
      expect(doc.sizes.square).toMatchObject({ width: 1200, height: 1200 })
      expect(doc.sizes.small).toMatchObject({ width: 640 })
      const original = await download(doc.url)
      expect(original.status).toBe(200)
      expect(await hasLocation(original.body)).toBe(false)
      expect((await sharp(original.body).metadata()).exif).toBeUndefined()
      for (const size of Object.values(doc.sizes) as { url: null | string }[]) {
        if (size.url) {
          expect(await hasLocation((await download(size.url)).body)).toBe(false)
        }
      }
    })

    it('keeps the location only when the editor says so', async () => {
      const res = await suite.newsroom.api(
        'editor',
        'POST',
        '/api/media',
        uploadForm(await photoWithLocation(800, 600), 'kept.jpg', 'image/jpeg', {
          ...FIELDS,
          keepLocation: true,
        }),
      )
      expect(res.status).toBe(201)
      expect(await hasLocation((await download(res.body.doc.url)).body)).toBe(true)
      // A reporter cannot: the file is stripped whatever the request says.
      const reporters = await suite.newsroom.api(
        'reporter',
        'POST',
        '/api/media',
        uploadForm(await photoWithLocation(800, 600), 'reporter.jpg', 'image/jpeg', {
          ...FIELDS,
          keepLocation: true,
        }),
      )
      expect(reporters.status).toBe(201)
      expect(await hasLocation((await download(reporters.body.doc.url)).body)).toBe(false)
    })

    it('refuses what is not a raster image, by content: SVG, a text file named .png; too large; without alt text', async () => {
      const svg = Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
      )
      for (const [file, name, type] of [
        [svg, 'photo.jpg', 'image/jpeg'],
        [svg, 'drawing.svg', 'image/svg+xml'],
        [Buffer.from('just some text, not a picture'), 'photo.png', 'image/png'],
      ] as const) {
        const refused = await suite.newsroom.api(
          'editor',
          'POST',
          '/api/media',
          uploadForm(file, name, type, FIELDS),
        )
        expect(refused.status).toBe(400)
        expect(JSON.stringify(refused.body)).toMatch(/file|type|image/i)
      }
      const noise = await sharp({
        create: {
          width: 1400,
          height: 1400,
          channels: 3,
          background: { r: 0, g: 0, b: 0 },
          noise: { type: 'gaussian', mean: 128, sigma: 60 },
        },
      })
        .png()
        .toBuffer()
      expect(noise.length).toBeGreaterThan(2_000_000)
      const tooLarge = await suite.newsroom.api(
        'editor',
        'POST',
        '/api/media',
        uploadForm(noise, 'noise.png', 'image/png', FIELDS),
      )
      expect(tooLarge.status).toBe(400)
      expect(fieldErrors(tooLarge)[0]).toMatchObject({
        path: 'file',
        message: expect.stringMatching(/larger than 2 MB/),
      })
      const noAlt = await suite.newsroom.api(
        'editor',
        'POST',
        '/api/media',
        uploadForm(await photoWithLocation(400, 300), 'no-alt.jpg', 'image/jpeg', { caption: 'x' }),
      )
      expect(noAlt.status).toBe(400)
      expect(fieldErrors(noAlt)).toEqual([expect.objectContaining({ path: 'alt' })])
      expect(
        (
          await suite.newsroom.api(
            'anonymous',
            'POST',
            '/api/media',
            uploadForm(await photoWithLocation(400, 300), 'anon.jpg', 'image/jpeg', FIELDS),
          )
        ).status,
      ).toBe(403)
      const count = await suite.newsroom.payload.count({
        collection: 'media',
        where: { alt: { equals: FIELDS.alt } },
        overrideAccess: true,
      })
      expect(count.totalDocs).toBe(3)
    })
  })

  describe('what a stored picture file is called', () => {
    // Names are made unique against the files already in the directory (-1, -2…), which outlives a test run.
    it('takes the extension of the format found in its content, not the uploaded name’s, stripped or kept', async () => {
      const jpeg = await photoWithLocation(800, 600)
      const stripped = await suite.newsroom.api(
        'reporter',
        'POST',
        '/api/media',
        uploadForm(jpeg, 'page.html', 'text/html', FIELDS),
      )
      expect(stripped.status).toBe(201)
      expect(stripped.body.doc).toMatchObject({
        filename: expect.stringMatching(/^page(-\d+)?\.jpg$/),
        mimeType: 'image/jpeg',
      })
      const kept = await suite.newsroom.api(
        'editor',
        'POST',
        '/api/media',
        uploadForm(jpeg, 'kept-location.html', 'image/jpeg', { ...FIELDS, keepLocation: true }),
      )
      expect(kept.status).toBe(201)
      expect(kept.body.doc.filename).toMatch(/^kept-location(-\d+)?\.jpg$/)
      const file = await fetch(new URL(kept.body.doc.url, suite.newsroom.baseURL), {
        headers: { authorization: await editorAuthorization() },
      })
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toMatch(/^image\/jpeg/)
      // AVIF (sharp calls its container heif) is admitted, as docs/newsroom-guide.md says, and named .avif.
      const avif = await sharp({
        create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 30, b: 30 } },
      })
        .avif()
        .toBuffer()
      const named = await suite.newsroom.api(
        'reporter',
        'POST',
        '/api/media',
        uploadForm(avif, 'drawing.png', 'image/png', FIELDS),
      )
      expect(named.status).toBe(201)
      expect(named.body.doc).toMatchObject({
        filename: expect.stringMatching(/^drawing(-\d+)?\.avif$/),
        mimeType: 'image/avif',
      })
    })
  })
}
