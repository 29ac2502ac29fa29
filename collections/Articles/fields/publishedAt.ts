import type { DateField } from 'payload'

/** When the story was first published: readers' default order (newest first), so indexed. */
export const publishedAtField = (): DateField => ({
  name: 'publishedAt',
  type: 'date',
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: 'Set on first publication.',
  },
})
