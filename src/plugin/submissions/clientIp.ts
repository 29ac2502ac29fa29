import type { PayloadRequest } from 'payload'

import ipaddr from 'ipaddr.js'
import crypto from 'node:crypto'

/** The first X-Forwarded-For hop (set by our express server from the connection), else X-Real-IP. */
export const clientIpFromHeaders = (req: PayloadRequest): string | undefined =>
  req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ||
  req.headers.get('x-real-ip')?.trim() ||
  undefined

/**
 * Who a client is, for counting: an IPv4 address, or an IPv6 client's /64 (one household or
 * server is given a whole /64 and can rotate through it at will); an IPv4 address written as IPv6
 * (`::ffff:1.2.3.4`) is that IPv4 address.
 */
export const clientKey = (ip: string | undefined): string => {
  if (!ip) {
    return 'unknown'
  }
  try {
    let address = ipaddr.parse(ip)
    if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
      address = (address as ipaddr.IPv6).toIPv4Address()
    }
    if (address.kind() === 'ipv4') {
      return address.toString()
    }
    return `${(address as ipaddr.IPv6).toNormalizedString().split(':').slice(0, 4).join(':')}::/64`
  } catch {
    return ip
  }
}

/**
 * IPs are never stored: only an HMAC keyed with the app's secret, enough to tell "the same client
 * again" within this installation and useless for anything else.
 */
export const hashIp = (ip: string | undefined, secret: string): string =>
  crypto
    .createHmac('sha256', secret)
    .update(`ip:${clientKey(ip)}`)
    .digest('hex')
    .slice(0, 32)
