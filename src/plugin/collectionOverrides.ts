import type { CollectionConfig } from 'payload'

import type { CollectionOverride } from './options'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Adds hooks after a collection's own, kind by kind: nobody's hooks are replaced. */
export const appendHooks = (collection: CollectionConfig, hooks: Hooks): CollectionConfig => ({
  ...collection,
  hooks: Object.fromEntries(
    [...new Set([...Object.keys(collection.hooks ?? {}), ...Object.keys(hooks)])].map((kind) => [
      kind,
      [
        ...((collection.hooks?.[kind as keyof Hooks] as unknown[]) ?? []),
        ...((hooks[kind as keyof Hooks] as unknown[]) ?? []),
      ],
    ]),
  ),
})

/** Applies a host's override to one of the plugin's collections (see the `overrides` option). */
export const applyOverride = (
  collection: CollectionConfig,
  override: CollectionOverride | undefined,
): CollectionConfig => {
  if (!override) {
    return collection
  }
  const { fields, access, admin, hooks, endpoints, ...rest } = override
  const merged: CollectionConfig = {
    ...collection,
    ...rest,
    fields: fields ? fields({ defaultFields: collection.fields }) : collection.fields,
    access: { ...collection.access, ...access },
    admin: { ...collection.admin, ...admin },
    endpoints:
      endpoints === false ? false : [...(collection.endpoints || []), ...(endpoints || [])],
  }
  return hooks ? appendHooks(merged, hooks) : merged
}
