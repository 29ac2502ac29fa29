import type { CollectionBeforeChangeHook } from 'payload'

import { isPublishing } from '../../../src/plugin/publishGate'

/**
 * The public `dateModified` starts at first publication and then moves only on a material change
 * (the "material update" box, or a new entry in the update log), never on a typo fix.
 */
export const setDateModified: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const { materialUpdate, ...rest } = data
  // Never taken from the client: only this hook moves it.
  const current = (originalDoc?.dateModified as string | undefined) ?? null
  if (isPublishing(data, originalDoc) && (!current || materialUpdate)) {
    return { ...rest, dateModified: new Date().toISOString() }
  }
  return { ...rest, dateModified: current }
}
