/** Media: a picture from a URL is refused before anything is fetched. */
import type { AddressInfo } from 'node:net'

import http from 'node:http'

import { photoWithLocation } from '../../helpers/images'
import { type MediaSuite } from './context'
import { fieldErrors, FIELDS } from './requests'

export const fromUrl = (suite: MediaSuite) => {
  describe('a picture from a URL', () => {
    it('is refused before anything is fetched (400 on url): the file is uploaded, checked and stripped instead', async () => {
      const requests: string[] = []
      const photo = await photoWithLocation(800, 600)
      const server = http.createServer((req, res) => {
        requests.push(req.url ?? '')
        res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo)
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/photo.jpg`
        for (const who of ['reporter', 'editor'] as const) {
          const res = await suite.newsroom.api(who, 'POST', '/api/media', {
            ...FIELDS,
            url,
            filename: 'photo.jpg',
          })
          expect(res.status).toBe(400)
          expect(fieldErrors(res)).toEqual([
            {
              path: 'url',
              message: expect.stringMatching(/not fetched from a URL.*upload the file/),
            },
          ])
        }
        expect(
          (
            await suite.newsroom.api('anonymous', 'POST', '/api/media', {
              ...FIELDS,
              url,
              filename: 'photo.jpg',
            })
          ).status,
        ).toBe(403)
        // Nor does the server fetch one for the admin's “Paste URL” (the browser fetches it and uploads the file).
        expect(
          (
            await suite.newsroom.api(
              'editor',
              'GET',
              `/api/media/paste-url?src=${encodeURIComponent(url)}`,
            )
          ).status,
        ).toBe(400)
        // Without a file or a URL: the file is asked for, by name.
        const none = await suite.newsroom.api('editor', 'POST', '/api/media', FIELDS)
        expect(none.status).toBe(400)
        expect(fieldErrors(none)).toEqual([
          { path: 'file', message: expect.stringMatching(/file/) },
        ])
        expect(requests).toEqual([])
        expect(
          (
            await suite.newsroom.payload.count({
              collection: 'media',
              where: { filename: { like: 'photo' } },
              overrideAccess: true,
            })
          ).totalDocs,
        ).toBe(0)
      } finally {
        await new Promise((resolve) => server.close(resolve))
      }
    })
  })
}
