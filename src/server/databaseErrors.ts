import type { AfterErrorHook } from 'payload'

import { postgresErrorCode } from './postgres'
import { isDatabaseBusy } from './sqliteLocking'

/** Seconds a client is asked to wait after a write found the database busy. */
const RETRY_AFTER_SECONDS = 1

/** Postgres's retryable SQLSTATEs: the write could not go ahead for now and changed nothing. */
const RETRYABLE_SQLSTATES = new Set([
  '55P03', // lock_not_available: lock_timeout expired
  '40001', // serialization_failure
  '40P01', // deadlock_detected: this transaction was the one rolled back
])

/**
 * A write that could not get the database's write lock in time changed nothing: the answer is
 * `503 Service Unavailable` with `Retry-After`, never a 500 (REST and GraphQL alike).
 */
export const answerBusyDatabaseWith503: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const code = postgresErrorCode(error)
  if (!isDatabaseBusy(error) && !(code && RETRYABLE_SQLSTATES.has(code))) return
  const message = 'The database is busy with other writes; nothing was changed. Try again in a moment.'
  req.responseHeaders = new Headers({ 'Retry-After': String(RETRY_AFTER_SECONDS) })
  return { status: 503, response: { errors: [{ message }] }, graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult?.extensions, statusCode: 503 } } }
}

/** What a Postgres data exception (SQLSTATE class 22) says about the value, in a client's words. */
const REASONS: Record<string, string> = {
  '22021': 'Text cannot contain the NUL character (\\u0000 or %00).',
  '22P05': 'Text cannot contain the NUL character (\\u0000 or %00).',
  '22003': 'A number in the request is out of range for its field.',
  '22P02': 'A value in the request is not of its field’s type (e.g. text where a number is expected).',
  '22007': 'A date in the request is not a valid date.',
  '22008': 'A date in the request is out of range.',
  '22001': 'A text in the request is too long for its field.',
}

/**
 * A value the database itself refuses (SQLite takes anything; Postgres checks types, ranges and
 * encoding) is the client's mistake, not the server's: 400 with the reason, never a 500. Most such
 * values are refused earlier by the fields' validation, which names the field; this catches those in
 * query strings and filters (`?where[id][equals]=99999999999`, a `%00` in a slug).
 */
export const answerRejectedValueWith400: AfterErrorHook = ({ error, graphqlResult }) => {
  const code = postgresErrorCode(error)
  if (!code?.startsWith('22')) return
  const message = REASONS[code] ?? 'A value in the request is not valid for its field.'
  return { status: 400, response: { errors: [{ message }] }, graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult?.extensions, statusCode: 400 } } }
}
