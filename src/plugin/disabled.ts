import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { ADMIN_COMPONENTS } from './admin/componentPaths'

/**
 * The plugin's `disabled` option, decided here and nowhere else: the collections and globals declare
 * their behaviour unconditionally, and a disabled plugin installs them through `withoutBehaviour`,
 * which keeps the schema (fields, names, types, required, indexes, relations, defaults, access) and
 * drops what runs: hooks, endpoints, field hooks and `validate` functions, the access rules marked
 * `behaviourOnly`, and the admin components that call the plugin's endpoints.
 */

const BEHAVIOUR_ONLY = new WeakSet<object>()

/**
 * Marks a field access rule as the plugin's behaviour rather than its schema (it queries the
 * database, say): a disabled plugin leaves it out, as if the field had no such rule.
 */
export const behaviourOnly = <T extends object>(rule: T): T => {
  BEHAVIOUR_ONLY.add(rule)
  return rule
}

/** Admin components that call the plugin's own endpoints (which a disabled plugin does not serve). */
const CALLS_PLUGIN_ENDPOINTS = new Set<string>([
  ADMIN_COMPONENTS.articleActionButton,
  ADMIN_COMPONENTS.awaitingRepublish,
  ADMIN_COMPONENTS.resendDeliveryButton,
])

const pathOf = (component: unknown): unknown =>
  typeof component === 'string' ? component : (component as { path?: unknown } | null)?.path

const callsPluginEndpoints = (component: unknown) => {
  const path = pathOf(component)
  return typeof path === 'string' && CALLS_PLUGIN_ENDPOINTS.has(path)
}

type Components = Record<string, unknown>

/** An `admin.components` object (at any depth: `edit: { … }`) without the components that call the plugin's endpoints. */
const componentsWithoutEndpointCalls = (components: Components): Components =>
  Object.fromEntries(
    Object.entries(components)
      .filter(([, component]) => !callsPluginEndpoints(component))
      .map(([slot, component]) => [
        slot,
        Array.isArray(component)
          ? component.filter((entry) => !callsPluginEndpoints(entry))
          : component && typeof component === 'object' && !('path' in component)
            ? componentsWithoutEndpointCalls(component as Components)
            : component,
      ]),
  )

const adminWithoutEndpointCalls = <T extends { components?: unknown } | undefined>(admin: T): T =>
  admin?.components && typeof admin.components === 'object'
    ? { ...admin, components: componentsWithoutEndpointCalls(admin.components as Components) }
    : admin

const accessWithoutBehaviour = (access: Record<string, unknown> | undefined) => {
  if (!access) {
    return access
  }
  const kept = Object.entries(access).filter(
    ([, rule]) => !(typeof rule === 'function' && BEHAVIOUR_ONLY.has(rule)),
  )
  return kept.length ? Object.fromEntries(kept) : undefined
}

/** One field and everything inside it (groups, rows, collapsibles, arrays, tabs, blocks), without behaviour. */
export const fieldWithoutBehaviour = (field: Field): Field => {
  const {
    hooks: _hooks,
    validate: _validate,
    ...rest
  } = field as { hooks?: unknown; validate?: unknown } & Field
  const stripped = { ...rest } as Record<string, unknown>
  if ('access' in stripped) {
    const access = accessWithoutBehaviour(stripped.access as Record<string, unknown>)
    if (access) {
      stripped.access = access
    } else {
      delete stripped.access
    }
  }
  if (stripped.admin) {
    stripped.admin = adminWithoutEndpointCalls(stripped.admin as { components?: unknown })
  }
  if (Array.isArray(stripped.fields)) {
    stripped.fields = fieldsWithoutBehaviour(stripped.fields as Field[])
  }
  if (Array.isArray(stripped.tabs)) {
    stripped.tabs = (stripped.tabs as { fields: Field[] }[]).map((tab) => ({
      ...tab,
      fields: fieldsWithoutBehaviour(tab.fields),
    }))
  }
  if (Array.isArray(stripped.blocks)) {
    stripped.blocks = (stripped.blocks as ({ fields: Field[] } | string)[]).map((block) =>
      typeof block === 'string'
        ? block
        : { ...block, fields: fieldsWithoutBehaviour(block.fields) },
    )
  }
  return stripped as Field
}

export const fieldsWithoutBehaviour = (fields: Field[]): Field[] =>
  fields.map(fieldWithoutBehaviour)

/** A collection as a disabled plugin installs it: the same schema, nothing that runs. */
export const withoutBehaviour = (collection: CollectionConfig): CollectionConfig => {
  return {
    ...collection,
    hooks: {},
    endpoints: [],
    admin: adminWithoutEndpointCalls(collection.admin),
    fields: fieldsWithoutBehaviour(collection.fields),
  }
}

/** A global as a disabled plugin installs it: the same schema, nothing that runs. */
export const globalWithoutBehaviour = (global: GlobalConfig): GlobalConfig => {
  return {
    ...global,
    hooks: {},
    endpoints: [],
    admin: adminWithoutEndpointCalls(global.admin),
    fields: fieldsWithoutBehaviour(global.fields),
  }
}

/**
 * A job task as a disabled plugin registers it: its slug and input/output schema stay (they are
 * columns and an enum of Payload's jobs table), its work does not. Nothing of the plugin queues it;
 * a job left from an enabled run fails once instead of being delivered.
 */
export const taskWithoutBehaviour = <T extends { handler: unknown; slug: string }>(task: T): T => ({
  ...task,
  retries: 0,
  handler: () => {
    throw new Error(`The newsroom plugin is disabled: task ${task.slug} does not run.`)
  },
})
