/** The plugin's pure rules: who a reader is, for counting (client address, mailbox). */
import { clientKey } from '../../../src/plugin/submissions/clientIp'
import { emailKey } from '../../../src/plugin/submissions/emailKey'

describe('who a reader is, for counting', () => {
  it('an IPv6 client by its /64, an IPv4-mapped address as IPv4', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(
      clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'),
    )
    expect(clientKey('2001:db8:1:2::1')).not.toBe(clientKey('2001:db8:1:3::1'))
    expect(clientKey('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(clientKey(undefined)).toBe('unknown')
    expect(clientKey('not an address')).toBe('not an address')
  })

  it('a mailbox however it is spelled', () => {
    expect(emailKey(' Ana.Reader+news@Gmail.com ')).toBe('anareader@gmail.com')
    expect(emailKey('ana.reader@googlemail.com')).toBe('anareader@gmail.com')
    expect(emailKey('first.last+x@example.org')).toBe('first.last@example.org')
  })
})
