import type { Tab } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { editorialStaffOnlyField } from '../../../src/plugin/access'
import { mustExist } from '../../../src/plugin/fields/mustExist'
import { hiddenOnceRetracted } from '../../../src/plugin/standards/retraction'
import { articleBody } from './articleBody'

/** The “Story” tab: what readers read (headline, summary, byline, main picture and body). */
export const storyTab = (settings: NewsroomSettings): Tab => ({
  label: 'Story',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    {
      name: 'dek',
      type: 'textarea',
      maxLength: 600,
      access: { read: hiddenOnceRetracted(settings) },
      admin: { description: 'The one- or two-sentence summary shown under the headline.' },
    },
    {
      name: 'byline',
      type: 'text',
      maxLength: 200,
      access: { read: editorialStaffOnlyField },
      admin: {
        description:
          'Made from the authors (sidebar). Type a line only to print something else; ignored while a byline is withheld.',
      },
    },
    {
      name: 'heroImage',
      label: 'Picture',
      type: 'upload',
      relationTo: settings.slugs.media,
      filterOptions: mustExist,
      admin: {
        description:
          'The story’s main picture: shown at the top, in feeds and in search results (16:9, 4:3 and 1:1 crops around its focal point).',
      },
    },
    articleBody(settings),
  ],
})
