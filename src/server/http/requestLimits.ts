import type { IncomingMessage, ServerResponse } from 'node:http'

import { jwtVerify } from 'jose'
import crypto from 'node:crypto'

/** A reader's request body (a comment, a report) fits easily; anything bigger is refused unread. */
export const ANONYMOUS_BODY_LIMIT = 64 * 1024
/** Staff save whole articles (Lexical JSON and the admin's form state), so they get more room. */
export const STAFF_BODY_LIMIT = 4 * 1024 * 1024

const refuse = (res: ServerResponse, status: 411 | 413, message: string) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' })
  res.end(JSON.stringify({ errors: [{ message }] }))
  return true
}

/** The login tokens a request carries, where Payload looks for them: `JWT`/`Bearer` headers and the cookie. */
const tokensOf = (req: IncomingMessage): string[] => {
  const tokens: string[] = []
  const authorization = req.headers.authorization ?? ''
  const bearer = /^(?:JWT|Bearer) (\S+)$/.exec(authorization)
  if (bearer) {
    tokens.push(bearer[1])
  }
  const cookie = /(?:^|;\s*)payload-token=([^;]+)/.exec(req.headers.cookie ?? '')
  if (cookie) {
    tokens.push(decodeURIComponent(cookie[1]))
  }
  return tokens
}

/**
 * Refuses an oversized request body before anything reads it: 413 when Content-Length is over the
 * limit, 411 when a body comes without a length (chunked), which no client of this API needs. The
 * larger staff limit is granted only to a request whose login token verifies (signature and expiry,
 * with Payload's own key), not to any request that merely carries an `Authorization` header or a
 * cookie. Resolves to true when it answered.
 */
export const bodyLimits = (payloadSecret: string) => {
  // Payload signs logins with this digest of PAYLOAD_SECRET (payload/src/index.ts).
  const key = new TextEncoder().encode(
    crypto.createHash('sha256').update(payloadSecret).digest('hex').slice(0, 32),
  )
  const isLoggedIn = async (req: IncomingMessage) => {
    for (const token of tokensOf(req)) {
      try {
        await jwtVerify(token, key, { algorithms: ['HS256'] })
        return true
      } catch {
        /* forged, expired or from another installation */
      }
    }
    return false
  }

  return (req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean> => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') {
      return false
    }
    const length = req.headers['content-length']
    if (length === undefined) {
      return req.headers['transfer-encoding']
        ? refuse(res, 411, 'Send the request body with a Content-Length.')
        : false
    }
    const bytes = Number(length)
    if (!(bytes > ANONYMOUS_BODY_LIMIT)) {
      return false
    }
    const tooLarge = (limit: number) =>
      refuse(
        res,
        413,
        `Request body too large: at most ${Math.round(limit / 1024)} KB${limit === ANONYMOUS_BODY_LIMIT ? ' (more for logged-in staff)' : ''}.`,
      )
    if (bytes > STAFF_BODY_LIMIT || !tokensOf(req).length) {
      return tooLarge(bytes > STAFF_BODY_LIMIT ? STAFF_BODY_LIMIT : ANONYMOUS_BODY_LIMIT)
    }
    return isLoggedIn(req).then((loggedIn) => (loggedIn ? false : tooLarge(ANONYMOUS_BODY_LIMIT)))
  }
}
