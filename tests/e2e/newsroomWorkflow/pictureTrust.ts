/** Newsroom workflow (newsroomWorkflow.e2e.ts): a picture's Content Credentials as editors see them, and the week's warning before its usage rights end. */
import { makeTestSigner, tamperedPicture } from '../../helpers/contentCredentials'
import { uploadForm } from '../../helpers/images'
import { type NewsroomWorkflow } from './context'

export const pictureTrust = (workflow: NewsroomWorkflow) => {
  const { logIn, shot, api } = workflow
  describe('a picture you can trust', () => {
    it('editors are warned on the dashboard a week before its rights end, and see what its credentials say', async () => {
      // A wire photo changed after it was signed, licensed for three more days.
      await api('editor', 'GET', '/api/users/me')
      const upload = await fetch(`${workflow.app.baseURL}/api/media`, {
        method: 'POST',
        headers: { authorization: `JWT ${workflow.tokens.get('editor')}` },
        body: uploadForm(
          await tamperedPicture(await makeTestSigner('Wire Photo Agency')),
          'wire.jpg',
          'image/jpeg',
          {
            alt: 'A changed wire photo',
            rights: {
              category: 'agency',
              expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
            },
          },
        ),
      })
      expect(upload.status).toBe(201)

      const page = await logIn('editor')
      const warning = page.locator('#rights-expiring')
      await warning.waitFor()
      expect(await warning.textContent()).toMatch(
        /Pictures whose usage rights expire within a week \(1\).*A changed wire photo: withdrawn from every story on/,
      )
      await shot(page, '6e-rights-expiring')
      await warning.getByRole('link', { name: 'A changed wire photo' }).click()
      // Said at the top of the picture, before any field: it fails, and what follows from that.
      const banner = page.locator('#content-credentials-state')
      await banner.waitFor()
      expect(await banner.textContent()).toMatch(
        /Content Credentials: Fails validation\..*changed after it was signed.*assertion\.dataHash\.mismatch.*legal’s sign-off/,
      )
      // The picture's credentials, as the server read them on upload.
      const credentials = page.locator('#field-credentials__problems')
      await credentials.waitFor()
      expect(await credentials.inputValue()).toContain('assertion.dataHash.mismatch')
      expect(await page.locator('#field-credentials__signedBy').inputValue()).toBe(
        'Wire Photo Agency',
      )
      await shot(page, '6f-credentials-fail')
      // The pictures list says it too, in its own column.
      await page.goto(`${workflow.app.baseURL}/admin/collections/media`)
      const row = page.locator('tr', { hasText: 'A changed wire photo' })
      await row.locator('.credentials-state--error').waitFor()
      expect(await row.locator('.credentials-state').textContent()).toBe('Fails validation')
      await page.close()
    })
  })
}
