/** Reader site (readerSite.e2e.ts): a reader searches stories without JavaScript: the form, results with the words found marked, pages and filters, the API's refusals shown with their status. */
import type { Page } from 'playwright-core'

import path from 'node:path'

import { lexicalParagraphs } from '../../helpers/fixtures'
import { DOCS, type ReaderSite } from './context'
import { htmlValidationMessages, seriousAxeViolations } from './pageChecks'

/** A word no other story of this suite has: what the reader searches for. */
const WORD = 'pumpernickel'

export const search = (site: ReaderSite) => {
  const { reader } = site
  describe('searching stories, for readers', () => {
    /** The admin's write, checked, and the story it made or changed. */
    const asAdmin = async (method: string, pathname: string, body?: unknown) => {
      const res = await site.asAdmin(method, pathname, body)
      expect(res.status).toBeLessThan(300)
      return (await res.json()).doc as { id: number | string; slug: string; title: string }
    }
    const publish = (title: string, text: string, tags: string[]) =>
      asAdmin('POST', '/api/articles', {
        title,
        dek: `A story about ${title.toLowerCase()}.`,
        body: lexicalParagraphs(text),
        tags,
        _status: 'published',
      })
    /** The results' heading, once it says `text` (a page is read when it is there, not before). */
    const resultsHeading = async (page: Page, text: RegExp | string) => {
      const heading = page.locator('h2#search-results', { hasText: text })
      await heading.waitFor({ timeout: 10_000 })
      return heading
    }
    /** Opens `url` until its results' heading says `text` (a page without JavaScript changes only when reloaded): 10 s at most. */
    const openUntil = async (page: Page, url: string, text: string) => {
      const deadline = Date.now() + 10_000
      for (;;) {
        await page.goto(url)
        if (await page.locator('h2#search-results', { hasText: text }).count()) {
          return
        }
        if (Date.now() > deadline) {
          throw new Error(
            `${url} still says “${await page.locator('h2#search-results').textContent()}”, not “${text}”`,
          )
        }
        await page.waitForTimeout(500)
      }
    }
    const titlesListed = (page: Page) => page.locator('.search-results h3 a').allInnerTexts()

    it('finds published stories by a word, marks it in each snippet, pages through them and follows a result, without JavaScript; never an unpublished story', async () => {
      const bakery = await publish(
        'Bakery reopens after the flood',
        `The ${WORD} came out of the oven at six, as it has for forty years.`,
        ['bakeries'],
      )
      const market = await publish(
        'Rye harvest fills the market',
        `Farmers said the rye would end up as ${WORD} in every bakery in town.`,
        ['markets'],
      )
      const recipe = await publish(
        `A ${WORD} recipe handed down`,
        'Three generations of bakers kept the same starter alive.',
        ['bakeries'],
      )
      // Never published, and published then withdrawn: neither may be found.
      const draft = await site.asAdmin('POST', '/api/articles?draft=true', {
        title: `Secret ${WORD} plans`,
        body: lexicalParagraphs(`The ${WORD} plans are not for readers yet.`),
        _status: 'draft',
      })
      expect(draft.status).toBe(201)
      const withdrawn = await publish(
        `Withdrawn ${WORD} story`,
        `A story about ${WORD} that was unpublished.`,
        ['bakeries'],
      )
      await asAdmin('PATCH', `/api/articles/${withdrawn.id}`, { _status: 'draft' })

      // From any page, the header leads to the search form.
      const page = await reader('198.51.100.150', { javaScript: false })
      await page.goto(`${site.app.baseURL}/`)
      await page.getByRole('banner').getByRole('link', { name: 'Search' }).click()
      await page.waitForURL(/\/search$/, { timeout: 10_000 })
      expect(await page.locator('h1').textContent()).toBe('Search')
      // No words yet: only the form.
      expect(await page.locator('#search-results').count()).toBe(0)

      await page.getByLabel('Search stories').fill(WORD)
      await page.getByRole('button', { name: 'Search' }).click()
      await page.waitForURL(new RegExp(`/search\\?q=${WORD}$`), { timeout: 10_000 })
      expect(await (await resultsHeading(page, /results for/)).textContent()).toBe(
        `3 results for “${WORD}”`,
      )
      const titles = await titlesListed(page)
      expect([...titles].sort()).toEqual([bakery.title, market.title, recipe.title].sort())
      // The title ranks first.
      expect(titles[0]).toBe(recipe.title)
      expect(await page.content()).not.toMatch(/Secret pumpernickel plans|Withdrawn pumpernickel/i)
      // Snippets come from the text: those whose text has the word mark it, and only the word (the
      // title's match, the recipe, shows the start of its text).
      const hits = page.locator('.search-results > li')
      let marked = 0
      for (const hit of await hits.all()) {
        const marks = await hit.locator('.snippet mark').allInnerTexts()
        marked += marks.length ? 1 : 0
        for (const mark of marks) {
          expect(mark.toLowerCase()).toBe(WORD)
        }
      }
      expect(marked).toBeGreaterThanOrEqual(2)
      const bakeryHit = hits.filter({ has: page.locator('h3', { hasText: bakery.title }) })
      expect(await bakeryHit.locator('.snippet').innerText()).toContain(`The ${WORD} came out`)
      expect(await bakeryHit.locator('.dek').innerText()).toBe(
        'A story about bakery reopens after the flood.',
      )
      expect(await bakeryHit.locator('.meta time').getAttribute('datetime')).toMatch(/^\d{4}-/)
      await page.screenshot({ path: path.join(DOCS, 'reader-search.png') })

      // A result's tag narrows the search to it, the words kept.
      await bakeryHit.getByRole('link', { name: 'bakeries' }).click()
      await page.waitForURL(/[?&]tag=bakeries(&|$)/, { timeout: 10_000 })
      await resultsHeading(page, `2 results for “${WORD}”`)
      expect(await page.locator('.hint').innerText()).toContain('Only stories tagged “bakeries”')
      expect((await titlesListed(page)).sort()).toEqual([bakery.title, recipe.title].sort())

      // One a page: the pages' links keep the words and the filter, and lead back.
      await page.goto(`${site.app.baseURL}/search?q=${WORD}&tag=bakeries&limit=1`)
      await resultsHeading(page, `2 results for “${WORD}”`)
      expect(await page.locator('.pages').innerText()).toContain('Page 1 of 2')
      expect(await page.locator('a[rel="prev"]').count()).toBe(0)
      const first = await titlesListed(page)
      expect(first).toHaveLength(1)
      await page.locator('a[rel="next"]').click()
      await page.waitForURL(/[?&]page=2(&|$)/, { timeout: 10_000 })
      const next = new URL(page.url()).searchParams
      expect([next.get('q'), next.get('tag'), next.get('limit')]).toEqual([WORD, 'bakeries', '1'])
      await page.locator('.pages', { hasText: 'Page 2 of 2' }).waitFor({ timeout: 10_000 })
      expect(await page.locator('a[rel="next"]').count()).toBe(0)
      const second = await titlesListed(page)
      expect([...first, ...second].sort()).toEqual([bakery.title, recipe.title].sort())
      await page.locator('a[rel="prev"]').click()
      await page.locator('.pages', { hasText: 'Page 1 of 2' }).waitFor({ timeout: 10_000 })
      expect(new URL(page.url()).searchParams.get('page')).toBeNull()

      // A page past the last says so; one past what the API serves is its 400, with its message.
      const past = await page.goto(`${site.app.baseURL}/search?q=${WORD}&page=7`)
      expect(past!.status()).toBe(200)
      expect(await page.locator('#search-results ~ p').first().innerText()).toContain(
        'There is no page 7 of these results',
      )
      const beyond = await page.goto(`${site.app.baseURL}/search?q=${WORD}&page=51`)
      expect(beyond!.status()).toBe(400)
      expect(await page.locator('#search-refused').innerText()).toMatch(/^page must be/)

      // Words no story has: a sentence that helps.
      await page.goto(`${site.app.baseURL}/search`)
      await page.getByLabel('Search stories').fill('xylophonists')
      await page.getByRole('button', { name: 'Search' }).click()
      await resultsHeading(page, 'No stories found for “xylophonists”')
      expect(await page.locator('#search-results + p').innerText()).toMatch(/^Check the spelling/)

      // A result leads to its story.
      await page.goto(`${site.app.baseURL}/search?q=${WORD}`)
      await page.getByRole('link', { name: market.title }).click()
      await page.waitForURL(new RegExp(`/stories/${market.slug}$`), { timeout: 10_000 })
      expect(await page.locator('h1').textContent()).toBe(market.title)
    })

    it('shows the API’s refusal of words too long with the page’s status 400, keeping the form', async () => {
      const page = await reader('198.51.100.151', { javaScript: false })
      await page.goto(`${site.app.baseURL}/search`)
      await page.getByLabel('Search stories').fill('word '.repeat(60))
      const answered = page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === '/search' &&
          response.request().isNavigationRequest(),
        { timeout: 10_000 },
      )
      await page.getByRole('button', { name: 'Search' }).click()
      expect((await answered).status()).toBe(400)
      const refused = page.locator('#search-refused')
      await refused.waitFor({ timeout: 10_000 })
      expect(await refused.innerText()).toBe('q is longer than 256 characters.')
      // The words stay in the form, which says what is wrong with them.
      const input = page.getByLabel('Search stories')
      expect(await input.getAttribute('aria-invalid')).toBe('true')
      expect(await input.getAttribute('aria-describedby')).toBe('search-refused')
      expect(await page.locator('#search-results').count()).toBe(0)
    })

    it('is never kept as a story page is: a publish shows in the next search at once', async () => {
      const url = `${site.app.baseURL}/search?q=sourdough`
      const before = await fetch(url)
      expect(before.status).toBe(200)
      expect(await before.text()).toContain('No stories found for “sourdough”')
      const again = await fetch(url)
      expect(again.headers.get('x-cache')).not.toBe('HIT')
      expect(again.headers.get('cache-control')).toMatch(/no-store/)
      await again.text()
      const story = await publish('Sourdough starters shared', 'Neighbours shared sourdough.', [])
      const page = await reader('198.51.100.152', { javaScript: false })
      await openUntil(page, url, '1 result for “sourdough”')
      expect(await titlesListed(page)).toEqual([story.title])
    })

    it('finds no serious or critical axe violation and valid HTML on the form, the results and a refusal', async () => {
      const checker = await reader('198.51.100.153')
      for (const pathname of [
        '/search',
        `/search?q=${WORD}&limit=1`,
        `/search?q=${'x'.repeat(300)}`,
        '/search?q=xylophonists',
      ]) {
        await checker.goto(`${site.app.baseURL}${pathname}`)
        await checker.locator('h1').waitFor({ timeout: 10_000 })
        expect([pathname, await seriousAxeViolations(checker)]).toEqual([pathname, []])
        const html = await (await fetch(`${site.app.baseURL}${pathname}`)).text()
        expect([pathname, await htmlValidationMessages(html)]).toEqual([pathname, []])
      }
    })
  })
}
