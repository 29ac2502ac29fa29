/** Newsroom workflow (newsroomWorkflow.e2e.ts): a legal takedown shows as “Taken down”, not as a draft. */
import { lexicalParagraphs } from '../../helpers/fixtures'
import { type NewsroomWorkflow } from './context'

export const takedown = (workflow: NewsroomWorkflow) => {
  const { logIn, shot, api } = workflow
  describe('a legal takedown', () => {
    it('shows as “Taken down” on the open story at once and in the articles list, not as a draft', async () => {
      const created = await api('editor', 'POST', '/api/articles', {
        title: 'A story legal will take down',
        body: lexicalParagraphs('Words a court has ordered removed.'),
        _status: 'published',
      })
      expect(created.status).toBe(201)
      const { id, slug } = created.body.doc
      const page = await logIn('legal')
      await page.goto(`${workflow.app.baseURL}/admin/collections/articles/${id}`)
      await page.waitForSelector('#public-state')
      expect(await page.locator('#public-state').textContent()).toMatch(/Published/)
      // In the header, beside the story's state: Take down… asks for the reason.
      await page.getByRole('button', { name: 'Take down…' }).click()
      await page.fill('#article-action-takedown textarea', 'Court order of 3 December.')
      await page.getByRole('button', { name: 'Take down', exact: true }).click()
      // No reload by hand: the open document says what happened.
      await page.getByRole('button', { name: 'Lift takedown' }).waitFor({ timeout: 30_000 })
      await page.locator('#public-state', { hasText: 'Taken down' }).waitFor({ timeout: 30_000 })
      expect(await page.locator('#public-state').textContent()).toMatch(/Court order of 3 December/)
      expect([404, 410]).toContain(
        (await fetch(`${workflow.app.baseURL}/api/articles/slug/${slug}`)).status,
      )
      await shot(page, '5h-taken-down')
      await page.goto(`${workflow.app.baseURL}/admin/collections/articles?limit=100`)
      const row = page.locator('tr', { hasText: 'A story legal will take down' })
      await row.waitFor()
      expect(await row.locator('.public-state').textContent()).toBe('Taken down')
    })
  })
}
