import { createServerFeature } from '@payloadcms/richtext-lexical'

import type { InsertQuoteClientProps } from '../admin/InsertQuoteFeatureClient'

import { ADMIN_COMPONENTS } from '../../../src/plugin/admin/componentPaths'

/** The body's “Quote” toolbar button (see InsertQuoteFeatureClient): the quotes collection and the block it inserts. */
export const InsertQuoteFeature = createServerFeature<
  InsertQuoteClientProps,
  InsertQuoteClientProps,
  InsertQuoteClientProps
>({
  feature: ({ props }) => ({
    ClientFeature: ADMIN_COMPONENTS.insertQuoteFeature,
    clientFeatureProps: props,
  }),
  key: 'newsroomInsertQuote',
  dependencies: ['blocks'],
})
