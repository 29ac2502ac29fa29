/** Newsroom workflow (newsroomWorkflow.e2e.ts): scheduling a publish, and a schedule the publish gate refuses, in the admin. */
import { eventually } from '../../helpers/browser'
import { bodyQuoting } from '../../helpers/fixtures'
import { type NewsroomWorkflow } from './context'

export const scheduling = (workflow: NewsroomWorkflow) => {
  const { logIn, shot, api } = workflow
  describe('scheduling a publish', () => {
    it('opens on Publish for a story never published, offers no Unpublish, and a schedule the publish gate refuses says why', async () => {
      const quote = await api('editor', 'POST', '/api/quotes', {
        text: 'Nobody claims these words.',
        kind: 'verbatim',
      })
      expect(quote.status).toBe(201)
      const created = await api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Scheduled but not ready',
        body: bodyQuoting(quote.body.doc.id),
        _status: 'draft',
      })
      expect(created.status).toBe(201)
      const page = await logIn('editor')
      await page.goto(`${workflow.app.baseURL}/admin/collections/articles/${created.body.doc.id}`)
      await page.locator('#action-save-popup button').first().click()
      await page.getByRole('button', { name: 'Schedule Publish' }).click()
      const types = page.locator('.schedule-publish__type')
      await types.waitFor()
      // Publish is chosen (Payload's drawer opened on Unpublish), and Unpublish is not offered.
      await eventually(
        async () => types.locator('li').first().locator('input').isChecked(),
        (checked) => checked === true,
      )
      expect(await types.locator('li').nth(1).isVisible()).toBe(false)
      await shot(page, '5i-schedule-drawer')
      const date = page.locator('.schedule-publish__scheduler input[type="text"]').first()
      await date.click()
      await date.fill('Dec 31, 2099 9:00 AM')
      await page.keyboard.press('Enter')
      await page
        .locator('.schedule-publish')
        .getByRole('button', { name: 'Save', exact: true })
        .click()
      // The gate's own words, not "Scheduled successfully".
      await page
        .getByText(/Not scheduled: the story could not be published as it stands/)
        .first()
        .waitFor({ timeout: 30_000 })
      expect(
        await page.getByText(/Nobody claims these words\.” has no speaker/).count(),
      ).toBeGreaterThan(0)
      expect(await page.getByText('Scheduled successfully').count()).toBe(0)
    })
  })
}
