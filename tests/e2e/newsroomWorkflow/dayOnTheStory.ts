/** Newsroom workflow (newsroomWorkflow.e2e.ts): a day on the story, from a reporter's draft through legal's sign-off to the editor's publish. */
import { eventually } from '../../helpers/browser'
import { choose, type NewsroomWorkflow } from './context'

export const dayOnTheStory = (workflow: NewsroomWorkflow) => {
  const { logIn, shot, api, latest, story } = workflow
  describe('a day on the story', () => {
    it('the seeded story is published with the seed’s legal sign-off, plainly marked as seed data', async () => {
      const doc = await latest()
      expect(doc.stage).toBe('published')
      expect(doc.legalSignOff.note).toMatch(/^Seed data/)
      const legalUser = (await api('legal', 'GET', '/api/users/me')).body.user
      expect(doc.legalSignOff.signedBy).toBe(legalUser.id)
      // Nothing of it reaches readers.
      expect(JSON.stringify(await story())).not.toMatch(/Seed data|legalSignOff|stageHistory/)
    })

    it('a reporter drafts a follow-up in the admin, sends it to edit, and cannot publish it', async () => {
      const page = await logIn('reporter')
      await page.waitForSelector('#waiting-for-you')
      // Moderators' collections are not offered to a reporter: no link, no instructions, no "Create New".
      expect(
        await page
          .locator('a[href$="/collections/comments"], a[href$="/collections/comment-reports"]')
          .count(),
      ).toBe(0)
      expect(await page.locator('#moderation-waiting').count()).toBe(0)
      await page.goto(`${workflow.app.baseURL}/admin/collections/articles/create`)
      await page.fill('#field-title', 'Colleagues gather outside the station')
      await page.locator('[data-lexical-editor="true"]').first().click()
      await page.keyboard.type('About forty officers and neighbours stood in silence this morning.')
      // Only the stages a reporter may choose are offered.
      await page.click('#field-stage .rs__control')
      expect(await page.getByRole('option').allTextContents()).toEqual(['Draft', 'In edit'])
      await page.keyboard.press('Escape')
      await choose(page, 'stage', 'In edit')
      await page.waitForTimeout(3_000) // autosave
      const mine = await eventually(
        async () =>
          (
            await api(
              'reporter',
              'GET',
              `/api/articles?draft=true&where[title][equals]=${encodeURIComponent('Colleagues gather outside the station')}&depth=0`,
            )
          ).body.docs,
        (docs: any[]) => docs[0]?.stage === 'in-edit',
      )
      const reporter = (await api('reporter', 'GET', '/api/users/me')).body.user
      expect(mine[0].createdBy).toBe(reporter.id)
      expect(mine[0].stageHistory.at(-1)).toMatchObject({ stage: 'in-edit', movedBy: reporter.id })
      await shot(page, '5a-reporter-draft-in-edit')
      // No Publish (nor Schedule) button to try: the reporter is told, before any click, how the story moves on.
      expect(await page.locator('#action-save').count()).toBe(0)
      expect(await page.locator('#publish-by-editors').textContent()).toMatch(/Editors publish/)
      await shot(page, '5b-reporter-cannot-publish')
      // The server refuses it anyway, in words a person reads (no internal field name).
      const refused = await api('reporter', 'PATCH', `/api/articles/${mine[0].id}`, {
        _status: 'published',
      })
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].message).toMatch(/Only an editor can publish/)
      expect(refused.body.errors[0].message).not.toMatch(/_status/)
      // Another's story opens read-only, saying why.
      await page.goto(`${workflow.app.baseURL}/admin/collections/articles/${workflow.articleId}`)
      await page.locator('#read-only-because').waitFor()
      expect(await page.locator('#read-only-because').textContent()).toMatch(
        /a reporter edits the stories they started/,
      )
      expect(await (await fetch(`${workflow.app.baseURL}/api/articles/${mine[0].id}`)).status).toBe(
        404,
      )
    })

    it('an editor’s change to the body voids the sign-off: publishing is refused with legal’s reason', async () => {
      const page = await logIn('editor')
      await page.goto(`${workflow.app.baseURL}/admin/collections/articles/${workflow.articleId}`)
      const editor = page.locator('[data-lexical-editor="true"]').first()
      await editor.waitFor()
      await editor.locator('p').last().click()
      await page.keyboard.press('End')
      // Where the editor types, before any change: what a change does to legal's sign-off.
      expect(await page.locator('#body-sign-off-note').textContent()).toMatch(
        /voids the sign-off when you save/,
      )
      await page.keyboard.type(' The union has asked for the full recording.')
      // Autosaves keep the draft, and leave the sign-off and stage alone while the editor types.
      const autosaved = await eventually(latest, (doc) =>
        JSON.stringify(doc.body).includes('The union has asked'),
      )
      expect(autosaved.stage).toBe('in-edit')
      expect(autosaved.legalSignOff?.signedBy).toBeTruthy()
      await page.click('#action-save')
      await page.waitForSelector('text=/Legal must sign this story off/')
      const page_ = await page.content()
      expect(page_).toMatch(/anonymous source/)
      expect(page_).toMatch(/whose verification is “unverified”/)
      await shot(page, '5c-publish-needs-legal')
      // The editor sends it to legal, and leaves the story so legal can open it.
      await choose(page, 'stage', 'Legal review')
      await page.waitForTimeout(3_000)
      await eventually(latest, (doc) => doc.stage === 'legal-review')
      await page.goto(`${workflow.app.baseURL}/admin`)
      expect((await story()).bodyHtml).not.toContain('The union has asked')
    })

    it('legal finds it waiting on the dashboard, leaves a note, and signs it off', async () => {
      const page = await logIn('legal')
      const queue = page.locator('#waiting-for-you')
      await queue.waitFor()
      expect(await queue.textContent()).toMatch(/Waiting for legal review \(1\)/)
      await shot(page, '5d-legal-dashboard')
      const note = await api('legal', 'POST', '/api/editorial-notes', {
        article: workflow.articleId,
        text: 'The colleague’s words are opinion; fine as attributed.',
      })
      expect(note.status).toBe(201)
      await queue.getByRole('link', { name: /The officer was taken away/i }).click()
      await page.waitForSelector('#article-action-legal-sign-off')
      // Legal is told why the story needs it, and that the text changed since the last sign-off.
      await page.locator('.legal-review-reasons').waitFor()
      expect(await page.locator('.legal-review-reasons').textContent()).toMatch(/anonymous source/)
      expect(await page.locator('.legal-review-stale').textContent()).toMatch(/needs signing again/)
      await page.fill('#article-action-legal-sign-off textarea', 'Cleared for publication.')
      await page.getByRole('button', { name: 'Sign off' }).click()
      await page.waitForSelector('text=/Signed off/')
      await shot(page, '5e-legal-signed-off')
      const signed = await eventually(
        latest,
        (doc) => doc.legalSignOff?.note === 'Cleared for publication.',
      )
      expect(signed.stage).toBe('ready')
      // Legal cannot publish (nor edit) it.
      expect([403, 404]).toContain(
        (
          await api('legal', 'PATCH', `/api/articles/${workflow.articleId}`, {
            _status: 'published',
          })
        ).status,
      )
      // Nothing of the workflow reached readers.
      expect(JSON.stringify(await story())).not.toMatch(
        /opinion; fine as attributed|Cleared for publication/,
      )
    })

    it('the editor publishes the signed-off text; readers get it', async () => {
      const page = await logIn('editor')
      await page.goto(`${workflow.app.baseURL}/admin/collections/articles/${workflow.articleId}`)
      await page.waitForSelector('#action-save')
      await page.click('#action-save')
      const served = await eventually(story, (s) =>
        s.bodyHtml?.includes('The union has asked for the full recording.'),
      )
      expect(served.bodyHtml).toContain('The union has asked for the full recording.')
      expect((await latest()).stage).toBe('published')
      await shot(page, '5f-published-after-sign-off')
    })
  })
}
