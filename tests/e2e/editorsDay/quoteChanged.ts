/** Editor's day (editorsDay.e2e.ts): a quote changed after its story ran names that story and republishes it with a log entry. */
import { eventually } from '../../helpers/browser'
import { bodyQuoting } from '../../helpers/fixtures'
import { type EditorsDay } from './context'

export const quoteChanged = (day: EditorsDay) => {
  const { logIn, shot, asEditor } = day
  describe('a quote changed after its story ran', () => {
    it('tells the editor on the quote which published story still shows the earlier words, and republishes it from there with a log entry', async () => {
      const source = (
        await asEditor('POST', '/api/sources', {
          kind: 'official',
          description: 'the harbour master',
          name: 'Ines Duarte',
        })
      ).doc
      const quote = (
        await asEditor('POST', '/api/quotes', {
          text: 'The harbour reopens on Monday.',
          kind: 'verbatim',
          speaker: source.id,
        })
      ).doc
      const story = (
        await asEditor('POST', '/api/articles', {
          title: 'Harbour to reopen',
          body: bodyQuoting(quote.id, 'The harbour master said: “'),
          _status: 'published',
        })
      ).doc
      expect(story.slug).toBeTruthy()
      // The words change after publication: readers keep the published ones.
      expect(
        (
          await asEditor('PATCH', `/api/quotes/${quote.id}`, {
            text: 'The harbour reopens on Tuesday.',
          })
        ).doc.text,
      ).toBe('The harbour reopens on Tuesday.')
      const storyNow = async () =>
        (await fetch(`${day.app.baseURL}/api/articles/slug/${story.slug}`)).json()
      expect((await storyNow()).bodyHtml).toContain('on Monday.')

      const page = await logIn('editor')
      await page.goto(`${day.app.baseURL}/admin/collections/quotes/${quote.id}`)
      const notice = page.getByRole('region', { name: 'Stories awaiting a republish' })
      await notice.waitFor({ timeout: 30_000 })
      expect(await notice.innerText()).toContain(
        '1 published story shows the earlier words; readers see them until a story is republished.',
      )
      expect(
        await notice.getByRole('link', { name: 'Harbour to reopen' }).getAttribute('href'),
      ).toBe(`/admin/collections/articles/${story.id}`)
      await shot(page, '6a-quote-awaiting-republish')
      await notice.getByRole('button', { name: 'Republish…' }).click()
      await notice.getByLabel('Log entry').selectOption('correction')
      await notice
        .getByLabel('What changed, as readers will read it')
        .fill('The harbour reopens on Tuesday, not Monday.')
      await notice.getByRole('button', { name: 'Republish', exact: true }).click()
      await notice
        .getByRole('status')
        .filter({ hasText: 'Harbour to reopen' })
        .waitFor({ timeout: 30_000 })
      const republished = await eventually(storyNow, (doc) => doc.edition === 2)
      expect(republished.bodyHtml).toContain('on Tuesday.')
      expect(republished.updateLog.at(-1)).toMatchObject({
        type: 'correction',
        text: 'The harbour reopens on Tuesday, not Monday.',
      })
      // Nothing waits any more: the list is gone after the next look.
      await page.reload()
      await eventually(
        () => page.getByText('published story shows the earlier words').count(),
        (count) => count === 0,
      )
      await page.context().close()
    })
  })
}
