import type { CollectionConfig, Config, Endpoint, Field } from 'payload'

import type { NewsroomSettings, SeoPluginFactory } from '../options'

import { RefusedRequest } from '../errors'
import { mustExist } from '../fields/mustExist'
import { idOf } from '../ids'
import { hiddenOnceRetracted } from '../standards/retraction'

/** What a search engine shows at most is far shorter; these only keep a runaway paste out of the database. */
export const META_LIMITS = { title: 300, description: 600 } as const

/** The form's values as the admin sends them to the generate endpoints: anything may arrive, so only strings are used. */
type FormDoc = { title?: unknown; dek?: unknown; slug?: unknown; heroImage?: unknown } | undefined
const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The plugin's fields, with the newsroom's limits: lengths a 400 names, the description hidden from
 * readers once the story is retracted (like the dek it usually repeats), only existing pictures.
 */
const withNewsroomRules =
  (settings: NewsroomSettings, plugged: (field: Field) => Field) =>
  ({ defaultFields }: { defaultFields: Field[] }): Field[] =>
    defaultFields.map((field) => plugged(newsroomRule(settings, field)))

const newsroomRule = (settings: NewsroomSettings, field: Field): Field => {
  if (!('name' in field)) {
    return field
  }
  if (field.name === 'title') {
    return {
      ...field,
      maxLength: META_LIMITS.title,
      admin: {
        ...field.admin,
        description: 'Shown by search engines and when the story is shared. Empty: the headline.',
      },
    } as Field
  }
  if (field.name === 'description') {
    return {
      ...field,
      maxLength: META_LIMITS.description,
      access: { read: hiddenOnceRetracted(settings) },
      admin: {
        ...field.admin,
        description: 'Shown under the title in search results and shares. Empty: the dek.',
      },
    } as Field
  }
  if (field.name === 'image') {
    return {
      ...field,
      label: 'Share picture',
      filterOptions: mustExist,
      admin: {
        ...field.admin,
        description: 'The picture shown when the story is shared. Empty: the story’s main picture.',
      },
    } as Field
  }
  return field
}

const isObject = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * The plugin's generate endpoints read the body as JSON and answer a 500 when it is not (empty, not
 * JSON): refuse that with a 400 first. Who may ask is still theirs to decide (a 401 comes first).
 */
const refusingBodiesThatAreNotObjects = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    if (!req.user) {
      return endpoint.handler(req)
    }
    const body = await req.json?.().catch(() => undefined)
    if (!isObject(body)) {
      throw new RefusedRequest(
        'The request body must be a JSON object: { collectionSlug, id?, doc }.',
        400,
      )
    }
    req.json = async () => body
    return endpoint.handler(req)
  },
})

/**
 * The fields `@payloadcms/plugin-seo` adds, by the same names, types and options (so a story's `meta`
 * is stored alike, in the same columns, with or without it), without its admin components.
 */
const seoDefaultFields = (settings: NewsroomSettings): Field[] => [
  { name: 'title', type: 'text', localized: true },
  { name: 'description', type: 'textarea', localized: true },
  {
    name: 'image',
    type: 'upload',
    relationTo: settings.slugs.media,
    label: 'Meta Image',
    localized: true,
  },
]

/** The plugin's tabbed layout: the collection's fields in a first tab (or its own first tabs), then "SEO" holding the `meta` group. */
const withSeoTab = (collection: CollectionConfig, meta: Field): CollectionConfig => {
  const [first, ...rest] = collection.fields
  const ownTabs =
    first?.type === 'tabs'
      ? first.tabs
      : [{ label: collection.labels?.singular || 'Content', fields: collection.fields }]
  return {
    ...collection,
    fields: [
      { type: 'tabs', tabs: [...ownTabs, { label: 'SEO', fields: [meta] }] },
      ...(first?.type === 'tabs' ? rest : []),
    ],
  }
}

/** The SEO tab of the newsroom's own: the fields and their rules, no generate buttons, no preview, no endpoints. */
const withOwnSeoFields =
  (settings: NewsroomSettings, plugged: (field: Field) => Field) =>
  (config: Config): Config => {
    const meta: Field = {
      name: 'meta',
      type: 'group',
      label: 'SEO',
      fields: withNewsroomRules(settings, plugged)({ defaultFields: seoDefaultFields(settings) }),
    }
    return {
      ...config,
      collections: config.collections?.map((collection) =>
        collection.slug === settings.slugs.articles ? withSeoTab(collection, meta) : collection,
      ),
    }
  }

/**
 * Payload's official SEO plugin on articles, in an "SEO" tab after the story's own: the editor's
 * "Auto-generate" buttons fill the fields from what the form holds (headline, dek, main picture, the
 * story's public URL). The generated values only echo the editor's own form, so nothing is read here.
 */
const withSeoPlugin =
  (settings: NewsroomSettings, seoPlugin: SeoPluginFactory, plugged: (field: Field) => Field) =>
  (config: Config): Config => {
    const withSeo = seoPlugin({
      collections: [settings.slugs.articles],
      uploadsCollection: settings.slugs.media,
      tabbedUI: true,
      fields: withNewsroomRules(settings, plugged),
      generateTitle: ({ doc }) => textOf((doc as FormDoc)?.title),
      generateDescription: ({ doc }) => textOf((doc as FormDoc)?.dek),
      generateImage: ({ doc }) => {
        const id = idOf((doc as FormDoc)?.heroImage)
        return typeof id === 'number' || typeof id === 'string' ? id : ''
      },
      generateURL: ({ doc, req }) => {
        const slug = textOf((doc as FormDoc)?.slug)
        if (!slug) {
          return ''
        }
        const path = settings.storyUrl({ slug })
        return req.payload.config.serverURL
          ? new URL(path, req.payload.config.serverURL).href
          : path
      },
    })(config)
    const ownEndpoints = new Set(config.endpoints ?? [])
    return {
      ...withSeo,
      endpoints: withSeo.endpoints?.map((endpoint) =>
        ownEndpoints.has(endpoint) ? endpoint : refusingBodiesThatAreNotObjects(endpoint),
      ),
    }
  }

/**
 * The SEO tab on articles (the `seo` option): the newsroom's own fields, or Payload's plugin-seo when
 * the host passes it, with the same stored shape either way.
 */
export const withArticleSeo =
  (settings: NewsroomSettings, plugged: (field: Field) => Field) =>
  (config: Config): Config => {
    if (!settings.seo) {
      return config
    }
    return settings.seo.plugin
      ? withSeoPlugin(settings, settings.seo.plugin, plugged)(config)
      : withOwnSeoFields(settings, plugged)(config)
  }
