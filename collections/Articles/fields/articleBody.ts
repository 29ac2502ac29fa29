import type { Block, RichTextField, UploadCollectionSlug } from 'payload'

import {
  BlocksFeature,
  FixedToolbarFeature,
  lexicalEditor,
  UploadFeature,
} from '@payloadcms/richtext-lexical'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { ADMIN_COMPONENTS } from '../../../src/plugin/admin/componentPaths'
import { validatePublishable } from '../../../src/plugin/publishGate'
import { QUOTE_BLOCK_SLUG, withoutEmptyQuoteChips } from '../../../src/plugin/richText/lexical'
import { hiddenOnceRetracted } from '../../../src/plugin/standards/retraction'
import { InsertQuoteFeature } from './insertQuoteFeature'

export { QUOTE_BLOCK_SLUG } from '../../../src/plugin/richText/lexical'

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
      Label: {
        path: ADMIN_COMPONENTS.quoteBlockLabel,
        serverProps: { quotesSlug: settings.slugs.quotes },
      },
    },
  },
  fields: [
    {
      name: 'quote',
      type: 'relationship',
      relationTo: settings.slugs.quotes,
      required: true,
      admin: {
        description: 'The quote record: its words, who said it and whether it is verbatim.',
      },
    },
  ],
})

/**
 * Pictures inside the body: from the newsroom's media only, each with an optional caption for this
 * story (the picture's own caption otherwise).
 */
const bodyPictures = (settings: NewsroomSettings) =>
  UploadFeature({
    enabledCollections: [settings.slugs.media as UploadCollectionSlug],
    collections: {
      [settings.slugs.media]: {
        fields: [
          {
            name: 'caption',
            type: 'textarea',
            maxLength: 1000,
            admin: {
              description:
                'Shown under the picture in this story. Leave empty to use the picture’s own caption.',
            },
          },
        ],
      },
    },
  })

/**
 * Payload's default editor links and uploads any collection (users included) and renders nothing
 * of a link to a document; the body keeps text, the quote block and pictures from media.
 */
const NOT_IN_A_STORY = new Set(['relationship', 'upload'])

/**
 * The article body: Lexical with the inline quote block, validated by the publish gate. `overrides`
 * are merged last (plugin-seo's way), e.g. `{ admin: { description: '…' } }` or another editor.
 */
/** The admin's autosave (`PATCH …?autosave=true`): a draft kept while the editor works, not a save they chose. */
const isAutosave = (req: { query?: Record<string, unknown> } | undefined) =>
  req?.query?.autosave === 'true' || req?.query?.autosave === true

/** The story's editor: text, the inline quote block and its “Quote” button; pictures from media when `pictures`. */
const storyEditor = (settings: NewsroomSettings, { pictures }: { pictures: boolean }) =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => !NOT_IN_A_STORY.has(feature.key)),
      ...(pictures ? [bodyPictures(settings)] : []),
      FixedToolbarFeature(),
      BlocksFeature({ inlineBlocks: [quoteReferenceBlock(settings)] }),
      InsertQuoteFeature({
        quotesSlug: settings.slugs.quotes,
        blockSlug: QUOTE_BLOCK_SLUG,
        articlesSlug: settings.slugs.articles,
      }),
    ],
  })

/** What every text of the story does: the publish gate, hidden once retracted, abandoned chips dropped. */
const storyTextField = (settings: NewsroomSettings, { optional }: { optional: boolean }) =>
  ({
    type: 'richText',
    validate: validatePublishable(settings, { optional }),
    access: { read: hiddenOnceRetracted(settings) },
    // Before validation, so an abandoned chip does not block publishing. Not on an autosave: the
    // editor may still be choosing the chip's quote, and an autosave's answer that lacks the chip
    // replaced the editor's body while they worked (the chip vanished, or was never saved).
    hooks: {
      beforeValidate: [
        ({ value, req }) => (isAutosave(req) ? value : withoutEmptyQuoteChips(value)),
      ],
    },
  }) satisfies Partial<RichTextField>

/**
 * A live update's text: the story's editor without pictures, held to the same publish gate as the
 * body (every quote attributed, anonymity approved, footage verified or signed off by legal).
 */
export const updateBody = (settings: NewsroomSettings): RichTextField => ({
  name: 'body',
  label: 'Text',
  ...storyTextField(settings, { optional: true }),
  editor: storyEditor(settings, { pictures: false }),
  admin: {
    condition: (_, siblingData) => siblingData?.type === 'update',
    description:
      'What is new, with its quotes (select the words and press “ ” Quote). Published with the story, held to the same checks as its body.',
  },
})

export const articleBody = (
  settings: NewsroomSettings,
  overrides: Partial<RichTextField> = {},
): RichTextField => ({
  name: 'body',
  ...storyTextField(settings, { optional: false }),
  editor: storyEditor(settings, { pictures: true }),
  ...overrides,
  admin: {
    components: { Error: ADMIN_COMPONENTS.bodyProblems, ...overrides.admin?.components },
    description:
      'The story’s text. Select a quote’s words and press “ ” Quote (or press it to pick an existing quote), so it stays tied to its speaker; a picture with “+” → Upload.',
    ...overrides.admin,
  },
})
