/** Editor's day (editorsDay.e2e.ts): a live update with a quote, written in the admin on a published developing story, and what readers then get. */
import type { Page } from 'playwright-core'

import { eventually, publishInAdmin } from '../../helpers/browser'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { type EditorsDay } from './context'
import { nameExistingSpeaker, quoteSelectedWords, textEditor } from './quoting'

const SOURCE = {
  kind: 'official',
  description: 'the fire brigade’s duty officer',
  name: 'Sam Okafor',
  role: 'Duty officer',
}
const EARLIER_LINE = 'Firefighters were called to the depot at six.'
const HEADLINE = 'Depot fire under control'
const WORDS = 'The fire is under control.'
const TYPED = `The duty officer said: “${WORDS}” Crews will stay overnight.`

export const aLiveUpdate = (day: EditorsDay) => {
  const { logIn, shot, asEditor } = day
  describe('a live update, written in the admin', () => {
    let page: Page
    beforeAll(async () => {
      page = await logIn('editor')
    })
    afterAll(async () => {
      await page?.context().close()
    })

    it('an editor adds a key event quoting a source to a published developing story; readers get it attributed, among the key events', async () => {
      const source = (await asEditor('POST', '/api/sources', SOURCE)).doc
      expect(source?.id).toBeDefined()
      const published = (
        await asEditor('POST', '/api/articles', {
          title: 'Fire at the bus depot',
          body: lexicalParagraphs('A fire broke out at the bus depot before dawn.'),
          storyStatus: 'developing',
          updateLog: [{ type: 'update', text: EARLIER_LINE }],
          _status: 'published',
        })
      ).doc
      expect(published?.slug).toBeTruthy()
      const slug: string = published.slug
      const delivered = async () =>
        (await fetch(`${day.app.baseURL}/api/articles/slug/${slug}`)).json()
      expect((await delivered()).updateLog).toEqual([
        expect.objectContaining({ type: 'update', text: EARLIER_LINE }),
      ])

      // The editor adds the second entry: an update (the type an entry starts with), its headline…
      await page.goto(`${day.app.baseURL}/admin/collections/articles/${published.id}`)
      await page.getByRole('button', { name: 'Updates and corrections' }).click()
      await page.locator('#field-updateLog__0__text').waitFor({ state: 'attached' })
      await page.getByRole('button', { name: /Add Entry/i }).click()
      const headline = page.locator('#field-updateLog__1__headline')
      await headline.waitFor({ timeout: 30_000 })
      await headline.fill(HEADLINE)
      // …its own text, typed into the update's editor (not the story's body)…
      const text = textEditor(page, 'updateLog.1.body')
      await text.locator('.ContentEditable__root').click()
      await page.keyboard.type(TYPED)
      const paragraph = text.locator('.ContentEditable__root p').first()
      const typed = await eventually(
        async () => paragraph.innerText().catch(() => ''),
        (read) => read === TYPED,
      )
      expect(typed).toBe(TYPED)
      // …whose quoted words become a quote with the “ ” Quote button, attributed to the source…
      await quoteSelectedWords(text, WORDS)
      await nameExistingSpeaker(page, text, { words: WORDS, source: SOURCE })
      expect(await paragraph.innerText()).toMatch(
        /^The duty officer said: “\s*Sam Okafor: The fire is under control\.\s*” Crews will stay overnight\.$/,
      )
      // …and it is a key event. Its line is not typed: the start of its text is used (an autosave
      // may already have filled it in).
      await page.locator('#field-updateLog__1__keyEvent').check()
      expect(await page.locator('#field-updateLog__1__keyEvent').isChecked()).toBe(true)
      await shot(page, '7a-live-update-with-quote')
      await publishInAdmin(page)

      // The delivery document: both entries, the new one dated, its headline, key event, line and
      // text as HTML with the quote pointing at its speaker.
      const served = await eventually(delivered, (doc: any) =>
        doc.updateLog?.some((entry: any) => entry.headline === HEADLINE),
      )
      expect(served.storyStatus).toBe('developing')
      expect(served.updateLog).toHaveLength(2)
      const [earlier, update] = served.updateLog
      expect(earlier).toMatchObject({ type: 'update', text: EARLIER_LINE, keyEvent: false })
      expect(update).toMatchObject({
        type: 'update',
        headline: HEADLINE,
        keyEvent: true,
        pinned: false,
        text: TYPED,
        date: expect.any(String),
      })
      const quote = served.quotes.find((q: any) => q.text === WORDS)
      expect(quote).toMatchObject({ text: WORDS, kind: 'verbatim' })
      expect(served.sources).toContainEqual(
        expect.objectContaining({ id: quote.speaker, name: 'Sam Okafor', role: 'Duty officer' }),
      )
      expect(update.html).toContain(
        `The duty officer said: “<q class="quote" data-quote="${quote.id}" cite="#source-${quote.speaker}" aria-describedby="source-${quote.speaker}"`,
      )
      expect(update.html).toContain(`>${WORDS}</q>” Crews will stay overnight.`)

      // The story page, as a reader gets it: the update among the key events, linked to its place
      // in the log, and its quote marked as the source's.
      const reader = await day.browser.newPage()
      try {
        const keyEvents = reader.locator('.key-events li a')
        const listed = await eventually(
          async () => {
            await reader.goto(`${day.app.baseURL}/stories/${slug}`)
            return keyEvents.allInnerTexts()
          },
          (texts) => texts.some((line) => line.endsWith(`: ${HEADLINE}`)),
        )
        // Only the key event: the earlier update is not one.
        expect(listed).toEqual([expect.stringMatching(new RegExp(`: ${HEADLINE}$`))])
        expect(await keyEvents.first().getAttribute('href')).toBe(`#update-${update.id}`)
        const entry = reader.locator(`#update-${update.id}`)
        expect(await entry.locator('h3').textContent()).toBe(HEADLINE)
        expect(await entry.locator('.key-event-mark').textContent()).toContain('Key event')
        expect(await entry.locator('.update-text q').textContent()).toBe(WORDS)
        expect(await entry.locator('.update-text').innerText()).toMatch(
          /^The duty officer said: “The fire is under control\.”\s*\d+\s*Crews will stay overnight\.$/,
        )
        const mark = entry.locator('.update-text sup.quote-source a')
        expect(await mark.getAttribute('href')).toBe(`#source-${quote.speaker}`)
        expect(await mark.getAttribute('aria-label')).toMatch(/^Source \d+: Sam Okafor$/)
        expect(await reader.locator(`#source-${quote.speaker}`).innerText()).toContain('Sam Okafor')
        await shot(reader, '7b-live-update-read')
      } finally {
        await reader.close()
      }
    })
  })
}
