import type { ServerProps } from 'payload'

import React from 'react'

import { idOf } from '../ids'

type Props = ServerProps & { siblingData?: { quote?: unknown }; data?: { quote?: unknown }; quotesSlug?: string }

/** The chip is at most 300 px wide: one line, cut with an ellipsis; the tooltip has it all. */
const ONE_LINE: React.CSSProperties = { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }

/**
 * The inline quote block's label in the editor: the quote's words and who said them, instead of a
 * bare “Quote”, so an editor reads the paragraph as printed. Read with the editor's own access.
 */
export const QuoteBlockLabel = async ({ payload, user, siblingData, data, quotesSlug = 'quotes' }: Props) => {
  const id = idOf(siblingData?.quote ?? data?.quote)
  if (id === undefined) return <span className="quote-block-label" style={ONE_LINE}>Quote (none chosen)</span>
  const quote = await payload
    .findByID({ collection: quotesSlug as 'quotes', id, depth: 1, overrideAccess: false, user, disableErrors: true })
    .catch(() => null)
  if (!quote) return <span className="quote-block-label" style={ONE_LINE}>Quote (missing: deleted or not visible to you)</span>
  const speaker = quote.speaker && typeof quote.speaker === 'object' ? quote.speaker.name || quote.speaker.description : undefined
  return (
    <span className="quote-block-label" style={ONE_LINE} title={`${quote.text}${speaker ? ` — ${speaker}` : ''} (${quote.kind})`}>
      {quote.text}
      {speaker ? <span style={{ opacity: 0.65 }}> — {speaker}</span> : null}
    </span>
  )
}
