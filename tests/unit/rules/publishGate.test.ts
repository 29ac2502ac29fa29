/** The plugin's pure rules: the publish gate's. */
import type { QuoteDoc } from '../../../src/plugin/documents'

import { publishProblems } from '../../../src/plugin/publishGate/publishProblems'
import { lexicalBody, paragraphNode } from '../../../src/plugin/richText/lexical'
import { bodyCiting, quoteOf, source } from './documents'

describe('the publish gate’s rules', () => {
  it('refuses an empty body, and nothing else about it', () => {
    expect(publishProblems({ body: lexicalBody(paragraphNode('   ')), quotes: new Map() })).toEqual(
      [{ path: 'body', message: expect.stringMatching(/empty/) }],
    )
    expect(
      publishProblems({ body: lexicalBody(paragraphNode('Words.')), quotes: new Map() }),
    ).toEqual([])
  })

  it('names a quote that no longer exists, one without a speaker, an anonymous source without reason or approver, footage without verification', () => {
    const anonymous = source({ kind: 'anonymous', anonymity: { reason: '  ' } })
    const clip = source({ kind: 'footage', description: 'the clip', provenance: {} })
    const quotes = new Map<number | string, QuoteDoc>([
      [2, quoteOf(2, undefined)],
      [3, quoteOf(3, anonymous)],
      [4, quoteOf(4, source({ kind: 'person' }), { via: clip })],
    ])
    const messages = publishProblems({ body: bodyCiting(1, 2, 3, 4), quotes }).map(
      (problem) => problem.message,
    )
    expect(messages).toEqual([
      expect.stringMatching(/refers to quote 1, which has been deleted/),
      expect.stringMatching(/“Words 2” has no speaker/),
      expect.stringMatching(/anonymous source of “Words 3” has no reason/),
      expect.stringMatching(/anonymous source of “Words 3” has no approving editor/),
      expect.stringMatching(/recording “the clip” .* has no verification status/),
    ])
  })

  it('passes a properly sourced body', () => {
    const anonymous = source({
      kind: 'anonymous',
      anonymity: { reason: 'Fears retaliation.', approvedBy: 7 },
    })
    const clip = source({ kind: 'footage', provenance: { verificationStatus: 'unverified' } })
    expect(
      publishProblems({
        body: bodyCiting(1, 2),
        quotes: new Map([
          [1, quoteOf(1, anonymous)],
          [2, quoteOf(2, clip)],
        ]),
      }),
    ).toEqual([])
  })
})
