/** Editor's day (editorsDay.e2e.ts): the publish gate tells the editor in plain words why a story cannot be published yet. */

import { type EditorsDay } from './context'

export const publishGate = (day: EditorsDay) => {
  const { logIn, shot } = day
  describe('the publish gate in the admin', () => {
    it('explains in plain words why a story cannot be published yet', async () => {
      const page = await logIn('editor')
      await page.goto(`${day.app.baseURL}/admin/collections/articles/create`)
      await page.fill('#field-title', 'A story with no body yet')
      await page.waitForTimeout(2_500) // autosave creates the draft
      await page.click('#action-save')
      await page.waitForSelector('text=/The body is empty/')
      await shot(page, '2c-publish-gate')
      expect(await page.content()).not.toMatch(/at \w+ \(\/|stack/i)
      const res = await fetch(
        `${day.app.baseURL}/api/articles?where[title][equals]=${encodeURIComponent('A story with no body yet')}`,
      )
      expect((await res.json()).docs).toEqual([])
    })
  })
}
