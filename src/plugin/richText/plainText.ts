import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { QUOTE_BLOCK_SLUG } from './lexical'

type QuoteRef = { text?: null | string } | null | number | string | undefined

/**
 * An article body as plain text, paragraphs separated by a blank line. Each inline quote is rendered
 * as its quote's words: pass the body as returned at depth ≥ 1 (quotes populated), or a lookup.
 * Pictures say nothing unless `pictureText` says what they stand for.
 */
export const bodyToPlainText = (
  body: unknown,
  quoteText: (ref: QuoteRef) => string = (ref) => (typeof ref === 'object' && ref?.text) || '',
  pictureText: (ref: unknown) => string = () => '',
): string =>
  body && typeof body === 'object' && 'root' in body
    ? convertLexicalToPlaintext({
        data: body as SerializedEditorState,
        converters: {
          upload: ({ node }) => pictureText((node as { value?: unknown }).value),
          inlineBlocks: {
            [QUOTE_BLOCK_SLUG]: ({ node }) =>
              quoteText((node.fields as { quote?: QuoteRef }).quote),
          },
        },
      })
    : ''
