/**
 * What a story's slug looks like: `toSlug`'s output (lower-case letters and digits, runs joined by
 * single hyphens), at most the slug field's 200 characters. Paths that carry a slug (the event
 * stream) accept nothing else, so no other text (`me?`, `../..`) ever reaches a URL built from it.
 */
export const isStorySlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
