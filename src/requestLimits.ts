import type { IncomingMessage, ServerResponse } from 'node:http'

/** A reader's request body (a comment, a report) fits easily; anything bigger is refused unread. */
export const ANONYMOUS_BODY_LIMIT = 64 * 1024
/** Staff save whole articles (Lexical JSON and the admin's form state), so they get more room. */
export const STAFF_BODY_LIMIT = 4 * 1024 * 1024

const carriesCredentials = (req: IncomingMessage) =>
  Boolean(req.headers.authorization) || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')

const refuse = (res: ServerResponse, status: 411 | 413, message: string) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' })
  res.end(JSON.stringify({ errors: [{ message }] }))
}

/**
 * Refuses an oversized request body before anything reads it: 413 when Content-Length is over the
 * limit, 411 when a body comes without a length (chunked), which no client of this API needs.
 * Returns true when it answered.
 */
export const refuseOversizedBody = (req: IncomingMessage, res: ServerResponse): boolean => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return false
  const limit = carriesCredentials(req) ? STAFF_BODY_LIMIT : ANONYMOUS_BODY_LIMIT
  const length = req.headers['content-length']
  if (length === undefined) {
    if (req.headers['transfer-encoding']) {
      refuse(res, 411, 'Send the request body with a Content-Length.')
      return true
    }
    return false
  }
  if (Number(length) > limit) {
    refuse(res, 413, `Request body too large: at most ${Math.round(limit / 1024)} KB.`)
    return true
  }
  return false
}
