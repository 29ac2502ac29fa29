/**
 * The one place that knows the shape of an article body: Lexical JSON with inline quote blocks.
 * Builders (the seed, tests) and readers (the publish gate, citations, delivery) all use these.
 */

/** Slug of the inline Lexical block that places a quote record in running text. */
export const QUOTE_BLOCK_SLUG = 'quote'

export type TextNode = { type: 'text'; text: string; detail: 0; format: 0; mode: 'normal'; style: ''; version: 1 }
export type QuoteNode = {
  type: 'inlineBlock'
  version: 1
  fields: { id: string; blockName: ''; blockType: typeof QUOTE_BLOCK_SLUG; quote: number | string }
}
export type ParagraphNode = {
  type: 'paragraph'
  children: (QuoteNode | TextNode)[]
  direction: 'ltr'
  format: ''
  indent: 0
  textFormat: 0
  textStyle: ''
  version: 1
}
export type LexicalBody = { root: { type: 'root'; children: ParagraphNode[]; direction: 'ltr'; format: ''; indent: 0; version: 1 } }

export const textNode = (text: string): TextNode => ({ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })

/** An inline quote block; `blockId` is the block's own id (24 hex characters, as Payload makes them). */
export const quoteNode = (quote: number | string, blockId: string): QuoteNode => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: blockId, blockName: '', blockType: QUOTE_BLOCK_SLUG, quote },
})

export const paragraphNode = (...children: (QuoteNode | TextNode | string)[]): ParagraphNode => ({
  type: 'paragraph',
  children: children.map((child) => (typeof child === 'string' ? textNode(child) : child)),
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
})

export const lexicalBody = (...paragraphs: ParagraphNode[]): LexicalBody => ({
  root: { type: 'root', children: paragraphs, direction: 'ltr', format: '', indent: 0, version: 1 },
})

type AnyNode = { type?: string; text?: string; children?: AnyNode[]; fields?: { blockType?: string; quote?: unknown } }

const nodesOf = (body: unknown): AnyNode[] => {
  const nodes: AnyNode[] = []
  const walk = (node: AnyNode | undefined) => {
    if (!node || typeof node !== 'object') return
    nodes.push(node)
    if (Array.isArray(node.children)) node.children.forEach(walk)
  }
  walk((body as { root?: AnyNode } | null | undefined)?.root)
  return nodes
}

const isQuoteBlock = (node: AnyNode) => (node.type === 'inlineBlock' || node.type === 'block') && node.fields?.blockType === QUOTE_BLOCK_SLUG

/** Every inline quote block's `quote` value (an id, or a populated quote), in reading order. */
export const quoteRefsIn = (body: unknown): unknown[] => nodesOf(body).filter(isQuoteBlock).map((node) => node.fields!.quote)

/** Does the body say anything: some non-blank text or a quote? */
export const hasWords = (body: unknown): boolean => nodesOf(body).some((node) => (typeof node.text === 'string' && node.text.trim() !== '') || isQuoteBlock(node))
