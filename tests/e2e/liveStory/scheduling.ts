/** Live story (liveStory.e2e.ts): an embargoed story, refused before its time, scheduled in the admin, published everywhere at once. */
import { eventually, logInToAdmin } from '../../helpers/browser'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { verifySignature } from '../../helpers/webhookReceiver'
import { type LiveStory, LOGINS, sleep } from './context'

/** A time as the admin's date picker takes it typed ("MMM d, yyyy h:mm a"), in UTC like the browser here. */
const adminDateTime = (date: Date) => {
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
  const hours = date.getUTCHours()
  return `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} ${hours % 12 || 12}:${String(date.getUTCMinutes()).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`
}

export const scheduling = (liveStory: LiveStory) => {
  const { api, stream } = liveStory
  describe('scheduled publishing and embargoes', () => {
    it('refuses to publish before the embargo, in the admin too; publishes at the scheduled time everywhere at once', async () => {
      // The embargo lifts at the start of a minute at least a minute away (the admin schedules to the minute).
      const embargo = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000)
      const created = await api('editor', 'POST', '/api/articles', {
        title: 'Inquiry findings under embargo',
        body: lexicalParagraphs('The inquiry found failures at every level.'),
        embargoUntil: embargo.toISOString(),
      })
      expect(created.status).toBe(201)
      const { id, slug } = created.body.doc as { id: number; slug: string }

      const refused = await api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' })
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].data.errors).toEqual([
        {
          path: 'embargoUntil',
          label: 'Embargo until',
          message: expect.stringMatching(
            /^Embargoed until .+ UTC: this article cannot be published before then/,
          ),
        },
      ])

      const page = await logInToAdmin(liveStory.browser, liveStory.app.baseURL, LOGINS.editor, {
        timezoneId: 'UTC',
      })
      await page.goto(`${liveStory.app.baseURL}/admin/collections/articles/${id}`)
      await page.locator('#action-save').click()
      await page
        .getByText(/Embargoed until/)
        .first()
        .waitFor({ timeout: 15_000 })

      // Publish ▸ Schedule Publish, at the embargo.
      await page.locator('#action-save-popup button').first().click()
      await page.locator('#schedule-publish').click()
      await page.locator('.schedule-publish__type label', { hasText: 'Publish' }).first().click()
      const input = page.locator(
        '.schedule-publish__scheduler .date-time-picker input[type="text"]',
      )
      await input.click()
      await input.fill(adminDateTime(embargo))
      // Closing the picker (a click outside it) shows the drawer's Save button again.
      await page.locator('.schedule-publish__drawer-header h2').click()
      await page.locator('.drawer__content button', { hasText: /^Save$/ }).click()
      await page
        .getByText(/scheduled successfully/i)
        .first()
        .waitFor({ timeout: 15_000 })
      await page.context().close()

      const before = liveStory.receiver.received.length
      // Until then nothing of it reaches anyone.
      expect((await api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(404)
      expect((await fetch(`${liveStory.app.baseURL}/api/articles/slug/${slug}`)).status).toBe(404)
      expect((await fetch(`${liveStory.app.baseURL}/stories/${slug}`)).status).toBe(404)
      expect((await stream(slug)).status).toBe(404)
      await sleep(Math.max(0, embargo.getTime() - Date.now() - 2_000))
      expect((await fetch(`${liveStory.app.baseURL}/api/articles/slug/${slug}`)).status).toBe(404)
      expect(
        liveStory.receiver.received
          .slice(before)
          .some((request) => request.json?.data?.slug === slug),
      ).toBe(false)

      // At the time, within seconds: REST, the story's JSON, the reader page, its event stream, the webhook.
      const story = await eventually(
        () => fetch(`${liveStory.app.baseURL}/api/articles/slug/${slug}`),
        (res) => res.status === 200,
        20_000,
      )
      const lagMs = Date.now() - embargo.getTime()
      console.log(`scheduled publish: the story was served ${lagMs} ms after its time`)
      expect(story.status).toBe(200)
      expect((await api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(200)
      const pageHtml = await (await fetch(`${liveStory.app.baseURL}/stories/${slug}`)).text()
      expect(pageHtml).toContain('Inquiry findings under embargo')
      const live = await stream(slug)
      expect((await live.next('ready')).data).toEqual({ etag: story.headers.get('etag') })
      live.close()
      const hook = await liveStory.receiver.waitForMatch(
        (request) => request.json?.data?.slug === slug,
        10_000,
      )
      expect(verifySignature(liveStory.webhook.secret, hook)).toMatchObject({
        type: 'article.published',
        data: { id, slug },
      })
    }, 240_000)
  })
}
