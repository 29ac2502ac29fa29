/** Syndication formats: a story's JSON-LD (publisher, live coverage, corrections). */
import fc from 'fast-check'

import type { DeliveryArticle, DeliveryLogEntry } from '../../../src/plugin/delivery/types'

import { toNewsArticleJsonLd } from '../../../src/plugin/delivery/jsonld'
import { newsroom, story } from './stories'

describe('JSON-LD', () => {
  const base = fc.sample(story, { seed: 3, numRuns: 1 })[0]
  const withLog = (storyStatus: DeliveryArticle['storyStatus'], updateLog: DeliveryLogEntry[]) => ({
    ...base,
    storyStatus,
    updateLog,
  })
  const update = (id: string, date: string): DeliveryLogEntry => ({
    id,
    type: 'update',
    text: `Update ${id}`,
    date,
  })

  it('names the publisher as a NewsMediaOrganization with every policy, and the language', () => {
    const ld = toNewsArticleJsonLd(withLog('developing', []), {
      url: 'https://ledger.example/stories/x',
      newsroom,
    }) as any
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.inLanguage).toBe('en-GB')
    expect(ld.publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      name: 'The Ledger',
      url: 'https://ledger.example',
      logo: { '@type': 'ImageObject', url: 'https://ledger.example/logo.png' },
      correctionsPolicy: 'https://ledger.example/policies/corrections',
      unnamedSourcesPolicy: 'https://ledger.example/policies/unnamed-sources',
      verificationFactCheckingPolicy: 'https://ledger.example/policies/verification',
      ethicsPolicy: 'https://ledger.example/policies/ethics',
      actionableFeedbackPolicy: 'https://ledger.example/policies/feedback',
    })
  })

  it('is also a LiveBlogPosting while the story has updates: coverage from publication, each update at its anchor, an end once concluded', () => {
    const updates = [
      update('1', '2026-11-26T10:00:00.000Z'),
      update('2', '2026-11-26T12:00:00.000Z'),
    ]
    const live = toNewsArticleJsonLd(withLog('developing', updates), {
      url: 'https://ledger.example/stories/x',
      newsroom,
    }) as any
    expect(live['@type']).toEqual(['NewsArticle', 'LiveBlogPosting'])
    expect(live.coverageStartTime).toBe(base.publishedAt)
    expect(live.coverageEndTime).toBeUndefined()
    expect(live.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        headline: 'Update 2',
        articleBody: 'Update 2',
        datePublished: '2026-11-26T12:00:00.000Z',
        url: 'https://ledger.example/stories/x#update-2',
      },
      {
        '@type': 'BlogPosting',
        headline: 'Update 1',
        articleBody: 'Update 1',
        datePublished: '2026-11-26T10:00:00.000Z',
        url: 'https://ledger.example/stories/x#update-1',
      },
    ])
    const concluded = toNewsArticleJsonLd(
      { ...withLog('concluded', updates), dateModified: '2026-11-27T08:00:00.000Z' },
      { url: 'https://ledger.example/stories/x', newsroom },
    ) as any
    expect(concluded.coverageEndTime).toBe('2026-11-27T08:00:00.000Z')
  })

  it('carries corrections as CorrectionComment', () => {
    const ld = toNewsArticleJsonLd(
      withLog('developing', [
        { id: 'c', type: 'correction', text: 'Fixed a name.', date: '2026-11-26T11:00:00.000Z' },
      ]),
      { newsroom },
    ) as any
    expect(ld.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'Fixed a name.',
        datePublished: '2026-11-26T11:00:00.000Z',
      },
    ])
  })
})
