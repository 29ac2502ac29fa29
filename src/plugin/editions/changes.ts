import { diffWords } from 'diff'

import type { ChangedWords, DeliveryLogEntry, EditionChanges } from '../delivery/types'
import type { EditionDocument } from './buildEdition'

import { bodyToPlainText } from '../richText/plainText'

/** The story's words as readers read them: its quotes' words in place (pictures say nothing). */
export const editionText = (document: Pick<EditionDocument, 'body' | 'quotes'>): string => {
  const quotes = new Map(document.quotes.map((quote) => [String(quote.id), quote.text]))
  return bodyToPlainText(document.body, (ref) =>
    ref == null
      ? ''
      : (quotes.get(String(typeof ref === 'object' ? (ref as { id?: unknown }).id : ref)) ?? ''),
  )
}

/** jsdiff's runs, kept to what a reader needs (no counts), joined where two runs of one kind meet. */
const runs = (before: string, after: string): ChangedWords[] =>
  diffWords(before, after).map((part) => ({
    value: part.value,
    ...(part.added ? { added: true as const } : {}),
    ...(part.removed ? { removed: true as const } : {}),
  }))

/**
 * The words removed and added between two editions: the headline, the dek, the text (with its
 * quotes' words) and each live update both carry, compared word by word by jsdiff, the library
 * NewsDiffs-style tools use; and the log entries the later one added.
 */
export const changesBetween = (
  from: { number: number; document: EditionDocument },
  to: { number: number; document: EditionDocument },
): EditionChanges => {
  const earlierLog = new Map(from.document.updateLog.map((entry) => [entry.id, entry]))
  return {
    from: from.number,
    to: to.number,
    title: runs(from.document.title, to.document.title),
    dek: runs(from.document.dek ?? '', to.document.dek ?? ''),
    body: runs(editionText(from.document), editionText(to.document)),
    logEntries: to.document.updateLog.filter((entry) => !earlierLog.has(entry.id)),
    updates: to.document.updateLog.flatMap((entry) => {
      const before = earlierLog.get(entry.id)
      if (!before || entry.type !== 'update') {
        return []
      }
      const [headlineBefore, headlineAfter] = [before.headline ?? '', entry.headline ?? '']
      const [textBefore, textAfter] = [
        updateText(before, from.document),
        updateText(entry, to.document),
      ]
      return headlineBefore === headlineAfter && textBefore === textAfter
        ? []
        : [
            {
              id: entry.id,
              headline: runs(headlineBefore, headlineAfter),
              text: runs(textBefore, textAfter),
            },
          ]
    }),
  }
}

/** A published update's words as readers read them: its text, its quotes' words in place (else its line). */
const updateText = (entry: DeliveryLogEntry, document: Pick<EditionDocument, 'quotes'>): string =>
  entry.body ? editionText({ body: entry.body, quotes: document.quotes }) : entry.text
