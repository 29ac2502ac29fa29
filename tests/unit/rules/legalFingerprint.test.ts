/** The plugin's pure rules: what legal's sign-off covers (its fingerprint). */
import type { QuoteDoc } from '../../../src/plugin/documents'

import { legalFingerprint } from '../../../src/plugin/workflow/legalReview'
import { bodyCiting, quoteOf, source } from './documents'

describe('legal’s fingerprint (issue 27, item 1)', () => {
  const clip = source({
    id: 10,
    kind: 'footage',
    provenance: { verificationStatus: 'unverified' },
  } as never)
  const colleague = source({ id: 11, kind: 'anonymous' } as never)
  const signed = (quote: QuoteDoc) =>
    legalFingerprint({ body: bodyCiting(1), quotes: new Map([[1, quote]]) })
  const base = quoteOf(1, colleague, { via: clip })

  it('covers each cited quote’s words, kind, speaker and via, and those sources’ kind and verification', () => {
    const fingerprint = signed(base)
    expect(signed({ ...base })).toBe(fingerprint)
    expect(signed({ ...base, text: 'Other words' })).not.toBe(fingerprint)
    expect(signed({ ...base, kind: 'paraphrase' })).not.toBe(fingerprint)
    expect(signed({ ...base, speaker: source({ id: 12, kind: 'anonymous' } as never) })).not.toBe(
      fingerprint,
    )
    expect(signed({ ...base, speaker: { ...colleague, kind: 'person' } })).not.toBe(fingerprint)
    expect(signed({ ...base, via: null })).not.toBe(fingerprint)
    expect(
      signed({ ...base, via: { ...clip, provenance: { verificationStatus: 'verified' } } }),
    ).not.toBe(fingerprint)
    // What legal does not weigh: a quote's context, a person's leftover provenance.
    expect(signed({ ...base, context: 'Said at the vigil.' })).toBe(fingerprint)
    expect(
      signed({
        ...base,
        speaker: { ...colleague, provenance: { verificationStatus: 'verified' } },
      }),
    ).toBe(fingerprint)
  })

  it('finds a quote whether the body stores its id as a number or as text', () => {
    const asText = legalFingerprint({
      body: bodyCiting(1),
      quotes: new Map([['1', { ...base, id: '1' }]]),
    })
    expect(asText).toBe(signed(base))
  })
})
