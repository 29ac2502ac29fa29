/** The plugin's pure rules: a story's JSON-LD (quotes attributed, sources described, corrections). */
import type { DeliveryArticle } from '../../../src/plugin/delivery/types'

import { toNewsArticleJsonLd } from '../../../src/plugin/delivery/jsonld'
import { bodyCiting } from './documents'

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
