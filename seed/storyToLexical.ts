import crypto from 'node:crypto'

import { QUOTE_BLOCK_SLUG } from '../src/fields/articleBody'

type TextNode = { type: 'text'; text: string; detail: 0; format: 0; mode: 'normal'; style: ''; version: 1 }
type QuoteNode = {
  type: 'inlineBlock'
  version: 1
  fields: { id: string; blockName: ''; blockType: typeof QUOTE_BLOCK_SLUG; quote: number | string }
}
type ParagraphNode = {
  type: 'paragraph'
  children: (QuoteNode | TextNode)[]
  direction: 'ltr'
  format: ''
  indent: 0
  textFormat: 0
  textStyle: ''
  version: 1
}
export type LexicalBody = {
  root: { type: 'root'; children: ParagraphNode[]; direction: 'ltr'; format: ''; indent: 0; version: 1 }
}

const text = (value: string): TextNode => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })

/** Stable block ids, so re-running the seed produces the very same document. */
const blockId = (quoteText: string) => crypto.createHash('sha1').update(quoteText).digest('hex').slice(0, 24)

const quoteNode = (quoteText: string, quoteId: number | string): QuoteNode => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: blockId(quoteText), blockName: '', blockType: QUOTE_BLOCK_SLUG, quote: quoteId },
})

/**
 * One Lexical paragraph per story paragraph. Wherever a quote's words appear, they become an inline
 * quote block pointing at the quote record; the text around it (quotation marks included) stays text,
 * so rendering each block as its quote's words gives back the paragraph exactly.
 */
export const storyToLexical = (paragraphs: string[], quotes: { text: string; id: number | string }[]): LexicalBody => {
  const unplaced = new Set(quotes.map((quote) => quote.text))
  const children = paragraphs.map((paragraph): ParagraphNode => {
    const nodes: (QuoteNode | TextNode)[] = []
    let rest = paragraph
    while (rest) {
      const next = quotes
        .map((quote) => ({ quote, at: rest.indexOf(quote.text) }))
        .filter(({ at }) => at >= 0)
        .sort((a, b) => a.at - b.at)[0]
      if (!next) {
        nodes.push(text(rest))
        break
      }
      if (next.at > 0) nodes.push(text(rest.slice(0, next.at)))
      nodes.push(quoteNode(next.quote.text, next.quote.id))
      unplaced.delete(next.quote.text)
      rest = rest.slice(next.at + next.quote.text.length)
    }
    return { type: 'paragraph', children: nodes, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', version: 1 }
  })
  if (unplaced.size) throw new Error(`Quotes not found in the story text: ${[...unplaced].join(' | ')}`)
  return { root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } }
}
