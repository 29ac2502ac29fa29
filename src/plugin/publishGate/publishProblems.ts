import type { QuoteDoc as Quote, SourceDoc as Source } from '../documents'

import { idOf } from '../ids'
import { hasWords, pictureRefsIn, quoteRefsIn } from '../richText/lexical'

export type PublishProblem = { path: string; message: string }

const excerpt = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`

const isRecording = (source: Source) => source.kind === 'footage'

/**
 * The newsroom's sourcing rules for a publishable article (AP and SPJ: attribute every quote; say
 * why anonymity was granted and which editor knows the source; know where footage came from).
 * Pure: it is given the body and the quotes it references, with speaker and `via` populated.
 */
export const publishProblems = ({
  body,
  quotes,
  pictures = new Set(),
}: {
  body: unknown
  /** The referenced quotes by id; a missing id means the quote was deleted. */
  quotes: Map<number | string, Quote>
  /** The ids (as strings) of the body's pictures that exist; a missing id means the picture was deleted. */
  pictures?: Set<string>
}): PublishProblem[] => {
  const problems: PublishProblem[] = []
  if (!hasWords(body)) {
    problems.push({
      path: 'body',
      message: 'The body is empty: an article needs text to be published.',
    })
  }
  for (const id of new Set(pictureRefsIn(body).map((ref) => String(idOf(ref) ?? 'missing')))) {
    if (!pictures.has(id)) {
      problems.push({
        path: 'body',
        message: `The body shows a picture that no longer exists (id ${id}); remove it or pick another.`,
      })
    }
  }

  const checkedRecordings = new Set<number | string>()
  for (const ref of quoteRefsIn(body)) {
    const id = idOf(ref)
    const quote = id === undefined ? undefined : quotes.get(id)
    if (!quote) {
      problems.push({
        path: 'body',
        message: `The body refers to quote ${id ?? '(none)'}, which has been deleted or which you may not read; remove its chip or pick another quote.`,
      })
      continue
    }
    const speaker = typeof quote.speaker === 'object' ? quote.speaker : undefined
    if (!speaker) {
      problems.push({
        path: 'body',
        message: `The quote ${excerpt(quote.text)} has no speaker: say who said it.`,
      })
    } else if (speaker.kind === 'anonymous') {
      if (!speaker.anonymity?.reason?.trim()) {
        problems.push({
          path: 'body',
          message: `The anonymous source of ${excerpt(quote.text)} has no reason for anonymity recorded.`,
        })
      }
      if (!speaker.anonymity?.approvedBy) {
        problems.push({
          path: 'body',
          message: `The anonymous source of ${excerpt(quote.text)} has no approving editor.`,
        })
      }
    }
    for (const source of [speaker, typeof quote.via === 'object' ? quote.via : undefined]) {
      if (!source || !isRecording(source) || checkedRecordings.has(source.id)) {
        continue
      }
      checkedRecordings.add(source.id)
      if (!source.provenance?.verificationStatus) {
        problems.push({
          path: 'body',
          message: `The recording “${source.description}” (quoted in ${excerpt(quote.text)}) has no verification status.`,
        })
      }
    }
  }
  return problems
}
