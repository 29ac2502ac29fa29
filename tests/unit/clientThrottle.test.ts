import { jest } from '@jest/globals'

import { clientThrottle } from '../../src/plugin/auth/clientThrottle'
import { withoutSuggestion } from '../../src/plugin/graphql/withoutSuggestions'

describe('a client throttle', () => {
  afterEach(() => jest.useRealTimers())

  it('lets a client through until it has used its allowance, then says how long to wait, and forgets it once the window has passed', () => {
    jest.useFakeTimers({ now: 1_000_000 })
    const throttle = clientThrottle({ max: 3, windowMs: 60_000 })
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfterSeconds('a')).toBeUndefined()
      throttle.record('a')
      jest.advanceTimersByTime(10_000)
    }
    expect(throttle.retryAfterSeconds('a')).toBe(30)
    expect(throttle.retryAfterSeconds('b')).toBeUndefined()
    jest.advanceTimersByTime(30_001)
    expect(throttle.retryAfterSeconds('a')).toBeUndefined()
  })

  it('keeps at most maxClients clients, forgetting the least recently seen', () => {
    const throttle = clientThrottle({ max: 1, windowMs: 60_000, maxClients: 2 })
    for (const key of ['a', 'b', 'c']) {
      throttle.record(key)
    }
    expect(throttle.retryAfterSeconds('a')).toBeUndefined()
    expect(throttle.retryAfterSeconds('c')).toBeDefined()
  })
})

describe('GraphQL messages without suggestions', () => {
  it.each([
    [
      'Cannot query field "trueIdentit" on type "SourceAnonymity". Did you mean "trueIdentity"?',
      'Cannot query field "trueIdentit" on type "SourceAnonymity".',
    ],
    [
      'Unknown argument "wher" on field "Query.Sources". Did you mean "where"?',
      'Unknown argument "wher" on field "Query.Sources".',
    ],
    [
      'Value "PUBLISHD" does not exist in "Article__status" enum. Did you mean the enum value "published" or "draft"?',
      'Value "PUBLISHD" does not exist in "Article__status" enum.',
    ],
    ['Syntax Error: Expected Name, found "}".', 'Syntax Error: Expected Name, found "}".'],
  ])('%s', (message, expected) => expect(withoutSuggestion(message)).toBe(expected))
})
