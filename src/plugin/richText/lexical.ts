/**
 * The one place that knows the shape of an article body: Lexical JSON with inline quote blocks.
 * Builders (the seed, tests) and readers (the publish gate, citations, delivery) all use these.
 */

/** Slug of the inline Lexical block that places a quote record in running text. */
export const QUOTE_BLOCK_SLUG = 'quote'

export type TextNode = {
  type: 'text'
  text: string
  detail: 0
  format: 0
  mode: 'normal'
  style: ''
  version: 1
}
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
/** A picture in the body (Payload's upload node): `value` is the media id; `caption`, if set, is this story's caption for it. */
export type PictureNode = {
  type: 'upload'
  version: 3
  format: ''
  id: string
  relationTo: string
  value: number | string
  fields: { caption?: null | string } | null
}
export type LexicalBody = {
  root: {
    type: 'root'
    children: (ParagraphNode | PictureNode)[]
    direction: 'ltr'
    format: ''
    indent: 0
    version: 1
  }
}

export const textNode = (text: string): TextNode => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** An inline quote block; `blockId` is the block's own id (24 hex characters, as Payload makes them). */
export const quoteNode = (quote: number | string, blockId: string): QuoteNode => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: blockId, blockName: '', blockType: QUOTE_BLOCK_SLUG, quote },
})

export const paragraphNode = (...children: (QuoteNode | string | TextNode)[]): ParagraphNode => ({
  type: 'paragraph',
  children: children.map((child) => (typeof child === 'string' ? textNode(child) : child)),
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
})

/** A picture between paragraphs; `nodeId` is the node's own id (24 hex characters, as Payload makes them). */
export const pictureNode = (
  media: number | string,
  nodeId: string,
  { relationTo = 'media', caption }: { relationTo?: string; caption?: string } = {},
): PictureNode => ({
  type: 'upload',
  version: 3,
  format: '',
  id: nodeId,
  relationTo,
  value: media,
  fields: caption === undefined ? null : { caption },
})

export const lexicalBody = (...paragraphs: (ParagraphNode | PictureNode)[]): LexicalBody => ({
  root: { type: 'root', children: paragraphs, direction: 'ltr', format: '', indent: 0, version: 1 },
})

type AnyNode = {
  type?: string
  text?: string
  children?: AnyNode[]
  value?: unknown
  fields?: { blockType?: string; quote?: unknown; caption?: unknown } | null
}

const nodesOf = (body: unknown): AnyNode[] => {
  const nodes: AnyNode[] = []
  const walk = (node: AnyNode | undefined) => {
    if (!node || typeof node !== 'object') {
      return
    }
    nodes.push(node)
    if (Array.isArray(node.children)) {
      node.children.forEach(walk)
    }
  }
  walk((body as { root?: AnyNode } | null | undefined)?.root)
  return nodes
}

const isQuoteBlock = (node: AnyNode) =>
  (node.type === 'inlineBlock' || node.type === 'block') &&
  node.fields?.blockType === QUOTE_BLOCK_SLUG

/** Every inline quote block's `quote` value (an id, or a populated quote), in reading order. */
export const quoteRefsIn = (body: unknown): unknown[] =>
  nodesOf(body)
    .filter(isQuoteBlock)
    .map((node) => node.fields!.quote)

/** Does the body say anything: some non-blank text or a quote? */
export const hasWords = (body: unknown): boolean =>
  nodesOf(body).some(
    (node) => (typeof node.text === 'string' && node.text.trim() !== '') || isQuoteBlock(node),
  )

/** Every picture's media id (or populated media) in the body, in reading order. */
export const pictureRefsIn = (body: unknown): unknown[] =>
  nodesOf(body)
    .filter((node) => node.type === 'upload')
    .map((node) => node.value)

/**
 * The body without quote chips that point at nothing: opening the quote drawer and closing it
 * without choosing leaves such a chip, and it would otherwise be saved (autosave keeps it) and block
 * publishing. Returns the same object when there is none.
 */
export const withoutEmptyQuoteChips = <T>(body: T): T => {
  const isEmptyChip = (node: AnyNode) =>
    isQuoteBlock(node) &&
    (node.fields!.quote === undefined || node.fields!.quote === null || node.fields!.quote === '')
  if (!nodesOf(body).some(isEmptyChip)) {
    return body
  }
  const prune = (node: AnyNode): AnyNode =>
    Array.isArray(node.children)
      ? { ...node, children: node.children.filter((child) => !isEmptyChip(child)).map(prune) }
      : node
  const root = (body as { root: AnyNode }).root
  return { ...(body as object), root: prune(root) } as T
}

type StoryWithUpdates = {
  body?: unknown
  updateLog?: { type?: null | string; body?: unknown }[] | null
}

/**
 * All of a story's text the publish gate, legal's sign-off and the citations look at: the body,
 * then each live update's body, as one Lexical document. A story whose updates have no body gets
 * its body itself, so fingerprints taken before updates had bodies still match.
 */
export const storyText = (story: null | StoryWithUpdates | undefined): unknown => {
  const updates = (story?.updateLog ?? []).filter(
    (entry) => entry?.type === 'update' && hasWords(entry.body),
  )
  if (!updates.length) {
    return story?.body
  }
  const rootOf = (body: unknown) => (body as { root?: AnyNode } | null | undefined)?.root
  const root = rootOf(story?.body)
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      ...root,
      children: [root, ...updates.map((entry) => rootOf(entry.body))].flatMap(
        (node) => node?.children ?? [],
      ),
    },
  }
}
