import type { AfterErrorHook } from 'payload'

/**
 * What a SQL database refuses is answered as the client's mistake or a moment's contention, never a
 * 500. SQLite takes almost anything; PostgreSQL checks types, ranges and encoding, and reports
 * conflicts between concurrent writes, each with a SQLSTATE that Payload and drizzle wrap.
 */

/** The SQLSTATE of a database error, however deep Payload or drizzle wrapped it (their `cause`). */
export const sqlStateOf = (error: unknown): string | undefined => {
  for (
    let current = error as { code?: unknown; cause?: unknown; originalError?: unknown } | undefined,
      depth = 0;
    current && depth < 6;
    depth++
  ) {
    if (typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) {
      return current.code
    }
    current = (current.cause ?? current.originalError) as never
  }
  return undefined
}

/** Seconds a client is asked to wait after a write met another one. */
const RETRY_AFTER_SECONDS = 1

/** Retryable SQLSTATEs: the write could not go ahead for now and changed nothing. */
const RETRYABLE_SQLSTATES = new Set([
  '55P03', // lock_not_available: lock_timeout expired
  '40001', // serialization_failure
  '40P01', // deadlock_detected: this transaction was the one rolled back
  '53300', // too_many_connections: the server's, or the app's own queue of saves (writeSlots.ts)
])

const answer = (
  status: number,
  message: string,
  graphqlResult: Parameters<AfterErrorHook>[0]['graphqlResult'],
) => ({
  status,
  response: { errors: [{ message }] },
  graphqlResult: {
    ...graphqlResult,
    message,
    extensions: { ...graphqlResult?.extensions, statusCode: status },
  },
})

/**
 * node-postgres could not get a connection from its pool in time (every one held by other writes):
 * the transaction never began, or was rolled back with the query that waited.
 */
const POOL_EXHAUSTED = /timeout exceeded when trying to connect/

const isPoolExhausted = (error: unknown) => {
  for (
    let current = error as
        { message?: unknown; cause?: unknown; originalError?: unknown } | undefined,
      depth = 0;
    current && depth < 6;
    depth++
  ) {
    if (typeof current.message === 'string' && POOL_EXHAUSTED.test(current.message)) {
      return true
    }
    current = (current.cause ?? current.originalError) as never
  }
  return false
}

/** A write that lost to another (a lock wait that timed out, a deadlock, no free connection): 503 with Retry-After, REST and GraphQL alike. */
export const answerWriteConflictWith503: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const code = sqlStateOf(error)
  if (!(code && RETRYABLE_SQLSTATES.has(code)) && !isPoolExhausted(error)) {
    return
  }
  req.responseHeaders = new Headers({ 'Retry-After': String(RETRY_AFTER_SECONDS) })
  return answer(
    503,
    'The database is busy with other writes; nothing was changed. Try again in a moment.',
    graphqlResult,
  )
}

/** What a data exception (SQLSTATE class 22) says about the value, in a client's words. */
const REASONS: Record<string, string> = {
  '22021': 'Text cannot contain the NUL character (\\u0000 or %00).',
  '22P05': 'Text cannot contain the NUL character (\\u0000 or %00).',
  '22003': 'A number in the request is out of range for its field.',
  '22P02':
    'A value in the request is not of its field’s type (e.g. text where a number is expected).',
  '22007': 'A date in the request is not a valid date.',
  '22008': 'A date in the request is out of range.',
  '22001': 'A text in the request is too long for its field.',
}

/**
 * A value the database itself refuses is the client's mistake: 400 with the reason. Most such values
 * are refused earlier by the fields' validation, which names the field; this catches those in query
 * strings and filters (`?where[id][equals]=99999999999`, a `%00` in a slug).
 */
export const answerRejectedValueWith400: AfterErrorHook = ({ error, graphqlResult }) => {
  const code = sqlStateOf(error)
  if (!code?.startsWith('22')) {
    return
  }
  return answer(
    400,
    REASONS[code] ?? 'A value in the request is not valid for its field.',
    graphqlResult,
  )
}

/**
 * A reference to a row that does not exist, refused by the database's foreign key (PostgreSQL's
 * 23503, SQLite's SQLITE_CONSTRAINT_FOREIGNKEY). Payload's relationship check skips an id of 0 (it
 * reads it as "no value"), so `{ "speaker": 0 }` reaches the database: 400, not 500.
 */
const isForeignKeyViolation = (error: unknown): boolean => {
  for (
    let current = error as
        { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown } | undefined,
      depth = 0;
    current && depth < 6;
    depth++
  ) {
    if (
      current.code === '23503' ||
      (typeof current.code === 'string' && current.code.includes('FOREIGNKEY'))
    ) {
      return true
    }
    if (
      typeof current.message === 'string' &&
      current.message.includes('FOREIGN KEY constraint failed')
    ) {
      return true
    }
    current = (current.cause ?? current.originalError) as never
  }
  return false
}

export const answerMissingReferenceWith400: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isForeignKeyViolation(error)) {
    return
  }
  return answer(
    400,
    'The request refers to a document that does not exist (ids start at 1): nothing was changed.',
    graphqlResult,
  )
}
