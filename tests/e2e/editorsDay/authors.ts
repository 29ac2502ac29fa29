/** The editor's day (editorsDay.e2e.ts): crediting authors from the story's sidebar, a guest contributor made on the spot. */
import { eventually, publishInAdmin } from '../../helpers/browser'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { type EditorsDay } from './context'

export const authorsInTheSidebar = (day: EditorsDay) => {
  const { logIn, shot, asEditor } = day
  describe('authors, in the admin', () => {
    it('credits a guest contributor made from the story’s sidebar, with a role; readers get the byline and the author’s page', async () => {
      const draft = (
        await asEditor('POST', '/api/articles?draft=true', {
          title: 'Credits from the sidebar',
          body: lexicalParagraphs('Words from a guest.'),
          _status: 'draft',
        })
      ).doc
      const page = await logIn('editor')
      await page.goto(`${day.app.baseURL}/admin/collections/articles/${draft.id}`)
      await page.getByRole('button', { name: 'Add Author', exact: true }).click()
      const author = page.locator('#field-authors__0__author')
      await author.waitFor({ timeout: 10_000 })
      // "Add new" beside the picker: the author's own form in a drawer.
      await author.locator('.relationship-add-new__add-button').click()
      const drawer = page.locator('.drawer--is-open').last()
      await drawer.locator('#field-name').fill('Gus Guest')
      await drawer.locator('#field-jobTitle').fill('Freelance photographer')
      await drawer.getByRole('button', { name: 'Save', exact: true }).click()
      await eventually(
        async () =>
          author
            .locator('.rs__single-value')
            .textContent()
            .catch(() => ''),
        (text) => text === 'Gus Guest',
      )
      // The drawer stays on the new author's form after saving: closed, the story's form is back.
      if (await drawer.isVisible()) {
        await page.keyboard.press('Escape')
      }
      await page.waitForFunction(
        () => !document.querySelector('.payload__modal-container--enterDone'),
        undefined,
        { timeout: 10_000 },
      )
      await page.locator('#field-authors__0__role .rs__control').click()
      await page.getByRole('option', { name: 'Photos by', exact: true }).click()
      await shot(page, '1k-authors-in-the-sidebar')
      await publishInAdmin(page)
      const served = await eventually(
        async () =>
          (await fetch(`${day.app.baseURL}/api/articles/slug/${draft.slug}`))
            .json()
            .catch(() => ({})),
        (doc: any) => doc.authors?.length === 1,
      )
      expect(served.byline).toBe('Gus Guest')
      expect(served.authors[0]).toMatchObject({
        name: 'Gus Guest',
        role: 'photos-by',
        jobTitle: 'Freelance photographer',
        url: '/authors/gus-guest',
      })
      const authorPage = await (await fetch(`${day.app.baseURL}/api/authors/slug/gus-guest`)).json()
      expect(authorPage.stories.docs.map((story: { slug: string }) => story.slug)).toEqual([
        draft.slug,
      ])
      // The author's page in the admin lists their stories.
      await page.goto(`${day.app.baseURL}/admin/collections/authors/${authorPage.author.id}`)
      await page.getByText('Credits from the sidebar').first().waitFor({ timeout: 15_000 })
    })
  })
}
