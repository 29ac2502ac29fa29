/** Media: pictures too large to decode are refused at once; big ones hold up no other writer. */
import sharp from 'sharp'

import { lexicalParagraphs } from '../../helpers/fixtures'
import { hasLocation, photoWithLocation, uploadForm } from '../../helpers/images'
import { type MediaSuite } from './context'
import { fieldErrors, FIELDS, fileRequestsOf } from './requests'

export const largePictures = (suite: MediaSuite) => {
  const { download } = fileRequestsOf(suite)

  describe('a picture with too many pixels', () => {
    it('is refused at once from its header (a 300 KB PNG of 100 megapixels), naming the file and the limit, and holds up no other writer', async () => {
      const bomb = await sharp({
        create: {
          width: 10_000,
          height: 10_000,
          channels: 3,
          background: { r: 255, g: 255, b: 255 },
        },
      })
        .png({ palette: true, compressionLevel: 9 })
        .toBuffer()
      expect(bomb.length).toBeLessThan(2_000_000)
      const started = Date.now()
      const [refused, other] = await Promise.all([
        suite.newsroom
          .api('reporter', 'POST', '/api/media', uploadForm(bomb, 'bomb.png', 'image/png', FIELDS))
          .then((res) => ({ res, ms: Date.now() - started })),
        new Promise((resolve) => setTimeout(resolve, 50)).then(async () => {
          const begun = Date.now()
          const res = await suite.newsroom.api('editor', 'POST', '/api/articles?draft=true', {
            title: 'Written while a picture is checked',
            body: lexicalParagraphs('Text.'),
            _status: 'draft',
          })
          return { res, ms: Date.now() - begun }
        }),
      ])
      expect(refused.res.status).toBe(400)
      expect(fieldErrors(refused.res)).toEqual([
        {
          path: 'file',
          message: expect.stringMatching(
            /10000×10000 pixels \(100\.0 megapixels\); the limit is 50 megapixels/,
          ),
        },
      ])
      expect(refused.ms).toBeLessThan(2_000)
      // Who may not upload is told so first, with no image work done for them.
      for (const who of ['anonymous', 'legal', 'moderator'] as const) {
        expect(
          (
            await suite.newsroom.api(
              who,
              'POST',
              '/api/media',
              uploadForm(bomb, 'bomb.png', 'image/png', FIELDS),
            )
          ).status,
        ).toBe(403)
      }
      expect(other.res.status).toBe(201)
      expect(other.ms).toBeLessThan(2_000)
    })
  })

  describe('a big picture being processed', () => {
    it('holds up no other writer, created or replaced: its sizes are made outside the database’s write lock', async () => {
      // 49 megapixels (under the cap), cheap to send, a second or so to decode and resize.
      const big = await sharp({
        create: { width: 7_000, height: 7_000, channels: 3, background: { r: 90, g: 120, b: 150 } },
      })
        .png()
        .toBuffer()
      const finished: string[] = []
      const upload = suite.newsroom
        .api('reporter', 'POST', '/api/media', uploadForm(big, 'big.png', 'image/png', FIELDS))
        .then((res) => (finished.push('upload'), res))
      await new Promise((resolve) => setTimeout(resolve, 150))
      const other = await suite.newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Written while a big picture is resized',
        body: lexicalParagraphs('Text.'),
        _status: 'draft',
      })
      finished.push('other')
      const uploaded = await upload
      expect(other.status).toBe(201)
      expect(uploaded.status).toBe(201)
      expect(uploaded.body.doc).toMatchObject({
        width: 7_000,
        height: 7_000,
        filename: expect.stringMatching(/^big(-\d+)?\.png$/),
      })
      expect(uploaded.body.doc.sizes.large).toMatchObject({ width: 1920 })
      expect(finished).toEqual(['other', 'upload'])

      // Its file replaced by another (PATCH): the same, and the new file is checked and stripped like any upload.
      const replacing = suite.newsroom
        .api(
          'reporter',
          'PATCH',
          `/api/media/${uploaded.body.doc.id}`,
          uploadForm(big, 'bigger.png', 'image/png', { alt: 'Replaced' }),
        )
        .then((res) => (finished.push('replace'), res))
      await new Promise((resolve) => setTimeout(resolve, 150))
      expect(
        (
          await suite.newsroom.api('editor', 'POST', '/api/articles?draft=true', {
            title: 'Written while a picture is replaced',
            body: lexicalParagraphs('Text.'),
            _status: 'draft',
          })
        ).status,
      ).toBe(201)
      finished.push('other again')
      const replaced = await replacing
      expect(replaced.status).toBe(200)
      expect(replaced.body.doc).toMatchObject({
        alt: 'Replaced',
        width: 7_000,
        filename: expect.stringMatching(/^bigger(-\d+)?\.png$/),
      })
      expect(finished.slice(2)).toEqual(['other again', 'replace'])
      const photo = await suite.newsroom.api(
        'reporter',
        'PATCH',
        `/api/media/${uploaded.body.doc.id}`,
        uploadForm(await photoWithLocation(800, 600), 'new.html', 'text/html', {}),
      )
      expect(photo.status).toBe(200)
      expect(photo.body.doc).toMatchObject({
        width: 800,
        mimeType: 'image/jpeg',
        filename: expect.stringMatching(/^new(-\d+)?\.jpg$/),
      })
      expect(await hasLocation((await download(photo.body.doc.url)).body)).toBe(false)
      // Words alone (JSON, no file): as before.
      const words = await suite.newsroom.api(
        'reporter',
        'PATCH',
        `/api/media/${uploaded.body.doc.id}`,
        {
          caption: 'Only the caption changes.',
        },
      )
      expect(words.status).toBe(200)
      expect(words.body.doc).toMatchObject({
        caption: 'Only the caption changes.',
        filename: photo.body.doc.filename,
      })
      expect(
        (
          await suite.newsroom.api('anonymous', 'PATCH', `/api/media/${uploaded.body.doc.id}`, {
            caption: 'x',
          })
        ).status,
      ).toBe(403)
    })
  })
}
