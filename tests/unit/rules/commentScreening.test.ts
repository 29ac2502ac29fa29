/** The plugin's pure rules: screening a reader's comment (clean, held or spam, and why). */
import { screenComment, screeningReason } from '../../../collections/Comments/hooks/screenComment'
import { withDefaults } from '../../../src/plugin/settings'

describe('comment screening', () => {
  const settings = withDefaults({ comments: { blocklist: ['cheap pills'], maxLinks: 2 } }).comments
  it.each([
    [{ body: 'A thoughtful comment.', authorName: 'Ana', honeypot: false }, 'clean'],
    [{ body: 'Anything', authorName: 'Bot', honeypot: true }, 'spam'],
    [{ body: 'Buy CHEAP PILLS now', authorName: 'X', honeypot: false }, 'spam'],
    [{ body: 'Hi', authorName: 'cheap pills shop', honeypot: false }, 'spam'],
    [
      {
        body: 'see example.com, example.org and https://example.net/x',
        authorName: 'Y',
        honeypot: false,
      },
      'hold',
    ],
    [{ body: 'see example.com and example.org', authorName: 'Y', honeypot: false }, 'clean'],
  ] as const)('%j → %s', (comment, verdict) => {
    expect(screenComment(comment, settings)).toBe(verdict)
  })

  it.each([
    [{ body: 'A thoughtful comment.', authorName: 'Ana', honeypot: false }, null],
    [{ body: 'Anything', authorName: 'Bot', honeypot: true }, /hidden form field/],
    [
      { body: 'Buy CHEAP PILLS now', authorName: 'X', honeypot: false },
      /blocklisted phrase “cheap pills”/,
    ],
    [
      {
        body: 'see example.com, example.org and https://example.net/x',
        authorName: 'Y',
        honeypot: false,
      },
      /3 links \(more than 2\)/,
    ],
  ] as const)('says why %j is held: %s', (comment, reason) => {
    const said = screeningReason(comment, settings)
    if (reason === null) {
      expect(said).toBeNull()
    } else {
      expect(said).toMatch(reason)
    }
  })
})
