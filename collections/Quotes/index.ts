import type { CollectionConfig } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import {
  citedByPublishedOrStaff,
  editorialStaffOnlyField,
  editorsOnly,
  nobodyField,
  storyWriters,
  writersUntilPublished,
} from '../../src/plugin/access'
import {
  noLookupByAnonymousSource,
  sourceUnlessAnonymous,
} from '../../src/plugin/access/anonymousSources'
import { ADMIN_COMPONENTS } from '../../src/plugin/admin/componentPaths'
import { awaitingRepublishField } from '../../src/plugin/fields/awaitingRepublish'
import { mustExist } from '../../src/plugin/fields/mustExist'
import { publishedInField } from '../../src/plugin/fields/publishedIn'
import { timestampFields } from '../../src/plugin/fields/timestamps'
import { setQuoteLabel } from '../../src/plugin/hooks/labelQuotes'
import {
  refreshSourcesAfterQuoteChange,
  refreshSourcesAfterQuoteDelete,
} from '../../src/plugin/standards/citations'
import { QUOTE_KINDS } from '../../src/plugin/vocabulary'
import { rememberSpeakerTitle } from './hooks/rememberSpeakerTitle'

export const Quotes = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.quotes,
  labels: { singular: 'Quote', plural: 'Quotes' },
  admin: {
    group: settings.groups.newsroom,
    // Who said it, the words and the story: what the quote picker in the body and the lists show.
    useAsTitle: 'label',
    defaultColumns: ['text', 'speaker', 'kind', 'article'],
    listSearchableFields: ['text', 'label'],
  },
  hooks: {
    beforeOperation: [noLookupByAnonymousSource(settings.slugs.sources)],
    beforeChange: [rememberSpeakerTitle(settings), setQuoteLabel(settings)],
    afterChange: [refreshSourcesAfterQuoteChange(settings)],
    afterDelete: [refreshSourcesAfterQuoteDelete(settings)],
  },
  access: {
    read: citedByPublishedOrStaff,
    create: storyWriters,
    update: writersUntilPublished,
    delete: editorsOnly,
  },
  fields: [
    awaitingRepublishField(settings, 'quote'),
    {
      name: 'label',
      label: 'Title',
      type: 'text',
      // Kept by the system (setQuoteLabel); it names the speaker, so staff only.
      access: { read: editorialStaffOnlyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      admin: {
        description:
          'The words, without the surrounding quotation marks (the article body keeps those).',
      },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'verbatim',
      options: [...QUOTE_KINDS],
      admin: {
        position: 'sidebar',
        description:
          'Verbatim: the exact words, printed in quotation marks. Paraphrase: the gist, in our words.',
      },
    },
    {
      name: 'speaker',
      type: 'relationship',
      relationTo: settings.slugs.sources,
      index: true,
      filterOptions: mustExist,
      access: { read: sourceUnlessAnonymous('speaker', settings.slugs.sources) },
      admin: {
        position: 'sidebar',
        description: 'Who said it. An article cannot be published with an unattributed quote.',
      },
    },
    {
      // Inside the quote's form (often itself a drawer over the article): name a new speaker without a third drawer.
      name: 'newSpeaker',
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (data) => !data?.speaker,
        components: {
          Field: {
            path: ADMIN_COMPONENTS.newSpeakerField,
            clientProps: { sourcesSlug: settings.slugs.sources },
          },
        },
      },
    },
    {
      name: 'speakerTitle',
      type: 'text',
      maxLength: 200,
      admin: {
        position: 'sidebar',
        description:
          'The speaker’s title or role when this was said. Filled from the source; it stays as it was if the source’s role changes later.',
      },
    },
    {
      name: 'saidAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'When it was said, if known.',
      },
    },
    {
      name: 'via',
      type: 'relationship',
      relationTo: settings.slugs.sources,
      index: true,
      filterOptions: mustExist,
      access: { read: sourceUnlessAnonymous('via', settings.slugs.sources) },
      admin: {
        position: 'sidebar',
        description:
          'The recording, document or post the words were taken from, when they were not said to us (e.g. a leaked clip).',
      },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: settings.slugs.articles,
      index: true,
      filterOptions: mustExist,
      // Populated when a quote is read on its own, not when it is itself populated inside its article.
      maxDepth: 1,
      admin: {
        position: 'sidebar',
        description:
          'The story it was said for. Set from the body when a story citing it is published.',
      },
    },
    publishedInField(
      settings,
      'The published stories whose text cites this quote. Readers see a quote only while there is one.',
    ),
    {
      name: 'context',
      type: 'textarea',
      maxLength: 2000,
      admin: {
        description:
          'When, where and how it was said, e.g. “caught by a security camera in a holding room”.',
      },
    },
    ...timestampFields({ updatedAt: editorialStaffOnlyField }),
  ],
})
