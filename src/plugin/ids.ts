/** The id of a relationship value, whether it arrives as an id or as a populated document. */
export const idOf = (ref: unknown): number | string | undefined =>
  ref && typeof ref === 'object'
    ? (ref as { id?: number | string }).id
    : (ref as number | string | undefined)

/** What a database adapter says about its ids: `defaultIDType` and its `name`. */
export type IdScheme = { defaultIDType?: 'number' | 'text' | string; name?: string }

/** PostgreSQL's `serial` ids are 32-bit; SQLite's rowids are 64-bit (JavaScript keeps 53 of them). */
const largestId = (db: IdScheme) =>
  db.name === 'postgres' ? 2_147_483_647 : Number.MAX_SAFE_INTEGER

/**
 * Could this value be the id of a document in this database? Whole numbers in range on SQLite and
 * PostgreSQL, 24 hexadecimal digits (an ObjectId) on MongoDB. Anything else names no document, and
 * the database would answer it with an error rather than "not found".
 */
export const isDatabaseId = (value: unknown, db: IdScheme): boolean => {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string') {
    return false
  }
  // Row ids start at 1; Payload's relationship check reads 0 as "no value" and lets it through.
  if (db.defaultIDType === 'number') {
    return /^[1-9]\d{0,15}$/.test(text) && Number(text) <= largestId(db)
  }
  return /^[0-9a-f]{24}$/i.test(text)
}

/** How ids look here, for messages. */
export const describeIds = (db: IdScheme) =>
  db.defaultIDType === 'number' ? 'a whole number' : 'a 24-character hexadecimal ObjectId'
