import type { AfterErrorHook } from 'payload'

import { isDatabaseBusy } from './sqliteLocking'

/** Seconds a client is asked to wait after a write found the database busy. */
const RETRY_AFTER_SECONDS = 1

/**
 * A write that could not get SQLite's write lock in time (see sqliteLocking.ts) changed nothing: the
 * answer is `503 Service Unavailable` with `Retry-After`, never a 500 (REST and GraphQL alike).
 * Postgres's own conflicts are the plugin's (answerDatabaseRefusals.ts).
 */
export const answerBusyDatabaseWith503: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isDatabaseBusy(error)) {
    return
  }
  const message =
    'The database is busy with other writes; nothing was changed. Try again in a moment.'
  req.responseHeaders = new Headers({ 'Retry-After': String(RETRY_AFTER_SECONDS) })
  return {
    status: 503,
    response: { errors: [{ message }] },
    graphqlResult: {
      ...graphqlResult,
      message,
      extensions: { ...graphqlResult?.extensions, statusCode: 503 },
    },
  }
}
