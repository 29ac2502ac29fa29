import { buildSchema, parse, validate } from 'graphql'

import type { DeliveryArticle } from '../../src/plugin/delivery/types'
import type { QuoteDoc, SourceDoc } from '../../src/plugin/documents'

import { screenComment, screeningReason } from '../../collections/Comments/hooks/screenComment'
import { bodyToHtml } from '../../src/plugin/delivery/bodyHtml'
import { toNewsArticleJsonLd } from '../../src/plugin/delivery/jsonld'
import {
  countFieldSelections,
  fieldCountRule,
  graphQLQueryTooLarge,
} from '../../src/plugin/graphql/requestSize'
import { publishProblems } from '../../src/plugin/publishGate/publishProblems'
import {
  hasWords,
  lexicalBody,
  paragraphNode,
  quoteNode,
  quoteRefsIn,
} from '../../src/plugin/richText/lexical'
import { withDefaults } from '../../src/plugin/settings'
import { clientKey } from '../../src/plugin/submissions/clientIp'
import { emailKey } from '../../src/plugin/submissions/emailKey'
import { isPublicAddress } from '../../src/plugin/webhooks/safeTarget'
import { legalFingerprint } from '../../src/plugin/workflow/legalReview'

/** The plugin's pure rules: data in, a verdict out. No database, no server; milliseconds each. */

const source = (data: Partial<SourceDoc> & Pick<SourceDoc, 'kind'>): SourceDoc => ({
  id: Math.random(),
  description: 'a source',
  ...data,
})
const quoteOf = (
  id: number,
  speaker: SourceDoc | undefined,
  extra: Partial<QuoteDoc> = {},
): QuoteDoc => ({ id, text: `Words ${id}`, kind: 'verbatim', speaker, ...extra })
const bodyCiting = (...ids: number[]) =>
  lexicalBody(
    ...ids.map((id) =>
      paragraphNode('They said: “', quoteNode(id, `block${id}`.padEnd(24, '0')), '”'),
    ),
  )

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

describe('the body’s shape', () => {
  it('finds every inline quote in reading order, and knows a body with only a quote has words', () => {
    expect(quoteRefsIn(bodyCiting(5, 3, 9))).toEqual([5, 3, 9])
    expect(quoteRefsIn(null)).toEqual([])
    expect(hasWords(lexicalBody(paragraphNode(quoteNode(1, 'x'.repeat(24)))))).toBe(true)
    expect(hasWords({ root: { children: [{ type: 'paragraph', children: [] }] } })).toBe(false)
  })
})

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

describe('how big a GraphQL query is', () => {
  const schema = buildSchema('type Query { story: Story } type Story { title: String dek: String }')
  it('counts each alias and each fragment spread, wherever it is spread', () => {
    expect(countFieldSelections(parse('{ a: story { title } b: story { title dek } }'))).toBe(5)
    expect(
      countFieldSelections(
        parse(
          '{ a: story { ...F } b: story { ...F } } fragment F on Story { title dek x: __typename }',
        ),
      ),
    ).toBe(8)
    expect(
      countFieldSelections(
        parse(
          '{ story { ...A } } fragment A on Story { ...B ...B } fragment B on Story { title dek }',
        ),
      ),
    ).toBe(5)
  })
  it('refuses past maxFields in validation (any route) and past maxTokens before parsing (the app’s route)', () => {
    const errors = validate(
      schema,
      parse(`{ ${Array.from({ length: 11 }, (_, i) => `s${i}: __typename`).join(' ')} }`),
      [fieldCountRule({ maxFields: 10 })],
    )
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/more than 10 fields .*graphQL\.maxFields/),
    ])
    expect(
      validate(schema, parse('{ story { title dek } }'), [fieldCountRule({ maxFields: 10 })]),
    ).toEqual([])
    expect(
      graphQLQueryTooLarge('{ a: __typename b: __typename }', { maxFields: 10, maxTokens: 5 }),
    ).toMatch(/longer than 5 tokens/)
    expect(
      graphQLQueryTooLarge('{ a: __typename b: __typename }', { maxFields: 10, maxTokens: 50 }),
    ).toBeUndefined()
    // Not GraphQL at all: Payload answers it with the syntax error's place.
    expect(graphQLQueryTooLarge('{ story', { maxFields: 10, maxTokens: 50 })).toBeUndefined()
  })
})

describe('JSON-LD', () => {
  const article: DeliveryArticle = {
    id: 1,
    slug: 'story',
    title: 'Headline',
    dek: 'Dek',
    byline: 'Staff',
    authors: [],
    storyStatus: 'developing',
    tags: ['a'],
    publishedAt: '2026-01-01T00:00:00.000Z',
    embargoedUntil: null,
    dateModified: null,
    body: bodyCiting(10, 11),
    retraction: null,
    heroImage: null,
    bodyImages: [],
    meta: { title: 'Headline', description: 'Dek', image: null },
    bodyHtml: '',
    quotes: [
      {
        id: 10,
        text: 'Named words',
        kind: 'verbatim',
        speaker: 20,
        speakerTitle: null,
        via: null,
        context: null,
        saidAt: null,
      },
      {
        id: 11,
        text: 'Unnamed words',
        kind: 'paraphrase',
        speaker: 'anonymous-1',
        speakerTitle: null,
        via: null,
        context: null,
        saidAt: null,
      },
    ],
    sources: [
      {
        id: 20,
        description: 'the mayor',
        kind: 'person',
        name: 'Jo Mayor',
        role: 'Mayor',
        anonymity: null,
        provenance: null,
      },
      {
        id: 'anonymous-1',
        description: 'a colleague who spoke on condition of anonymity',
        kind: 'anonymous',
        name: null,
        role: 'Colleague',
        anonymity: { reason: 'r' },
        provenance: null,
      },
    ],
    updateLog: [
      { id: 'e1', type: 'correction', text: 'Fixed a date.', date: '2026-01-02T00:00:00.000Z' },
    ],
    logRevisions: [],
    commentsOpen: true,
    commentCount: 0,
    comments: { docs: [], page: 1, totalTopLevel: 0, hasMore: false },
  }
  const ld = toNewsArticleJsonLd(article, { url: 'https://news.example/story' }) as any

  it('is a NewsArticle with quotes attributed, corrections as CorrectionComment, the body as read', () => {
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Headline',
      url: 'https://news.example/story',
      dateModified: '2026-01-01T00:00:00.000Z',
      author: { '@type': 'Organization', name: 'Staff' },
    })
    expect(ld.articleBody).toBe('They said: “Named words”\n\nThey said: “Unnamed words”')
    expect(ld.citation[0]).toMatchObject({
      '@type': 'Quotation',
      text: 'Named words',
      spokenByCharacter: { '@type': 'Person', name: 'Jo Mayor', jobTitle: 'Mayor' },
    })
    expect(ld.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'Fixed a date.',
        datePublished: '2026-01-02T00:00:00.000Z',
      },
    ])
  })

  it('never turns a description into a name: an unnamed or anonymous source is described', () => {
    expect(ld.citation[1].spokenByCharacter).toEqual({
      '@type': 'Person',
      description: 'a colleague who spoke on condition of anonymity',
      jobTitle: 'Colleague',
    })
    expect(ld.citation[1].description).toBe('Paraphrase')
  })
})

describe('the body as HTML', () => {
  const quotes = [
    {
      id: 10,
      text: 'Named <words> & more',
      kind: 'verbatim' as const,
      speaker: 20,
      speakerTitle: null,
      via: null,
      context: null,
      saidAt: null,
    },
    {
      id: 11,
      text: 'Unnamed words',
      kind: 'paraphrase' as const,
      speaker: 'anonymous-1',
      speakerTitle: null,
      via: null,
      context: null,
      saidAt: null,
    },
  ]
  const html = bodyToHtml(
    lexicalBody(
      paragraphNode('He said “', quoteNode(10, 'a'.repeat(24)), '” <b>plainly</b>.'),
      paragraphNode(
        'Others ',
        quoteNode(11, 'b'.repeat(24)),
        ' (id 12: ',
        quoteNode(12, 'c'.repeat(24)),
        ')',
      ),
    ),
    quotes,
  )

  it('marks each quote, attributed to its source, and escapes every word', () => {
    expect(html).toContain(
      '<q class="quote" data-quote="10" cite="#source-20" aria-describedby="source-20" style="quotes: none">Named &lt;words&gt; &amp; more</q>',
    )
    expect(html).toContain(
      '<span class="quote quote--paraphrase" data-quote="11" data-paraphrase="" aria-describedby="source-anonymous-1">Unnamed words</span>',
    )
    expect(html).toContain('&lt;b&gt;plainly&lt;/b&gt;')
    expect(html).not.toMatch(/<b>|<script/)
  })

  it('reads exactly as the story: every paragraph in order; a quote readers may not see leaves nothing', () => {
    const paragraphs = [...html.matchAll(/<p[^>]*>(.*?)<\/p>/g)].map((match) =>
      match[1]
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    )
    expect(paragraphs).toEqual([
      'He said “Named <words> & more” <b>plainly</b>.',
      'Others Unnamed words (id 12: )',
    ])
  })
})
