import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { ADMIN_COMPONENTS } from '../../src/plugin/admin/componentPaths'
import {
  behaviourOnly,
  fieldWithoutBehaviour,
  globalWithoutBehaviour,
  taskWithoutBehaviour,
  withoutBehaviour,
} from '../../src/plugin/disabled'

const hook = () => undefined
const validate = () => true as const
const staffOnly = () => true
const readsTheDatabase = behaviourOnly(async () => true)

/** A field of each kind that holds others, each with behaviour, and behaviour on the inner fields. */
const nested: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    index: true,
    maxLength: 300,
    defaultValue: 'Untitled',
    validate,
    hooks: { beforeChange: [hook] },
    access: { read: readsTheDatabase, update: staffOnly },
  },
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Story',
        fields: [
          {
            name: 'dek',
            type: 'textarea',
            access: { read: readsTheDatabase },
            hooks: { afterRead: [hook] },
          },
        ],
      },
      {
        name: 'named',
        fields: [{ name: 'inNamedTab', type: 'text', validate }],
      },
    ],
  },
  {
    type: 'row',
    fields: [{ name: 'inRow', type: 'text', hooks: { beforeValidate: [hook] } }],
  },
  {
    type: 'collapsible',
    label: 'More',
    fields: [{ name: 'inCollapsible', type: 'number', validate }],
  },
  {
    name: 'group',
    type: 'group',
    hooks: { afterRead: [hook] },
    fields: [
      {
        name: 'array',
        type: 'array',
        validate,
        fields: [{ name: 'inArray', type: 'relationship', relationTo: 'users', validate }],
      },
    ],
  },
  {
    name: 'blocks',
    type: 'blocks',
    blocks: [
      {
        slug: 'quote',
        fields: [{ name: 'inBlock', type: 'text', hooks: { beforeChange: [hook] } }],
      },
    ],
  },
  {
    name: 'resend',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: ADMIN_COMPONENTS.resendDeliveryButton } },
  },
  {
    name: 'badge',
    type: 'ui',
    admin: { components: { Field: ADMIN_COMPONENTS.publicStateBadge } },
  },
]

/** Every hook, validate and behaviour-only access rule left anywhere in the fields. */
const behaviourLeft = (fields: Field[], at = ''): string[] =>
  fields.flatMap((field) => {
    const any = field as any
    const here = `${at}${any.name ?? any.type}`
    return [
      ...(any.hooks ? [`${here}.hooks`] : []),
      ...(any.validate ? [`${here}.validate`] : []),
      ...Object.entries(any.access ?? {})
        .filter(([, rule]) => rule === readsTheDatabase)
        .map(([kind]) => `${here}.access.${kind}`),
      ...behaviourLeft(
        [
          ...(any.fields ?? []),
          ...(any.tabs ?? []).flatMap((tab: any) => tab.fields),
          ...(any.blocks ?? []).flatMap((block: any) => block.fields),
        ],
        `${here}.`,
      ),
    ]
  })

/** The fields without anything that runs, to compare what stays. */
const shape = (fields: Field[]): unknown =>
  JSON.parse(
    JSON.stringify(fields, (key, value) =>
      ['access', 'admin', 'hooks', 'validate'].includes(key) ? undefined : value,
    ),
  )

describe('withoutBehaviour (the plugin’s `disabled`)', () => {
  it('strips hooks and validation from every field, however deeply nested, and keeps the schema', () => {
    expect(behaviourLeft(nested).length).toBeGreaterThan(5)
    const stripped = nested.map(fieldWithoutBehaviour)
    expect(behaviourLeft(stripped)).toEqual([])
    expect(shape(stripped)).toEqual(shape(nested))
    const title = stripped[0] as any
    expect(title).toMatchObject({
      name: 'title',
      type: 'text',
      required: true,
      index: true,
      maxLength: 300,
      defaultValue: 'Untitled',
    })
  })

  it('keeps access rules, except those marked behaviour only (gone, with `access` when none is left)', () => {
    const [title, tabs] = nested.map(fieldWithoutBehaviour) as any[]
    expect(title.access).toEqual({ update: staffOnly })
    expect('access' in tabs.tabs[0].fields[0]).toBe(false)
  })

  it('drops the admin components that call the plugin’s endpoints, and only those', () => {
    const stripped = nested.map(fieldWithoutBehaviour) as any[]
    const resend = stripped.find((field) => field.name === 'resend')
    expect(resend.admin).toEqual({ position: 'sidebar', components: {} })
    const badge = stripped.find((field) => field.name === 'badge')
    expect(badge.admin.components.Field).toBe(ADMIN_COMPONENTS.publicStateBadge)
  })

  it('empties a collection’s hooks and endpoints and its edit view’s endpoint buttons', () => {
    const collection: CollectionConfig = {
      slug: 'articles',
      access: { read: staffOnly },
      indexes: [{ fields: ['title'], unique: true }],
      hooks: { beforeChange: [hook], afterRead: [hook] },
      endpoints: [{ path: '/x', method: 'get', handler: () => Response.json({}) }],
      admin: {
        useAsTitle: 'title',
        components: {
          edit: {
            beforeDocumentControls: [
              ADMIN_COMPONENTS.publicStateBadge,
              { path: ADMIN_COMPONENTS.articleActionButton, clientProps: { action: 'takedown' } },
            ],
          },
        },
      },
      versions: { drafts: true },
      fields: nested,
    }
    const stripped = withoutBehaviour(collection)
    expect(stripped.hooks).toEqual({})
    expect(stripped.endpoints).toEqual([])
    expect(stripped.admin?.components?.edit?.beforeDocumentControls).toEqual([
      ADMIN_COMPONENTS.publicStateBadge,
    ])
    expect(stripped.admin?.useAsTitle).toBe('title')
    expect(stripped.access).toBe(collection.access)
    expect(stripped.indexes).toBe(collection.indexes)
    expect(stripped.versions).toBe(collection.versions)
    expect(behaviourLeft(stripped.fields)).toEqual([])
    // The collection given is not changed.
    expect(collection.hooks?.beforeChange).toEqual([hook])
    expect(behaviourLeft(collection.fields).length).toBeGreaterThan(5)
  })

  it('does the same for a global', () => {
    const global: GlobalConfig = {
      slug: 'newsroom',
      hooks: { afterChange: [hook] },
      endpoints: [{ path: '/x', method: 'get', handler: () => Response.json({}) }],
      fields: nested,
    }
    const stripped = globalWithoutBehaviour(global)
    expect(stripped.hooks).toEqual({})
    expect(stripped.endpoints).toEqual([])
    expect(behaviourLeft(stripped.fields)).toEqual([])
    expect(shape(stripped.fields)).toEqual(shape(global.fields))
  })

  it('keeps a job task’s slug and schema but not its work', () => {
    const task = {
      slug: 'deliver',
      inputSchema: [{ name: 'delivery', type: 'text' as const, required: true }],
      retries: 5,
      handler: () => ({ output: {} }),
    }
    const stripped = taskWithoutBehaviour(task)
    expect(stripped.slug).toBe('deliver')
    expect(stripped.inputSchema).toBe(task.inputSchema)
    expect(stripped.retries).toBe(0)
    expect(() => (stripped.handler as () => unknown)()).toThrow(/disabled/)
  })
})
