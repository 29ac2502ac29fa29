import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'

/** The first X-Forwarded-For hop (set by our express server from the connection), else X-Real-IP. */
export const clientIpFromHeaders = (req: PayloadRequest): string | undefined =>
  req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || req.headers.get('x-real-ip')?.trim() || undefined

/**
 * IPs are never stored: only an HMAC keyed with the app's secret, enough to tell "the same client
 * again" within this installation and useless for anything else.
 */
export const hashIp = (ip: string | undefined, secret: string): string =>
  crypto.createHmac('sha256', secret).update(`ip:${ip ?? 'unknown'}`).digest('hex').slice(0, 32)
