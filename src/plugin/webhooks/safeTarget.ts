import type { LookupFunction } from 'node:net'

import ipaddr from 'ipaddr.js'
/**
 * Where a webhook may be sent. A webhook URL is typed by an admin but fetched by the server, so
 * without a check it reaches whatever the server can: its own admin on loopback, the cloud's
 * metadata address (169.254.169.254), the private network. Only public unicast addresses are
 * allowed, checked on save and again on every delivery after DNS resolution (a name can change
 * what it points at), except hosts the operator lists (WEBHOOK_ALLOWED_HOSTS).
 */
import dns from 'node:dns'

/** The only IPv6 addresses of the public internet: global unicast (RFC 4291 §2.4). */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3')
/** Inside it, ranges ipaddr.js does not know yet that are no public host: documentation (RFC 9637). */
const NOT_PUBLIC_V6 = [ipaddr.IPv6.parseCIDR('3fff::/20')]

/**
 * An IPv6 address whose last 32 bits are written as IPv4 (`::8.8.8.8`, as resolvers print an
 * IPv4-compatible address) with them in hex: ipaddr.js 2.2 reads `::a.b.c.d` as `::ffff:a.b.c.d`.
 */
const withHexTail = (address: string) =>
  address.replace(
    /:(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/,
    (_, a: string, b: string, c: string, d: string) => {
      const [w, x, y, z] = [a, b, c, d].map(Number) as [number, number, number, number]
      return `:${((w << 8) | x).toString(16)}:${((y << 8) | z).toString(16)}`
    },
  )

/**
 * True for an address on the public internet: an IPv4 address in ipaddr.js's `unicast` range (not
 * loopback, private, link-local, carrier-grade NAT, reserved…), an IPv4-mapped IPv6 address judged
 * as the IPv4 it carries, and otherwise only IPv6 global unicast (2000::/3) that is not a special
 * range. So the IPv4-compatible `::7f00:1` (::/96), site-local fec0::/10, NAT64 (64:ff9b::/96,
 * 64:ff9b:1::/48) and SRv6 are refused, and so are 6to4 (2002::/16) and Teredo (2001::/32), which
 * can carry a private IPv4 address.
 */
export const isPublicAddress = (address: string): boolean => {
  if (!ipaddr.isValid(address)) {
    return false
  }
  const parsed = ipaddr.parse(withHexTail(address))
  if (parsed.kind() === 'ipv4') {
    return parsed.range() === 'unicast'
  }
  const v6 = parsed as ipaddr.IPv6
  if (v6.isIPv4MappedAddress()) {
    return v6.toIPv4Address().range() === 'unicast'
  }
  return (
    v6.match(GLOBAL_UNICAST_V6) &&
    v6.range() === 'unicast' &&
    !NOT_PUBLIC_V6.some((range) => v6.match(range))
  )
}

const bareHost = (hostname: string) => hostname.replace(/^\[|\]$/g, '').toLowerCase()

/** Is this host one the operator allowed explicitly (by name or by address)? */
export const isAllowedHost = (hostname: string, allowedHosts: readonly string[]) =>
  allowedHosts.map(bareHost).includes(bareHost(hostname))

/** `WEBHOOK_ALLOWED_HOSTS`-style list: comma-separated, blanks ignored. */
export const parseAllowedHosts = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((host) => host.trim())
    .filter(Boolean)

/**
 * Why a URL may not receive webhooks, or undefined when it may. Resolves the host name, so a name
 * that points at a private address is refused like the address itself.
 */
export const targetProblem = async (
  url: string,
  allowedHosts: readonly string[],
): Promise<string | undefined> => {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'Enter a full URL, such as https://example.com/hooks/newsroom.'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return 'Only http and https URLs can receive webhooks.'
  }
  if (parsed.username || parsed.password) {
    return 'Put no user name or password in the URL; receivers verify the signature instead.'
  }
  const host = bareHost(parsed.hostname)
  if (isAllowedHost(host, allowedHosts)) {
    return undefined
  }
  const refusal = `${host} is not a public address. Webhooks do not go to loopback, private or link-local addresses unless the host is listed in WEBHOOK_ALLOWED_HOSTS.`
  if (ipaddr.isValid(host)) {
    return isPublicAddress(host) ? undefined : refusal
  }
  let addresses: { address: string }[]
  try {
    addresses = await dns.promises.lookup(host, { all: true, verbatim: true })
  } catch {
    return `${host} cannot be found (DNS).`
  }
  return addresses.every(({ address }) => isPublicAddress(address)) ? undefined : refusal
}

/**
 * A `lookup` for http.request that resolves as usual but refuses a non-public answer, so the
 * connection is made to exactly the address that was checked (no second lookup to rebind).
 */
export const publicOnlyLookup =
  (allowedHosts: readonly string[]): LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true, verbatim: true }, (error, addresses) => {
      if (error) {
        return callback(error, '', 0)
      }
      const list = addresses
      const usable = isAllowedHost(hostname, allowedHosts)
        ? list
        : list.filter(({ address }) => isPublicAddress(address))
      if (!usable.length) {
        const refused = Object.assign(
          new Error(
            `${hostname} resolves only to non-public addresses; refused (see WEBHOOK_ALLOWED_HOSTS).`,
          ),
          { code: 'EADDRNOTPUBLIC' },
        )
        return callback(refused, '', 0)
      }
      if (options.all) {
        return (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(
          null,
          usable,
        )
      }
      callback(null, usable[0].address, usable[0].family)
    })
  }
