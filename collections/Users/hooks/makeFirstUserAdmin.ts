import type { FieldHook } from 'payload'

import type { NewsroomSettings, Role } from '../../../src/plugin/options'

import { systemAccess } from '../../../src/plugin/access/systemAccess'

/**
 * The very first account (made on the admin's "create first user" screen, where nobody can hand out
 * roles yet) becomes an admin; every later account gets only what an admin gives it.
 */
export const makeFirstUserAdmin =
  (settings: NewsroomSettings): FieldHook<any, Role[] | undefined> =>
  async ({ operation, req, value }) => {
    if (operation !== 'create') {
      return value
    }
    // A fact about the system, not data shown to the caller, so it must not depend on who asks.
    const { totalDocs } = await req.payload.count({
      collection: settings.slugs.users,
      ...systemAccess(req),
    })
    return totalDocs === 0 ? ['admin'] : value
  }
