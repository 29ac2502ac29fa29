import type { CollectionBeforeChangeHook } from 'payload'

/**
 * An anonymous source has no public name, whatever the order of edits: a name saved with the kind
 * "anonymous" (or left from before the source was made anonymous) is moved into the editors-only
 * true identity and the public field is emptied, so no read, filter, export or old copy can show it.
 */
export const keepAnonymousIdentityPrivate: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const kind = data.kind ?? originalDoc?.kind
  const name = data.name !== undefined ? data.name : originalDoc?.name
  if (kind !== 'anonymous' || typeof name !== 'string' || !name.trim()) {
    return data
  }
  const identity =
    data.anonymity?.trueIdentity !== undefined
      ? data.anonymity.trueIdentity
      : originalDoc?.anonymity?.trueIdentity
  const note = `Name on record before the source was made anonymous: ${name.trim()}`
  return {
    ...data,
    name: null,
    anonymity: {
      ...originalDoc?.anonymity,
      ...data.anonymity,
      trueIdentity:
        identity && String(identity).includes(note)
          ? identity
          : [identity, note].filter(Boolean).join('\n'),
    },
  }
}
