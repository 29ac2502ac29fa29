/** Editor's day (editorsDay.e2e.ts): a moderator works the comment queue and cannot open user management. */
import { eventually } from '../../helpers/browser'
import { type EditorsDay, LOGINS } from './context'

export const aModerator = (day: EditorsDay) => {
  const { logIn, shot } = day
  describe('a moderator', () => {
    it('finds a reader’s comment in the pending queue, approves it, and it appears publicly', async () => {
      const submitted = await fetch(`${day.app.baseURL}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          article: day.articleId,
          authorName: 'A reader',
          authorEmail: 'reader@e2e.test',
          body: 'Thank you for showing the whole clip.',
        }),
      })
      expect(submitted.status).toBe(201)
      const { doc } = await submitted.json()

      const page = await logIn('moderator')
      // The dashboard says how many comments wait.
      await page.waitForSelector('#moderation-waiting')
      expect(await page.locator('#moderation-waiting').textContent()).toMatch(
        /Comments waiting for moderation \(1\)/,
      )
      // The nav may be collapsed (inert) at this width: follow the link the moderator sees.
      const queue = page.locator('#nav-moderation-queue')
      expect(await queue.textContent()).toMatch(/Moderation queue \(1 pending\)/)
      await page.goto(`${day.app.baseURL}${await queue.getAttribute('href')}`)
      await page.waitForSelector('text=Thank you for showing the whole clip.')
      await shot(page, '3a-pending-queue')
      await page.click('text=Thank you for showing the whole clip.')
      await page.waitForSelector('#field-status')
      await page.click('#field-status')
      await page.getByRole('option', { name: 'Approved' }).click()
      await page.click('#action-save')
      const visible = await eventually(
        async () =>
          (
            await (
              await fetch(`${day.app.baseURL}/api/comments?where[article][equals]=${day.articleId}`)
            ).json()
          ).docs,
        (docs: any[]) => docs.some((c) => c.id === doc.id),
      )
      expect(visible.map((c: any) => c.id)).toContain(doc.id)
      await shot(page, '3b-approved')
    })

    it('clears the queue row by row (Approve, Reject, Spam), sees why a comment waits, and cannot rewrite what the reader wrote', async () => {
      const submit = async (authorEmail: string, body: string) => {
        const res = await fetch(`${day.app.baseURL}/api/comments`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `198.51.100.${authorEmail.length}`,
          },
          body: JSON.stringify({
            article: day.articleId,
            authorName: 'Queue reader',
            authorEmail,
            body,
          }),
        })
        expect(res.status).toBe(201)
        return (await res.json()).doc.id as number
      }
      const plain = await submit('plain@e2e.test', 'A plain comment for the queue.')
      const linky = await submit(
        'linky-reader@e2e.test',
        'Links: https://a.example https://b.example https://c.example',
      )
      const page = await logIn('moderator')
      await page.goto(`${day.app.baseURL}/admin/collections/comments?where[status][equals]=pending`)
      const row = page.locator('tr', { hasText: 'A plain comment for the queue.' })
      await row.getByRole('button', { name: 'Approve', exact: true }).click()
      const approved = await eventually(
        async () =>
          (
            await (
              await fetch(
                `${day.app.baseURL}/api/comments?where[article][equals]=${day.articleId}&limit=100`,
              )
            ).json()
          ).docs,
        (docs: any[]) => docs.some((c) => c.id === plain),
      )
      expect(approved.map((c: any) => c.id)).toContain(plain)
      await shot(page, '3b2-row-actions')

      await page.goto(`${day.app.baseURL}/admin/collections/comments/${linky}`)
      await page.waitForSelector('#field-heldBecause')
      expect(await page.inputValue('#field-heldBecause')).toBe('Held: 3 links (more than 2).')
      expect(await page.locator('#field-body').isEditable()).toBe(false)
      expect(await page.locator('#field-authorName').isEditable()).toBe(false)
      await page.getByRole('button', { name: 'Spam', exact: true }).click()
      const token = (
        await (
          await fetch(`${day.app.baseURL}/api/users/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(LOGINS.moderator),
          })
        ).json()
      ).token
      const marked = await eventually(
        async () =>
          (
            await (
              await fetch(`${day.app.baseURL}/api/comments/${linky}`, {
                headers: { authorization: `JWT ${token}` },
              })
            ).json()
          ).status,
        (status) => status === 'spam',
      )
      expect(marked).toBe('spam')
      await shot(page, '3b3-document-actions')
      await page.close()
    })

    it('cannot open user management', async () => {
      const page = await logIn('moderator')
      expect(await page.locator('nav').getByText('Users', { exact: true }).count()).toBe(0)
      await page.goto(`${day.app.baseURL}/admin/collections/users`)
      await page.waitForLoadState('networkidle')
      await shot(page, '3c-no-user-management')
      expect(await page.content()).not.toContain(LOGINS.editor.email)
    })
  })
}
