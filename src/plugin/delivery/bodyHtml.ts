import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import escapeHtml from 'escape-html'

import type { DeliveryImage, DeliveryQuote } from './types'

import { idOf } from '../ids'
import { QUOTE_BLOCK_SLUG } from '../richText/lexical'
import { againstBase, srcsetOf } from './shapes'

/**
 * A picture's caption: an AI label first (wherever the picture appears, readers are told), the
 * words, the credit, then its Content Credentials line.
 */
export const figcaption = (picture: DeliveryImage, words: null | string) => {
  const parts = [
    picture.aiLabel ? `<strong class="ai-label">${escapeHtml(picture.aiLabel)}.</strong> ` : '',
    words ? escapeHtml(words) : '',
    picture.credit ? `<span class="credit"> ${escapeHtml(picture.credit)}</span>` : '',
    picture.contentCredentials
      ? `<span class="content-credentials"> ${escapeHtml(picture.contentCredentials)}.</span>`
      : '',
  ].join('')
  return parts ? `<figcaption>${parts}</figcaption>` : ''
}

/** Where a quote's attribution is: the source's entry in the story's list of sources. */
export const sourceAnchor = (sourceId: number | string) => `source-${sourceId}`

/**
 * The body as safe HTML, made with Payload's own Lexical converters (text escaped, link URLs
 * sanitised). Each inline quote becomes a `<q>` (verbatim) or a `<span data-paraphrase>`, with
 * `data-quote` (its id) and `aria-describedby`/`cite` pointing at its speaker in the sources list.
 * The story's text carries its own quotation marks, so the `<q>` draws none (`quotes: none`).
 * Each picture becomes a `<figure>` with every width in `srcset`, its alt text, and its caption (this
 * story's, else the picture's own) and credit; `base` makes its addresses absolute (for feeds).
 * A quote or picture a reader may not see (the publish gate refuses those) leaves nothing behind.
 */
export const bodyToHtml = (
  body: unknown,
  quotes: DeliveryQuote[],
  { pictures = [], base }: { pictures?: DeliveryImage[]; base?: string } = {},
): string => {
  if (!body || typeof body !== 'object' || !('root' in body)) {
    return ''
  }
  const byId = new Map(quotes.map((quote) => [quote.id, quote]))
  const pictureById = new Map(pictures.map((picture) => [String(picture.id), picture]))
  const absolute = againstBase(base)
  return convertLexicalToHTML({
    data: body as SerializedEditorState,
    disableContainer: true,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      upload: ({ node }) => {
        const picture = pictureById.get(String(idOf(node.value)))
        if (!picture) {
          return ''
        }
        const caption = (node.fields as { caption?: unknown } | undefined)?.caption
        const words = (typeof caption === 'string' && caption.trim()) || picture.caption
        const dimensions =
          picture.width && picture.height
            ? ` width="${picture.width}" height="${picture.height}"`
            : ''
        const srcset = srcsetOf(picture, absolute)
        return [
          `<figure class="story-picture" data-media="${escapeHtml(String(picture.id))}">`,
          `<img src="${escapeHtml(absolute(picture.sizes.medium?.url ?? picture.url))}"${srcset ? ` srcset="${escapeHtml(srcset)}" sizes="(max-width: 760px) 100vw, 760px"` : ''}`,
          `${dimensions} alt="${escapeHtml(picture.alt)}" loading="lazy" decoding="async">`,
          figcaption(picture, words),
          '</figure>',
        ].join('')
      },
      inlineBlocks: {
        [QUOTE_BLOCK_SLUG]: ({ node }) => {
          const id = idOf((node.fields as { quote?: unknown }).quote)
          const quote = id === undefined ? undefined : byId.get(id)
          if (!quote) {
            return ''
          }
          const speaker =
            quote.speaker == null
              ? ''
              : ` cite="#${sourceAnchor(quote.speaker)}" aria-describedby="${sourceAnchor(quote.speaker)}"`
          const text = escapeHtml(quote.text)
          return quote.kind === 'paraphrase'
            ? `<span class="quote quote--paraphrase" data-quote="${quote.id}" data-paraphrase=""${speaker.replace(/ cite="[^"]*"/, '')}>${text}</span>`
            : `<q class="quote" data-quote="${quote.id}"${speaker} style="quotes: none">${text}</q>`
        },
      },
    }),
  })
}
