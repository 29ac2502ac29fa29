import type { FilterOptions, Where } from 'payload'

import { idOf } from '../ids'

/**
 * The author pickers offer active authors; a credit already given to one made inactive since stays
 * valid (the filter is also what the server validates the chosen ids against).
 */
export const activeAuthorsOr =
  (chosen: (siblingData: Record<string, unknown>) => unknown): FilterOptions =>
  ({ siblingData }) => {
    const value = chosen((siblingData ?? {}) as Record<string, unknown>)
    const ids = (Array.isArray(value) ? value : [value])
      .map(idOf)
      .filter((id): id is number | string => id !== undefined && id !== null)
    const active: Where = { active: { not_equals: false } }
    return ids.length ? { or: [active, { id: { in: ids } }] } : active
  }
