/** Newsroom workflow (newsroomWorkflow.e2e.ts): a picture placed inside the text with “/upload” and shown to readers. */
import path from 'node:path'

import { eventually } from '../../helpers/browser'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { expectVigilPictureShown, type NewsroomWorkflow, SHOTS } from './context'

export const pictureInText = (workflow: NewsroomWorkflow) => {
  const { logIn, shot, api } = workflow
  describe('a picture inside the text', () => {
    it('is placed with “/upload” in the body, published, and shown to readers in the story’s text with srcset, caption and credit', async () => {
      const story = await api('editor', 'POST', '/api/articles', {
        title: 'Candles on the third evening',
        body: lexicalParagraphs(
          'Neighbours came back with more candles.',
          'The station stayed dark.',
        ),
        _status: 'published',
      })
      expect(story.status).toBe(201)
      const page = await logIn('editor')
      await page.goto(`${workflow.app.baseURL}/admin/collections/articles/${story.body.doc.id}`)
      await page.getByRole('button', { name: 'Story', exact: true }).click()
      await page.locator('.ContentEditable__root p', { hasText: 'more candles' }).click()
      await page.keyboard.press('End')
      await page.keyboard.press('Enter')
      await page.keyboard.type('/upload')
      await page.getByRole('listbox', { name: 'Slash menu' }).waitFor()
      await page.keyboard.press('Enter')
      // The drawer lists the newsroom's pictures (only media: no other collection is offered).
      await page
        .getByRole('button', { name: /^vigil.*\.jpg$/ })
        .first()
        .click()
      await page.locator('.ContentEditable__root img').first().waitFor()
      await shot(page, '6d-picture-in-text')
      await page.click('#action-save')
      const served = await eventually(
        async () =>
          (await fetch(`${workflow.app.baseURL}/api/articles/slug/${story.body.doc.slug}`)).json(),
        (doc: any) => doc.bodyImages?.length === 1,
      )
      expect(served.bodyImages[0].alt).toBe('Candles outside the station at night')
      const reader = await workflow.browser.newPage()
      await reader.goto(`${workflow.app.baseURL}/stories/${story.body.doc.slug}`)
      // Between the two paragraphs, as placed (an empty paragraph the editor's slash command may leave
      // behind when the upload drawer opens is no paragraph of the story's).
      const order = await reader
        .locator('.story-body > *')
        .evaluateAll((nodes) =>
          nodes
            .filter((node) => node.tagName !== 'P' || node.textContent.trim())
            .map((node) => node.tagName),
        )
      expect(order).toEqual(['P', 'FIGURE', 'P'])
      await expectVigilPictureShown(reader.locator('.story-body figure.story-picture'))
      await reader.screenshot({
        path: path.join(SHOTS, '6e-story-with-picture-in-text.png'),
        fullPage: true,
      })
      await reader.close()
    })
  })
}
