/** Editor's day (editorsDay.e2e.ts): an editor changes a dek, reads an unpublished story's quotes, makes quotes in the admin's editor and adds an update note. */
import type { Page } from 'playwright-core'

import { eventually, publishInAdmin } from '../../helpers/browser'
import { bodyQuoting, lexicalParagraphs } from '../../helpers/fixtures'
import { type EditorsDay } from './context'
import {
  nameExistingSpeaker,
  openChipsQuote,
  quoteSelectedWords,
  saveQuoteAndChip,
  textEditor,
} from './quoting'

export const anEditor = (day: EditorsDay) => {
  const { logIn, shot, asEditor, publicArticle, story } = day
  describe('an editor', () => {
    let page: Page
    beforeAll(async () => {
      page = await logIn('editor')
    })

    it('changes the dek: the draft stays private until published, then the public gets it', async () => {
      const publishedDek = (await publicArticle()).dek
      await page.goto(`${day.app.baseURL}/admin/collections/articles/${day.articleId}`)
      await page.waitForSelector('#field-dek')
      // Each inline quote reads as printed: its words and speaker, not a bare “Quote”.
      await page
        .locator('.quote-block-label', { hasText: 'Tell them I was trying to protect her.' })
        .first()
        .waitFor({ timeout: 30_000 })
      expect(await page.locator('.quote-block-label').count()).toBe(7)
      const chip = page
        .locator('.quote-block-label', { hasText: 'Tell them I was trying to protect her.' })
        .first()
      // The speaker first, so a chip cut at 300 px still says who; the tooltip adds the kind and the article.
      expect(await chip.textContent()).toBe(
        'the officer, heard in the leaked clip: Tell them I was trying to protect her.',
      )
      expect(await chip.getAttribute('title')).toMatch(/\(verbatim, from “The officer/)
      await page.mouse.wheel(0, 450)
      await page.waitForTimeout(300)
      await shot(page, '1a2-inline-quote-labels')
      await shot(page, '1a-editor-opens-story')
      await page.fill('#field-dek', 'An editor’s new dek, written in the browser.')
      // Autosave keeps the change as a draft.
      await page.waitForTimeout(3_500)
      await shot(page, '1b-draft-saved')
      expect((await publicArticle()).dek).toBe(publishedDek)

      await publishInAdmin(page)
      const after = await eventually(
        publicArticle,
        (a) => a.dek === 'An editor’s new dek, written in the browser.',
      )
      expect(after.dek).toBe('An editor’s new dek, written in the browser.')
      await shot(page, '1c-published')
    })

    it('reads the quotes of a story that has not run yet with an editor’s access, not as the public would', async () => {
      const source = (
        await asEditor('POST', '/api/sources', {
          kind: 'official',
          description: 'a council spokesperson',
          name: 'Dana Reyes',
          role: 'Council spokesperson',
        })
      ).doc
      const quote = (
        await asEditor('POST', '/api/quotes', {
          text: 'The council will publish the review in full.',
          speaker: source.id,
        })
      ).doc
      const draft = (
        await asEditor('POST', '/api/articles?draft=true', {
          title: 'A story still in draft',
          body: bodyQuoting(quote.id, 'The council said: “'),
          _status: 'draft',
        })
      ).doc
      // Nobody outside the newsroom can read that quote yet.
      expect((await fetch(`${day.app.baseURL}/api/quotes/${quote.id}`)).status).toBe(404)
      await page.goto(`${day.app.baseURL}/admin/collections/articles/${draft.id}`)
      await page.getByRole('button', { name: 'Story', exact: true }).click()
      const chip = page.locator('.quote-block-label').first()
      await chip.waitFor({ timeout: 30_000 })
      expect(await chip.textContent()).toBe(
        'Dana Reyes: The council will publish the review in full.',
      )
      await shot(page, '1d-draft-quote-chip')
    })

    it('turns selected words into a quote with the “Quote” button, names the speaker, publishes, and a reader reads it attributed', async () => {
      await asEditor('POST', '/api/sources', {
        kind: 'official',
        description: 'the council’s chief engineer',
        name: 'Lee Park',
        role: 'Chief engineer',
      })
      const draft = (
        await asEditor('POST', '/api/articles?draft=true', {
          title: 'The station will be rebuilt',
          body: lexicalParagraphs(
            'The engineer said: “We will rebuild the station by spring.” Then she left.',
          ),
          _status: 'draft',
        })
      ).doc
      await page.goto(`${day.app.baseURL}/admin/collections/articles/${draft.id}`)
      await page.getByRole('button', { name: 'Story', exact: true }).click()
      const body = textEditor(page, 'body')
      const { chip, paragraph } = await quoteSelectedWords(
        body,
        'We will rebuild the station by spring.',
      )
      // Flagged until someone is named: the publish gate would refuse it.
      expect(await chip.getAttribute('class')).toContain('quote-block-label--problem')
      expect(await paragraph.innerText()).toMatch(
        /^The engineer said: “\s*⚠ No speaker yet: We will rebuild the station by spring\.\s*” Then she left\.$/,
      )
      await shot(page, '1e-quote-from-selection')

      await nameExistingSpeaker(page, body, {
        words: 'We will rebuild the station by spring.',
        source: { description: 'the council’s chief engineer', name: 'Lee Park' },
      })
      await publishInAdmin(page)

      const slug = draft.slug
      const served = await eventually(
        async () => (await fetch(`${day.app.baseURL}/api/articles/slug/${slug}`)).json(),
        (doc: any) => doc.quotes?.length === 1,
      )
      expect(served.quotes[0]).toMatchObject({
        text: 'We will rebuild the station by spring.',
        kind: 'verbatim',
      })
      expect(served.sources).toEqual([
        expect.objectContaining({ id: served.quotes[0].speaker, name: 'Lee Park' }),
      ])
      expect(served.bodyHtml).toContain('The engineer said: “<q class="quote"')
      const reader = await day.browser.newPage()
      await reader.goto(`${day.app.baseURL}/stories/${slug}`)
      expect(await reader.locator('.story-body q').textContent()).toBe(
        'We will rebuild the station by spring.',
      )
      expect(await reader.locator('.sources').textContent()).toContain('Lee Park')
      await reader.close()
    })

    it('names a new speaker from the quote’s own form, no third drawer: every field typed into arrives', async () => {
      const draft = (
        await asEditor('POST', '/api/articles?draft=true', {
          title: 'The mayor spoke',
          body: lexicalParagraphs('The mayor said: “We will reopen the square.” Then she left.'),
          _status: 'draft',
        })
      ).doc
      await page.goto(`${day.app.baseURL}/admin/collections/articles/${draft.id}`)
      await page.getByRole('button', { name: 'Story', exact: true }).click()
      const body = textEditor(page, 'body')
      await quoteSelectedWords(body, 'We will reopen the square.')
      await openChipsQuote(page, body, 'We will reopen the square.')
      await page.getByRole('button', { name: '+ Name a new speaker here' }).click()
      const form = page.locator('#new-speaker')
      await form.getByLabel('Kind').selectOption('official')
      await form
        .getByLabel('Description (as the story refers to them)')
        .fill('the mayor, at the council meeting')
      await form.getByLabel('Name (if the story names them)').fill('Ana Ortiz')
      await form.getByLabel('Title or role').fill('Mayor')
      // What was typed is still there, every field, before anything is sent.
      expect(await form.getByLabel('Description (as the story refers to them)').inputValue()).toBe(
        'the mayor, at the council meeting',
      )
      expect(await form.getByLabel('Name (if the story names them)').inputValue()).toBe('Ana Ortiz')
      expect(await form.getByLabel('Title or role').inputValue()).toBe('Mayor')
      expect(await form.getByLabel('Kind').inputValue()).toBe('official')
      await form.getByRole('button', { name: 'Create and use as speaker' }).click()
      await page.locator('#new-speaker').waitFor({ state: 'detached' })
      await saveQuoteAndChip(page, body, 'Ana Ortiz: We will reopen the square.')
      const sources = (
        await asEditor(
          'GET',
          `/api/sources?where[name][equals]=${encodeURIComponent('Ana Ortiz')}`,
          undefined,
        )
      ).docs
      expect(sources).toEqual([
        expect.objectContaining({
          kind: 'official',
          description: 'the mayor, at the council meeting',
          role: 'Mayor',
        }),
      ])
      // The quote made from the story's words names the story at once (not "<No Article>" until it is published).
      const quotes = (
        await asEditor(
          'GET',
          `/api/quotes?where[text][equals]=${encodeURIComponent('We will reopen the square.')}&depth=0`,
          undefined,
        )
      ).docs
      expect(quotes.map((quote: { article: unknown }) => quote.article)).toEqual([draft.id])
    })

    it('keeps no empty chip when the quote drawer is closed without choosing', async () => {
      const [published] = (
        await (
          await fetch(
            `${day.app.baseURL}/api/articles?where[title][equals]=${encodeURIComponent('The station will be rebuilt')}&depth=0`,
          )
        ).json()
      ).docs
      await page.goto(`${day.app.baseURL}/admin/collections/articles/${published.id}`)
      await page.getByRole('button', { name: 'Story', exact: true }).click()
      const paragraph = page.locator('.ContentEditable__root p').first()
      await paragraph.click()
      await page.keyboard.press('End')
      // Nothing selected: the button opens the drawer to pick a quote; the editor leaves it.
      await page.locator('[data-button-key="insertQuote"]').first().click()
      await page.getByRole('heading', { name: 'Edit Quote' }).waitFor()
      await page.keyboard.press('Escape')
      // The empty chip stays while the editor works (autosaves keep it)…
      await eventually(
        async () => page.locator('.quote-block-label').count(),
        (count) => count === 2,
      )
      await page.waitForTimeout(3_000) // an autosave's answer must not take it away
      expect(await page.locator('.quote-block-label').count()).toBe(2)
      // …and a save the editor chooses drops it.
      await publishInAdmin(page)
      await eventually(
        async () => (await fetch(`${day.app.baseURL}/api/articles/${published.id}?depth=0`)).json(),
        (doc: any) => doc.updatedAt !== published.updatedAt,
      )
      const saved = await (
        await fetch(`${day.app.baseURL}/api/articles/${published.id}?depth=0`)
      ).json()
      const chips = JSON.stringify(saved.body).match(/"blockType":"quote"/g) ?? []
      expect(chips).toHaveLength(1)
    })

    it('adds an update note to the developing story; the delivery endpoint shows it', async () => {
      await page.goto(`${day.app.baseURL}/admin/collections/articles/${day.articleId}`)
      await page.getByRole('button', { name: 'Updates and corrections' }).click()
      await page.getByRole('button', { name: /Add Entry/i }).click()
      await page.fill('#field-updateLog__0__text', 'Investigators confirmed the review is ongoing.')
      await shot(page, '2a-update-note')
      await publishInAdmin(page)
      const served = await eventually(story, (s) =>
        s.updateLog?.some((e: any) => e.text === 'Investigators confirmed the review is ongoing.'),
      )
      expect(served.updateLog).toEqual([
        expect.objectContaining({
          type: 'update',
          text: 'Investigators confirmed the review is ongoing.',
          date: expect.any(String),
        }),
      ])
      expect(served.storyStatus).toBe('developing')
      await shot(page, '2b-update-published')
    })

    it('sees the published entry read-only, with why (only an admin may change it)', async () => {
      await page.goto(`${day.app.baseURL}/admin/collections/articles/${day.articleId}`)
      // The admin remembers the tab last open, so wait for the tabs rather than the Story tab's fields.
      await page.getByRole('button', { name: 'Updates and corrections' }).click()
      const text = page.locator('#field-updateLog__0__text')
      await text.waitFor({ state: 'attached' })
      expect(await text.inputValue()).toBe('Investigators confirmed the review is ongoing.')
      expect(await text.isEditable()).toBe(false)
      expect(await page.locator('.published-log-entry-note').first().textContent()).toMatch(
        /permanent/,
      )
      await shot(page, '2c-published-entry-read-only')
      // That an admin may still change it (recorded under “Changes to published entries”) is tested over REST (standards.updateLog).
    })
  })
}
