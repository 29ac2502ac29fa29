/** The plugin's pure rules: where a webhook may go (public addresses only). */
import { isPublicAddress } from '../../../src/plugin/webhooks/safeTarget'

describe('where a webhook may go', () => {
  it('only to public IPv4 and global unicast IPv6, never to an address that carries or reaches a private one', () => {
    for (const address of [
      '8.8.8.8',
      '::ffff:8.8.8.8',
      '2001:4860:4860::8888',
      '2a00:1450:4001:81a::200e',
    ]) {
      expect([address, isPublicAddress(address)]).toEqual([address, true])
    }
    for (const address of [
      '::7f00:1',
      '::127.0.0.1',
      '::8.8.8.8',
      '::a00:1', // IPv4-compatible (::/96), however a resolver prints it
      'fec0::1',
      'feff::1', // site-local (deprecated)
      '64:ff9b::a00:1',
      '64:ff9b:1::a00:1', // NAT64, well-known and local-use
      '2002:a00:1::1',
      '2001:0:4136:e378:8000:63bf:f5ff:fffe', // 6to4, Teredo
      '::ffff:0:a00:1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1', // IPv4-translated and -mapped private
      '3fff::1',
      '5f00::1',
      '2001:db8::1',
      '100::1',
      'fc00::1',
      'fe80::1',
      '::1',
      '::',
      'ff02::1',
      '127.0.0.1',
      '10.0.0.1',
      '100.64.0.1',
      '169.254.169.254',
      '192.0.2.1',
      '0.0.0.0',
      'not an address',
    ]) {
      expect([address, isPublicAddress(address)]).toEqual([address, false])
    }
  })
})
