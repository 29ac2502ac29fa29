/** Syndication formats: IPTC ninjs 3.1, valid against the official schema. */
import fc from 'fast-check'

import { toNinjs } from '../../../src/plugin/syndication/ninjs'
import { POLICIES } from '../../../src/plugin/vocabulary'
import { ninjsValidator } from '../../helpers/standards'
import { newsroom, story } from './stories'

const validateNinjs = ninjsValidator()

describe('IPTC ninjs 3.1', () => {
  it('is valid against the official schema for any story, with and without updates, corrections, embargo, byline and sources', () => {
    fc.assert(
      fc.property(story, (article) => {
        const ninjs = toNinjs(article, {
          url: `https://ledger.example/stories/${article.slug}`,
          newsroom,
          embargoedUntil: article.embargoedUntil,
        })
        expect(validateNinjs(ninjs)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('carries the story’s facts: headline, dek, HTML body and log, byline, tags, embargo, sources as printed, policies as trust indicators', () => {
    const article = fc.sample(story, { seed: 7, numRuns: 1 })[0]
    Object.assign(article, {
      title: 'Bridge reopens',
      dek: 'After a week of repairs.',
      byline: 'Staff',
      tags: ['transport'],
      embargoedUntil: '2026-11-26T18:00:00.000Z',
      updateLog: [
        {
          id: 'a'.repeat(24),
          type: 'correction',
          text: 'The bridge is the north one.',
          date: '2026-11-26T19:00:00.000Z',
        },
      ],
      sources: [
        {
          id: 'anonymous-1',
          description: 'an engineer who was not authorised to speak',
          kind: 'anonymous',
          name: 'Never Shown',
          role: null,
          anonymity: { reason: 'x' },
          provenance: null,
        },
        {
          id: 4,
          description: 'the city council',
          kind: 'official',
          name: null,
          role: null,
          anonymity: null,
          provenance: null,
        },
        {
          id: 5,
          description: 'a resident’s video',
          kind: 'footage',
          name: null,
          role: null,
          anonymity: null,
          provenance: null,
        },
      ],
    })
    const ninjs = toNinjs(article, {
      url: 'https://ledger.example/stories/bridge',
      newsroom,
      embargoedUntil: article.embargoedUntil,
    }) as any
    expect(ninjs).toMatchObject({
      uri: 'https://ledger.example/stories/bridge',
      type: 'text',
      pubStatus: 'usable',
      language: 'en-GB',
      headlines: [{ role: 'main', value: 'Bridge reopens' }],
      descriptions: [{ role: 'summary', value: 'After a week of repairs.' }],
      by: 'Staff',
      subjects: [{ name: 'transport' }],
      embargoedUntil: '2026-11-26T18:00:00.000Z',
      people: [
        {
          name: 'an engineer who was not authorised to speak',
          rel: 'anonymousSource',
          literal: 'anonymous-1',
        },
      ],
      organisations: [{ name: 'the city council' }],
      infoSources: [{ name: 'a resident’s video', role: 'footage' }],
    })
    expect(ninjs.bodies[0]).toMatchObject({
      role: 'main',
      contentType: 'text/html',
      value: article.bodyHtml,
    })
    expect(ninjs.bodies[1].value).toContain('The bridge is the north one.')
    expect(JSON.stringify(ninjs)).not.toContain('Never Shown')
    expect(ninjs.trustIndicators.map((indicator: any) => indicator.role)).toEqual(
      POLICIES.map((policy) => `http://cv.iptc.org/newscodes/trustindicator/${policy.iptc}`),
    )
    expect(ninjs.trustIndicators[0].href).toBe('https://ledger.example/policies/corrections')
  })
})
