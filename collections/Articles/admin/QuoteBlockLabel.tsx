import type { PayloadRequest, ServerProps } from 'payload'
import type React from 'react'

import type { QuoteDoc } from '../../../src/plugin/documents'

import { seesIdentities } from '../../../src/plugin/access/roles'
import { idOf } from '../../../src/plugin/ids'
import { publishProblems } from '../../../src/plugin/publishGate/publishProblems'
import { lexicalBody, paragraphNode, quoteNode } from '../../../src/plugin/richText/lexical'

type Props = {
  req?: PayloadRequest
  siblingData?: { quote?: unknown }
  data?: { quote?: unknown }
  quotesSlug?: string
} & ServerProps

/** The chip is at most 300 px wide: one line, cut with an ellipsis; the tooltip has it all. */
const ONE_LINE: React.CSSProperties = {
  display: 'block',
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
}

/** A chip whose quote the publish gate would refuse: outlined in the admin's error colour. */
const FLAGGED: React.CSSProperties = {
  ...ONE_LINE,
  color: 'var(--theme-error-750)',
  boxShadow: '0 0 0 2px var(--theme-error-500)',
  borderRadius: 2,
}

/** What the publish gate would say of this quote alone (no speaker, anonymity unrecorded, footage unassessed). */
const problemsOf = (quote: QuoteDoc): string[] =>
  publishProblems({
    body: lexicalBody(paragraphNode(quoteNode(quote.id, '0'.repeat(24)))),
    quotes: new Map([[quote.id, quote]]),
  }).map((problem) => problem.message)

const titleOf = (value: unknown, key: string): string | undefined =>
  value && typeof value === 'object'
    ? ((value as Record<string, unknown>)[key] as string | undefined) || undefined
    : undefined

/**
 * The inline quote block's label in the editor: who said it first (a cut chip still names the
 * speaker), then the words, so an editor reads the paragraph as printed. The tooltip adds the kind
 * and the article the quote belongs to. Read with the editor's own access: Payload hands the form's
 * request to labels rendered inside the editor, and not always `user`.
 */
export const QuoteBlockLabel = async ({
  payload,
  user,
  req,
  siblingData,
  data,
  quotesSlug = 'quotes',
}: Props) => {
  const id = idOf(siblingData?.quote ?? data?.quote)
  if (id === undefined) {
    return (
      <span className="quote-block-label" style={ONE_LINE}>
        Quote (none chosen yet: pick one, or remove this chip)
      </span>
    )
  }
  const viewer = user ?? req?.user ?? null
  const quote = viewer
    ? await payload
        .findByID({
          collection: quotesSlug as 'quotes',
          id,
          depth: 1,
          overrideAccess: false,
          user: viewer,
          disableErrors: true,
        })
        .catch(() => null)
    : null
  if (!quote) {
    return (
      <span className="quote-block-label" style={ONE_LINE}>
        Quote {String(id)} (deleted, or not visible to you)
      </span>
    )
  }
  const speaker = titleOf(quote.speaker, 'name') ?? titleOf(quote.speaker, 'description')
  const article = titleOf(quote.article, 'title')
  // Those who publish see, on the chip itself, what the publish gate would refuse about this quote
  // (others may not read every field the rules look at, so they would get false alarms).
  const problems = seesIdentities(viewer) ? problemsOf(quote as QuoteDoc) : []
  const title = `${speaker ? `${speaker}: ` : ''}“${quote.text}” (${quote.kind}${article ? `, from “${article}”` : ''})`
  return (
    <span
      className={`quote-block-label${problems.length ? ' quote-block-label--problem' : ''}`}
      data-problems={problems.length ? problems.join('\n') : undefined}
      style={problems.length ? FLAGGED : ONE_LINE}
      title={problems.length ? `${problems.join('\n')}\n\n${title}` : title}
    >
      {problems.length ? <span aria-label="Cannot be published as it is">⚠ </span> : null}
      {speaker ? <strong>{speaker}: </strong> : <em>No speaker yet: </em>}
      {quote.text}
    </span>
  )
}
