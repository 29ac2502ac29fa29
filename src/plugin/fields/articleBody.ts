import type { Block, RichTextField } from 'payload'

import { BlocksFeature, FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import type { NewsroomSettings } from '../options'

import { ADMIN_COMPONENTS } from '../admin/componentPaths'
import { QUOTE_BLOCK_SLUG } from '../richText/lexical'
import { hiddenOnceRetracted } from '../standards/retraction'
import { validatePublishable } from '../standards/validatePublishable'

export { QUOTE_BLOCK_SLUG } from '../richText/lexical'

/**
 * An inline reference to a quote record. The body keeps the surrounding typography (“ ”) and the
 * quote record keeps the words, so frontends can render attribution and the text still reads as printed.
 */
export const quoteReferenceBlock = (settings: NewsroomSettings): Block => ({
  slug: QUOTE_BLOCK_SLUG,
  interfaceName: 'QuoteReferenceBlock',
  labels: { singular: 'Quote', plural: 'Quotes' },
  admin: {
    components: {
      // The chip in running text shows the quote's words and speaker, not just “Quote”.
      Label: { path: ADMIN_COMPONENTS.quoteBlockLabel, serverProps: { quotesSlug: settings.slugs.quotes } },
    },
  },
  fields: [
    {
      name: 'quote',
      type: 'relationship',
      relationTo: settings.slugs.quotes,
      required: true,
      admin: { description: 'The quote record: its words, who said it and whether it is verbatim.' },
    },
  ],
})

/**
 * The article body: Lexical with the inline quote block, validated by the publish gate. `overrides`
 * are merged last (plugin-seo's way), e.g. `{ admin: { description: '…' } }` or another editor.
 */
export const articleBody = (settings: NewsroomSettings, overrides: Partial<RichTextField> = {}): RichTextField => ({
  name: 'body',
  type: 'richText',
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures,
      FixedToolbarFeature(),
      BlocksFeature({ inlineBlocks: [quoteReferenceBlock(settings)] }),
    ],
  }),
  ...(settings.disabled ? {} : { validate: validatePublishable(settings), access: { read: hiddenOnceRetracted(settings) } }),
  ...overrides,
  admin: {
    description: 'The story as published. Insert a quote with the “+” menu → Quote, so it stays tied to its speaker.',
    ...overrides.admin,
  },
})
