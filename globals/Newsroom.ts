import type { Field, GlobalConfig, TextFieldSingleValidation } from 'payload'

import type { NewsroomSettings } from '../src/plugin/options'

import { adminsOnly, anyone } from '../src/plugin/access'
import { invalidateDeliveryAfterGlobalChange } from '../src/plugin/delivery/invalidation'
import { policyPage } from '../src/plugin/endpoints/policyPage'
import { DEFAULT_POLICIES } from '../src/plugin/standards/defaultPolicies'
import { POLICIES } from '../src/plugin/vocabulary'

const optionalHttpUrl: TextFieldSingleValidation = (value) => {
  if (!value) {
    return true
  }
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : 'Enter an http or https URL.'
  } catch {
    return 'Enter a full URL, such as https://news.example.'
  }
}

/** BCP 47 as readers' browsers and feeds use it: a language, then optional subtags (en, en-GB, pt-BR, zh-Hant-TW). */
const bcp47: TextFieldSingleValidation = (value) =>
  typeof value === 'string' && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(value)
    ? true
    : 'Enter a BCP 47 language tag, such as en, en-GB or fr.'

const policyField = ({ key, title }: (typeof POLICIES)[number]): Field => ({
  name: key,
  type: 'group',
  label: title,
  fields: [
    {
      name: 'url',
      type: 'text',
      label: 'Link to your own page',
      validate: optionalHttpUrl,
      admin: {
        description:
          'If you publish this policy elsewhere. Otherwise the text below is served by the site.',
      },
    },
    {
      name: 'text',
      type: 'textarea',
      maxLength: 20_000,
      // The default is filled in when read, not stored as a column default: the product's wording can
      // improve without a migration, and a newsroom that clears its text falls back to it.
      hooks: {
        afterRead: [
          ({ value }) =>
            typeof value === 'string' && value.trim() ? value : DEFAULT_POLICIES[key],
        ],
      },
      admin: {
        description:
          'Plain text; a blank line starts a new paragraph. The default describes what the system itself enforces: edit it into your newsroom’s own words.',
        rows: 10,
      },
    },
  ],
})

/**
 * The newsroom's own record, read by anyone and edited by admins: who publishes (name, URL,
 * language, logo, for structured data and feeds) and the policies readers and machines look for.
 */
export const Newsroom = (settings: NewsroomSettings): GlobalConfig => ({
  slug: settings.slugs.newsroom,
  label: 'Newsroom',
  admin: {
    group: settings.groups.admin,
    description:
      'The publication as feeds, search engines and partners see it, and its published policies.',
  },
  access: { read: anyone, update: adminsOnly },
  hooks: { afterChange: [invalidateDeliveryAfterGlobalChange] },
  endpoints: [policyPage(settings)],
  fields: [
    {
      name: 'name',
      type: 'text',
      label: 'Publication name',
      required: true,
      maxLength: 200,
      defaultValue: 'Newsroom',
    },
    {
      name: 'url',
      type: 'text',
      label: 'Public URL',
      validate: optionalHttpUrl,
      admin: { description: 'The site’s home, e.g. https://news.example. Defaults to SERVER_URL.' },
    },
    {
      name: 'language',
      type: 'text',
      required: true,
      defaultValue: 'en',
      validate: bcp47,
      admin: { description: 'BCP 47, e.g. en, en-GB, fr.' },
    },
    {
      name: 'logoUrl',
      type: 'text',
      label: 'Logo URL',
      validate: optionalHttpUrl,
      admin: {
        description:
          'An image URL, for structured data (Google asks for a logo at least 112 px wide).',
      },
    },
    { name: 'policies', type: 'group', label: 'Policies', fields: POLICIES.map(policyField) },
  ],
})
