import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import type { DeliveryQuote } from './types'

import { idOf } from '../ids'
import { QUOTE_BLOCK_SLUG } from '../richText/lexical'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)

/** Where a quote's attribution is: the source's entry in the story's list of sources. */
export const sourceAnchor = (sourceId: number | string) => `source-${sourceId}`

/**
 * The body as safe HTML, made with Payload's own Lexical converters (text escaped, link URLs
 * sanitised). Each inline quote becomes a `<q>` (verbatim) or a `<span data-paraphrase>`, with
 * `data-quote` (its id) and `aria-describedby`/`cite` pointing at its speaker in the sources list.
 * The story's text carries its own quotation marks, so the `<q>` draws none (`quotes: none`).
 * A quote a reader may not see (the publish gate refuses those) leaves nothing behind.
 */
export const bodyToHtml = (body: unknown, quotes: DeliveryQuote[]): string => {
  if (!body || typeof body !== 'object' || !('root' in body)) return ''
  const byId = new Map(quotes.map((quote) => [quote.id, quote]))
  return convertLexicalToHTML({
    data: body as SerializedEditorState,
    disableContainer: true,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      inlineBlocks: {
        [QUOTE_BLOCK_SLUG]: ({ node }) => {
          const id = idOf((node.fields as { quote?: unknown }).quote)
          const quote = id === undefined ? undefined : byId.get(id)
          if (!quote) return ''
          const speaker = quote.speaker == null ? '' : ` cite="#${sourceAnchor(quote.speaker)}" aria-describedby="${sourceAnchor(quote.speaker)}"`
          const text = escapeHtml(quote.text)
          return quote.kind === 'paraphrase'
            ? `<span class="quote quote--paraphrase" data-quote="${quote.id}" data-paraphrase=""${speaker.replace(/ cite="[^"]*"/, '')}>${text}</span>`
            : `<q class="quote" data-quote="${quote.id}"${speaker} style="quotes: none">${text}</q>`
        },
      },
    }),
  })
}
