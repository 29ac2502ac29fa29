/**
 * What DATABASE_URI says, without loading any database adapter (the express process and the
 * cross-instance invalidation only need this much).
 */
export const isMongoUri = (uri: string): boolean => /^mongodb(\+srv)?:\/\//.test(uri)

export const isPostgresUri = (uri: string): boolean => /^postgres(ql)?:\/\//.test(uri)

/** How long to wait for a PostgreSQL server before giving up with an explanation. */
export const POSTGRES_CONNECT_TIMEOUT_MS = 5_000

/** Host (and database) only: never print credentials. */
export const redactUri = (uri: string): string => {
  try {
    const url = new URL(uri)
    return url.protocol === 'file:' ? uri : `${url.protocol}//${url.host}${url.pathname}`
  } catch {
    return uri.replace(/\/\/[^@/]*@/, '//***@')
  }
}
