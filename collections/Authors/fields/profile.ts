import type { Field, TextFieldSingleValidation } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { mustExist } from '../../../src/plugin/fields/mustExist'
import { AUTHOR_KINDS } from '../../../src/plugin/vocabulary'

/** A link readers may follow: http(s) only (no `javascript:`), an address a browser can open. */
const httpLink: TextFieldSingleValidation = (value) => {
  if (!value) {
    return 'A link needs an address.'
  }
  try {
    const url = new URL(value)
    return /^https?:$/.test(url.protocol) ? true : 'Links must start with http:// or https://.'
  } catch {
    return 'This is not a web address (e.g. https://example.org/me).'
  }
}

/** What readers see of an author: name, what they do, a short bio, a photo and their links. */
export const profileFields = (settings: NewsroomSettings): Field[] => [
  { name: 'name', type: 'text', required: true, maxLength: 200 },
  {
    name: 'kind',
    type: 'select',
    options: [...AUTHOR_KINDS],
    defaultValue: 'person',
    required: true,
    admin: {
      description: 'A desk or the newsroom itself (“Staff”) is an organisation in structured data.',
    },
  },
  {
    name: 'jobTitle',
    label: 'Job title',
    type: 'text',
    maxLength: 200,
    admin: { description: 'As readers see it, e.g. “Crime reporter” or “Freelance photographer”.' },
  },
  {
    name: 'bio',
    label: 'Short bio',
    type: 'textarea',
    maxLength: 1000,
    admin: { description: 'Two or three sentences for the author’s page.' },
  },
  {
    name: 'photo',
    type: 'upload',
    relationTo: settings.slugs.media,
    filterOptions: mustExist,
  },
  {
    name: 'sameAs',
    label: 'Links',
    type: 'array',
    maxRows: 10,
    labels: { singular: 'Link', plural: 'Links' },
    admin: { description: 'Their own site and profiles elsewhere (structured data’s `sameAs`).' },
    fields: [{ name: 'url', type: 'text', required: true, maxLength: 500, validate: httpLink }],
  },
]
