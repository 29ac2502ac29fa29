import type { TextField } from 'payload'

/** Free-text tags: delivered with the story and as its JSON-LD keywords. */
export const tagsField = (): TextField => ({
  name: 'tags',
  type: 'text',
  hasMany: true,
  maxLength: 60,
  admin: { position: 'sidebar' },
})
