/** Editor's day (editorsDay.e2e.ts): the source form asks for the kind first and, for footage, who filmed it, its rights and its verification. */

import { type EditorsDay } from './context'

export const sourceForm = (day: EditorsDay) => {
  const { logIn, shot } = day
  describe('the source form', () => {
    it('starts with the kind, shows no empty “quoted in” lists on a new source, and asks footage who filmed it, the rights and how it was verified', async () => {
      const page = await logIn('editor')
      await page.goto(`${day.app.baseURL}/admin/collections/sources/create`)
      await page.waitForSelector('#field-kind')
      const firstField = await page
        .locator('.render-fields .field-type')
        .first()
        .getAttribute('class')
      expect(firstField).toMatch(/select/)
      expect(await page.locator('#field-description').count()).toBe(1)
      expect(await page.getByText('Articles quoting this source').count()).toBe(0)
      expect(await page.getByText('Quoted in', { exact: true }).count()).toBe(0)
      await page.locator('#field-kind .rs__control').click()
      await page.getByRole('option', { name: 'Footage or recording', exact: true }).click()
      for (const field of [
        'howObtained',
        'verificationStatus',
        'verificationMethod',
        'rights',
        'filmedBy',
        'originalUrl',
        'verifiedBy',
      ]) {
        await page.locator(`#field-provenance__${field}`).first().waitFor()
      }
      await shot(page, '3c-footage-source-form')
      await page.close()
    })
  })
}
