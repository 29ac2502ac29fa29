/** Newsroom workflow (newsroomWorkflow.e2e.ts): a photo with its provenance, uploaded in the admin, stripped of its location and shown on the story. */
import path from 'node:path'

import { eventually } from '../../helpers/browser'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { hasLocation, photoWithLocation } from '../../helpers/images'
import { choose, expectVigilPictureShown, type NewsroomWorkflow, SHOTS } from './context'

export const photo = (workflow: NewsroomWorkflow) => {
  const { logIn, shot, api } = workflow
  describe('a photo with its provenance', () => {
    it('is uploaded in the admin, stripped of its location, and shown on the story with every size in srcset', async () => {
      const page = await logIn('editor')
      await page.goto(`${workflow.app.baseURL}/admin/collections/media/create`)
      await page.setInputFiles('input[type="file"]', {
        name: 'vigil.jpg',
        mimeType: 'image/jpeg',
        buffer: await photoWithLocation(1600, 1200),
      })
      await page.fill('#field-alt', 'Candles outside the station at night')
      await page.fill('#field-caption', 'The vigil on the second evening.')
      await page.fill('#field-credit', 'Photo sent by a reader')
      await page.fill(
        '#field-provenance__howObtained',
        'Sent to the newsroom by the reader who took it',
      )
      await page.fill('#field-provenance__capturedAt', 'the second evening, about 21:00')
      await choose(page, 'provenance__verificationStatus', 'Verified')
      await shot(page, '6a-photo-upload')
      await page.click('#action-save')
      const media = await eventually(
        async () =>
          (
            await api(
              'editor',
              'GET',
              `/api/media?where[alt][equals]=${encodeURIComponent('Candles outside the station at night')}`,
            )
          ).body.docs,
        (docs: any[]) => docs.length === 1,
      )
      expect(media[0]).toMatchObject({
        credit: 'Photo sent by a reader',
        provenance: {
          verificationStatus: 'verified',
          capturedAt: 'the second evening, about 21:00',
        },
      })
      const original = await fetch(`${workflow.app.baseURL}${media[0].url}`, {
        headers: { authorization: `JWT ${workflow.tokens.get('editor')}` },
      })
      expect(await hasLocation(Buffer.from(await original.arrayBuffer()))).toBe(false)

      const story = await api('editor', 'POST', '/api/articles', {
        title: 'A vigil on the second evening',
        body: lexicalParagraphs('Neighbours lit candles.'),
        heroImage: media[0].id,
        _status: 'published',
      })
      expect(story.status).toBe(201)
      const reader = await workflow.browser.newPage()
      await reader.goto(`${workflow.app.baseURL}/stories/${story.body.doc.slug}`)
      await expectVigilPictureShown(reader.locator('figure.hero-image'))
      await reader.screenshot({ path: path.join(SHOTS, '6b-story-with-photo.png') })
      await reader.close()
    })
  })
}
