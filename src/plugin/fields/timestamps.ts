import type { DateField, FieldAccess } from 'payload'

/**
 * Payload's own `createdAt` / `updatedAt`, declared here to say who may read them. A reader who may
 * not read a timestamp can neither see it nor filter or sort by it: `updatedAt` moves on every save,
 * typo fixes and unpublished work included, so as a filter it would tell when a document was
 * silently edited. Readers get the public `dateModified` (articles) instead.
 */
export const timestampFields = (access: {
  createdAt?: FieldAccess
  updatedAt?: FieldAccess
}): DateField[] =>
  (['createdAt', 'updatedAt'] as const)
    .filter((name) => access[name])
    .map((name) => ({
      name,
      type: 'date',
      index: true,
      label: name === 'createdAt' ? 'Created' : 'Updated',
      access: { read: access[name], create: () => false, update: () => false },
      admin: { hidden: true, disableBulkEdit: true },
    }))
