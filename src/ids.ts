/** The id of a relationship value, whether it arrives as an id or as a populated document. */
export const idOf = (ref: unknown): number | string | undefined =>
  ref && typeof ref === 'object' ? (ref as { id?: number | string }).id : (ref as number | string | undefined)
