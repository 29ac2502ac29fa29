/** Reader site (readerSite.e2e.ts): a reader reads the story, its quotes' sources and head, and uses its forms without JavaScript, on a desktop and a phone. */
import path from 'node:path'

import { lexicalParagraphs } from '../../helpers/fixtures'
import { photoWithLocation, uploadForm } from '../../helpers/images'
import { DOCS, EDITOR, LOGINS, type ReaderSite, SLUG, story } from './context'

export const aReader = (site: ReaderSite) => {
  const { reader, storyUrl } = site
  describe('a reader', () => {
    it('reads the whole story, every paragraph in order, each quote attributed to a source listed under “How we know this”', async () => {
      const page = await reader('198.51.100.10')
      await page.goto(storyUrl())
      // The story's words, without the quotes' source marks.
      const paragraphs = await page.locator('.story-body p').evaluateAll((elements) =>
        elements.map((element) => {
          const copy = element.cloneNode(true) as HTMLElement
          copy.querySelectorAll('.quote-source').forEach((mark) => mark.remove())
          return copy.textContent
        }),
      )
      expect(paragraphs).toEqual(story.paragraphs)
      const quotes = page.locator('.story-body [data-quote]')
      expect(await quotes.count()).toBe(7)
      const listed = await page
        .locator('#how-we-know ~ ol > li')
        .evaluateAll((items) => items.map((item) => item.id))
      for (const quote of await quotes.all()) {
        const anchor = await quote.getAttribute('aria-describedby')
        expect(await page.locator(`#${anchor}`).count()).toBe(1)
        // Visible attribution: right after the words, the speaker's number in "How we know this", linking there.
        const mark = quote.locator('xpath=following-sibling::*[1][self::sup]')
        expect(await mark.isVisible()).toBe(true)
        expect(await mark.innerText()).toBe(String(listed.indexOf(anchor!) + 1))
        expect(await mark.locator('a').getAttribute('href')).toBe(`#${anchor}`)
        expect(await mark.locator('a').getAttribute('aria-label')).toMatch(/^Source \d+: \S/)
      }
      // Numbered as the text first quotes each source: 1, then 2 or 1 again, never a jump.
      const numbers = (await page.locator('.story-body .quote-source').allTextContents()).map(
        Number,
      )
      numbers.reduce((highest, number) => {
        expect(number).toBeLessThanOrEqual(highest + 1)
        return Math.max(highest, number)
      }, 0)
      // The quotation marks are the story's own: a <q> draws none.
      expect(
        await page
          .locator('q')
          .first()
          .evaluate((element) => getComputedStyle(element).quotes),
      ).toBe('none')
      const sources = await page.locator('#how-we-know ~ ol').innerText()
      expect(sources).toContain(
        'Why we granted anonymity: A colleague speaking about a fellow officer who is under investigation.',
      )
      expect(sources).toMatch(/Verification:\s*Unverified/)
      // Unnamed experts are people, not "named" ones.
      expect(sources).toContain('experts (not named in the story) (Person)')
      expect(await page.content()).not.toMatch(/trueIdentity|Not recorded in the seeded story text/)
      await page.screenshot({ path: path.join(DOCS, 'reader-story.png') })
    })

    it('gets the story’s JSON-LD, canonical URL, Open Graph and Twitter tags and its language in the head', async () => {
      const page = await reader('198.51.100.11')
      await page.goto(storyUrl())
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      const jsonLd = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent())!,
      )
      expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: story.headline })
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
        new RegExp(`/stories/${SLUG}$`),
      )
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
        story.headline,
      )
      expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article')
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
        'summary',
      )
    })

    it('gets the editors’ search title, description and share picture (the 16:9 crop) in the head of a story that has them', async () => {
      const token = (
        await (
          await fetch(`${site.app.baseURL}/api/users/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(EDITOR),
          })
        ).json()
      ).token as string
      const upload = await fetch(`${site.app.baseURL}/api/media`, {
        method: 'POST',
        headers: { authorization: `JWT ${token}` },
        body: uploadForm(await photoWithLocation(1600, 900), 'share.jpg', 'image/jpeg', {
          alt: 'Candles outside the station',
        }),
      })
      expect(upload.status).toBe(201)
      const picture = (await upload.json()).doc
      const meta = {
        title: 'Vigil at the station: what we know',
        description: 'Neighbours gathered for a second evening.',
        image: picture.id,
      }
      const created = await fetch(`${site.app.baseURL}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({
          title: 'A second vigil at the station',
          dek: 'The dek.',
          body: lexicalParagraphs('Neighbours gathered again.'),
          meta,
          _status: 'published',
        }),
      })
      expect(created.status).toBe(201)
      const page = await reader('198.51.100.12')
      await page.goto(`${site.app.baseURL}/stories/${(await created.json()).doc.slug}`)
      expect(await page.title()).toContain(meta.title)
      expect(await page.locator('h1').textContent()).toBe('A second vigil at the station')
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
        meta.description,
      )
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
        meta.title,
      )
      expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(
        meta.description,
      )
      const image = await page.locator('meta[property="og:image"]').getAttribute('content')
      expect(image).toMatch(/^http:\/\/[^/]+\/api\/media\/file\/.+1200x675/)
      expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe(
        '1200',
      )
      expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBe(
        'Candles outside the station',
      )
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
        'summary_large_image',
      )
      // The picture is public now that a published story shares it: a crawler fetching og:image gets it.
      const fetched = await fetch(new URL(new URL(image!).pathname, site.app.baseURL))
      expect(fetched.status).toBe(200)
      expect(fetched.headers.get('content-type')).toBe('image/jpeg')
      const jsonLd = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent())!,
      )
      expect(jsonLd).toMatchObject({
        headline: 'A second vigil at the station',
        description: meta.description,
      })
      // It quotes nobody: no empty "How we know this".
      expect(await page.locator('#how-we-know').count()).toBe(0)
    })

    it('posts a comment without JavaScript and is told it awaits moderation, then, posting again at once, how long to wait', async () => {
      const page = await reader('198.51.100.20', { javaScript: false })
      await page.goto(storyUrl())
      const post = async (name: string, email: string, body: string) => {
        const form = page.locator('section.comments > form')
        await form.getByLabel('Your name').fill(name)
        await form.getByLabel('Your email').fill(email)
        await form.getByLabel('Comment').fill(body)
        await Promise.all([page.waitForLoadState('load'), form.getByRole('button').click()])
        return (await page.locator('section.comments > form .notice').textContent())?.trim()
      }
      expect(await post('Ana', 'ana@example.com', 'Thank you for the context.')).toMatch(
        /awaits moderation/,
      )
      // The answer is where the reader is: the page comes back scrolled to the form, not to its top.
      expect(new URL(page.url()).hash).toBe('#add-comment')
      expect(await post('Ana again', 'ana.again@example.com', 'One more thought.')).toMatch(
        /posting too quickly\. Please wait \d+ seconds/,
      )
      // Another reader, from another address, is not held up by Ana.
      const other = await reader('198.51.100.21', { javaScript: false })
      await other.goto(storyUrl())
      const form = other.locator('section.comments > form')
      await form.getByLabel('Your name').fill('Ben')
      await form.getByLabel('Your email').fill('ben@example.com')
      await form.getByLabel('Comment').fill('Seconded.')
      await Promise.all([other.waitForLoadState('load'), form.getByRole('button').click()])
      expect(await other.locator('section.comments > form .notice').textContent()).toMatch(
        /awaits moderation/,
      )
    })

    it('on a phone without JavaScript, sees the answer to a comment where the page opens, not 5,000 px below', async () => {
      const page = await reader('198.51.100.25', { javaScript: false, width: 360 })
      await page.goto(storyUrl())
      const form = page.locator('section.comments > form')
      await form.getByLabel('Your name').fill('Dee')
      await form.getByLabel('Your email').fill('dee@example.com')
      await form.getByLabel('Comment').fill('Read on a phone.')
      await Promise.all([page.waitForLoadState('load'), form.getByRole('button').click()])
      const notice = page.locator('section.comments > form .notice')
      expect(await notice.textContent()).toMatch(/awaits moderation/)
      const inView = await notice.evaluate((element) => {
        const box = element.getBoundingClientRect()
        return {
          top: Math.round(box.top),
          bottom: Math.round(box.bottom),
          height: window.innerHeight,
          scrolled: Math.round(window.scrollY),
        }
      })
      expect(inView.scrolled).toBeGreaterThan(1000)
      expect(inView.top).toBeGreaterThanOrEqual(0)
      expect(inView.bottom).toBeLessThanOrEqual(inView.height)
    })

    it('reports a comment to the moderators without JavaScript, from the comment itself', async () => {
      const login = async (who: { email: string; password: string }) =>
        (
          await (
            await fetch(`${site.app.baseURL}/api/users/login`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(who),
            })
          ).json()
        ).token as string
      const story = await (await fetch(`${site.app.baseURL}/api/articles/slug/${SLUG}`)).json()
      const posted = await fetch(`${site.app.baseURL}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.35' },
        body: JSON.stringify({
          article: story.id,
          authorName: 'Troll',
          authorEmail: 'troll@example.com',
          body: 'A comment someone will report.',
        }),
      })
      expect(posted.status).toBe(201)
      const commentId = (await posted.json()).doc.id
      const moderator = await login(LOGINS.moderator)
      const approved = await fetch(`${site.app.baseURL}/api/comments/${commentId}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${moderator}` },
        body: JSON.stringify({ status: 'approved' }),
      })
      expect(approved.status).toBe(200)

      const page = await reader('198.51.100.36', { javaScript: false })
      const deadline = Date.now() + 20_000
      do {
        await page.goto(storyUrl())
      } while (
        (await page.locator(`#report-comment-${commentId}`).count()) === 0 &&
        Date.now() < deadline
      )
      const report = page.locator(`details:has(#report-comment-${commentId})`)
      await report.locator('summary').click()
      await report.getByLabel(/Why should a moderator look at it/).fill('Insults another reader.')
      await Promise.all([
        page.waitForLoadState('load'),
        report.getByRole('button', { name: 'Report this comment' }).click(),
      ])
      expect(new URL(page.url()).hash).toBe(`#report-comment-${commentId}`)
      expect(await page.locator(`#report-comment-${commentId} .notice`).textContent()).toMatch(
        /A moderator will review this comment/,
      )
      const reports = await (
        await fetch(`${site.app.baseURL}/api/comment-reports?where[comment][equals]=${commentId}`, {
          headers: { authorization: `JWT ${moderator}` },
        })
      ).json()
      expect(reports.docs.map((doc: { reason: string }) => doc.reason)).toEqual([
        'Insults another reader.',
      ])
    })

    it('sees each field’s problem next to the field, and what it typed kept', async () => {
      const page = await reader('198.51.100.30', { javaScript: false })
      await page.goto(storyUrl())
      const form = page.locator('section.comments > form')
      await form.getByLabel('Your name').fill('Cleo')
      await form.getByLabel('Your email').fill('cleo@example.com')
      await form.getByLabel('Comment').fill('   ')
      await Promise.all([page.waitForLoadState('load'), form.getByRole('button').click()])
      const body = page.locator('section.comments > form').getByLabel('Comment')
      expect(await body.getAttribute('aria-invalid')).toBe('true')
      expect(await page.locator('section.comments > form .field-error').allTextContents()).toEqual([
        expect.stringMatching(/required/),
      ])
      expect(
        await page.locator('section.comments > form').getByLabel('Your name').inputValue(),
      ).toBe('Cleo')
    })

    it('reports an error to the editors without JavaScript', async () => {
      const page = await reader('198.51.100.40', { javaScript: false })
      await page.goto(storyUrl())
      const form = page.locator('section.report-error form')
      await form.getByLabel('What is wrong?').fill('The vigil was on Tuesday.')
      await Promise.all([page.waitForLoadState('load'), form.getByRole('button').click()])
      expect(await page.locator('section.report-error .notice').textContent()).toMatch(
        /sent to the editors/,
      )
    })

    it('reads comfortably on a 360 px screen: nothing wider than the screen', async () => {
      const page = await reader('198.51.100.50', { width: 360 })
      await page.goto(storyUrl())
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
        360,
      )
      await page.screenshot({ path: path.join(DOCS, 'reader-story-360.png') })
    })
  })
}
