/**
 * Where a webhook may be sent. A webhook URL is typed by an admin but fetched by the server, so
 * without a check it reaches whatever the server can: its own admin on loopback, the cloud's
 * metadata address (169.254.169.254), the private network. Only public unicast addresses are
 * allowed, checked on save and again on every delivery after DNS resolution (a name can change
 * what it points at), except hosts the operator lists (WEBHOOK_ALLOWED_HOSTS).
 */
import dns from 'node:dns'
import type { LookupFunction } from 'node:net'

import ipaddr from 'ipaddr.js'

/** True for an address on the public internet (ipaddr.js's `unicast` range: not loopback, private, link-local, reserved…). */
export const isPublicAddress = (address: string): boolean => {
  if (!ipaddr.isValid(address)) return false
  const parsed = ipaddr.process(address) // IPv4-mapped IPv6 is judged as the IPv4 it carries
  return parsed.range() === 'unicast'
}

const bareHost = (hostname: string) => hostname.replace(/^\[|\]$/g, '').toLowerCase()

/** Is this host one the operator allowed explicitly (by name or by address)? */
export const isAllowedHost = (hostname: string, allowedHosts: readonly string[]) => allowedHosts.map(bareHost).includes(bareHost(hostname))

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
export const targetProblem = async (url: string, allowedHosts: readonly string[]): Promise<string | undefined> => {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'Enter a full URL, such as https://example.com/hooks/newsroom.'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'Only http and https URLs can receive webhooks.'
  if (parsed.username || parsed.password) return 'Put no user name or password in the URL; receivers verify the signature instead.'
  const host = bareHost(parsed.hostname)
  if (isAllowedHost(host, allowedHosts)) return undefined
  const refusal = `${host} is not a public address. Webhooks do not go to loopback, private or link-local addresses unless the host is listed in WEBHOOK_ALLOWED_HOSTS.`
  if (ipaddr.isValid(host)) return isPublicAddress(host) ? undefined : refusal
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
      if (error) return callback(error, '', 0)
      const list = addresses as unknown as dns.LookupAddress[]
      const usable = isAllowedHost(hostname, allowedHosts) ? list : list.filter(({ address }) => isPublicAddress(address))
      if (!usable.length) {
        const refused = Object.assign(new Error(`${hostname} resolves only to non-public addresses; refused (see WEBHOOK_ALLOWED_HOSTS).`), { code: 'EADDRNOTPUBLIC' })
        return callback(refused, '', 0)
      }
      if ((options as dns.LookupOptions).all) return (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(null, usable)
      callback(null, usable[0]!.address, usable[0]!.family)
    })
  }
