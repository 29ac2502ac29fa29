/**
 * Editor's day (editorsDay.e2e.ts): a quote made in one of the story's text editors, as an editor
 * makes it in the admin (select the words, press “ ” Quote, name the speaker in the chip's drawer).
 * The same steps in the story's body and in a live update's text: `editor` is the field's editor,
 * `textEditor(page, 'body')` or `textEditor(page, 'updateLog.1.body')`.
 */
import type { Locator, Page } from 'playwright-core'

import { eventually } from '../../helpers/browser'

/** A rich-text field's editor (its toolbar and text) in the document's form, by the field's path. */
export const textEditor = (page: Page, fieldPath: string): Locator =>
  page.locator(`[data-field-path="${fieldPath}"]`)

/** The editor's first quote chip. */
export const firstChip = (editor: Locator) => editor.locator('.quote-block-label').first()

/** Waits (with a deadline) until the chip reads `expected`, and fails saying what it read instead. */
export const chipReads = async (chip: Locator, expected: string) => {
  const text = await eventually(
    async () => chip.textContent().catch(() => ''),
    (read) => read === expected,
  )
  expect(text).toBe(expected)
}

/** Selects the first paragraph's quoted words, marks included, as an editor would with the mouse. */
export const selectQuotedWords = async (editor: Locator) => {
  const paragraph = editor.locator('.ContentEditable__root p').first()
  await paragraph.click()
  await paragraph.evaluate((p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
    const text = walker.nextNode()!
    const range = document.createRange()
    range.setStart(text, text.textContent!.indexOf('“'))
    range.setEnd(text, text.textContent!.indexOf('”') + 1)
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
  })
  return paragraph
}

/**
 * Selects the first paragraph's quoted words and presses the editor's “ ” Quote button: the words
 * become a chip (a new quote record), flagged until its speaker is named. Returns the chip and its paragraph.
 */
export const quoteSelectedWords = async (editor: Locator, words: string) => {
  const paragraph = await selectQuotedWords(editor)
  await editor.locator('[data-button-key="insertQuote"]').first().click()
  const chip = firstChip(editor)
  await chipReads(chip, `⚠ No speaker yet: ${words}`)
  return { chip, paragraph }
}

/** Opens the unattributed chip's quote (its drawer, then the quote's own form). */
export const openChipsQuote = async (page: Page, editor: Locator, words: string) => {
  await editor.locator('.LexicalEditorTheme__inlineBlock__editButton').first().click()
  // The picker titles the quote by its speaker (none yet) and words.
  await page.getByRole('button', { name: `Edit No speaker yet: “${words}”` }).click()
}

/** Saves the quote's form, closes it and saves the chip's drawer; waits until the chip reads `chipText`. */
export const saveQuoteAndChip = async (page: Page, editor: Locator, chipText: string) => {
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await page.getByText('Updated successfully').first().waitFor()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await chipReads(firstChip(editor), chipText)
}

/**
 * Names an existing source as the speaker of the editor's first (unattributed) chip: searched for
 * by its description in the quote's Speaker picker (it lists the sources a page at a time), chosen,
 * saved; waits until the chip reads “<name>: <words>”.
 */
export const nameExistingSpeaker = async (
  page: Page,
  editor: Locator,
  { words, source }: { words: string; source: { description: string; name: string } },
) => {
  await openChipsQuote(page, editor, words)
  await page.locator('#field-speaker .rs__control').last().click()
  await page.keyboard.type(source.description)
  await page.getByRole('option', { name: source.description, exact: true }).first().click()
  await saveQuoteAndChip(page, editor, `${source.name}: ${words}`)
}
