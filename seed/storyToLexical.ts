import {
  lexicalBody,
  type LexicalBody,
  paragraphNode,
  quoteNode,
  type QuoteNode,
  textNode,
  type TextNode,
} from 'newsroom-payload'
import crypto from 'node:crypto'

/** Stable block ids, so re-running the seed produces the very same document. */
const blockId = (quoteText: string) =>
  crypto.createHash('sha1').update(quoteText).digest('hex').slice(0, 24)

/**
 * One Lexical paragraph per story paragraph. Wherever a quote's words appear, they become an inline
 * quote block pointing at the quote record; the text around it (quotation marks included) stays text,
 * so rendering each block as its quote's words gives back the paragraph exactly.
 */
export const storyToLexical = (
  paragraphs: string[],
  quotes: { text: string; id: number | string }[],
): LexicalBody => {
  const unplaced = new Set(quotes.map((quote) => quote.text))
  const children = paragraphs.map((paragraph) => {
    const nodes: (QuoteNode | TextNode)[] = []
    let rest = paragraph
    while (rest) {
      const next = quotes
        .map((quote) => ({ quote, at: rest.indexOf(quote.text) }))
        .filter(({ at }) => at >= 0)
        .sort((a, b) => a.at - b.at)[0]
      if (!next) {
        nodes.push(textNode(rest))
        break
      }
      if (next.at > 0) {
        nodes.push(textNode(rest.slice(0, next.at)))
      }
      nodes.push(quoteNode(next.quote.id, blockId(next.quote.text)))
      unplaced.delete(next.quote.text)
      rest = rest.slice(next.at + next.quote.text.length)
    }
    return paragraphNode(...nodes)
  })
  if (unplaced.size) {
    throw new Error(`Quotes not found in the story text: ${[...unplaced].join(' | ')}`)
  }
  return lexicalBody(...children)
}
