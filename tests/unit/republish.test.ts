import type { EditionDocument } from '../../src/plugin/editions/buildEdition'

import {
  showsPictureAsNow,
  showsQuoteAsNow,
  showsSourceAsNow,
} from '../../src/plugin/editions/awaitingRepublish'
import { hasUnpublishedChanges } from '../../src/plugin/editions/republish'

/** What a story's edition holds of its quotes, sources and pictures, as buildArticleDocument shapes them. */
const quote = {
  id: 10,
  text: 'We heard shouting.',
  kind: 'verbatim',
  speaker: 1,
  speakerTitle: 'Neighbour',
  via: null,
  context: null,
  saidAt: null,
}
const named = {
  id: 1,
  description: 'a neighbour',
  kind: 'person',
  name: 'Ana Ruiz',
  role: 'Neighbour',
  anonymity: null,
  provenance: null,
}
const anonymous = {
  id: 'anonymous-1',
  description: 'a colleague',
  kind: 'anonymous',
  name: null,
  role: 'Colleague',
  anonymity: { reason: 'Fears reprisals.' },
  provenance: null,
}
const picture = {
  id: 5,
  url: '/api/media/file/a.jpg',
  width: 800,
  height: 600,
  mimeType: 'image/jpeg',
  alt: 'Candles',
  caption: 'The vigil.',
  credit: null,
  focalX: 50,
  focalY: 50,
  provenance: { howObtained: null, capturedAt: null, verificationStatus: null },
  sizes: {},
}
const edition = (over: Partial<EditionDocument> = {}) =>
  ({
    quotes: [quote, { ...quote, id: 11, speaker: 'anonymous-1', text: 'He is the one you want.' }],
    sources: [named, anonymous],
    heroImage: picture,
    bodyImages: [],
    meta: { title: 't', description: null, image: picture },
    ...over,
  }) as unknown as EditionDocument

describe('does an edition show a record as it is now', () => {
  it('a quote: its words, kind, title, context and date; who said it by id, an anonymous speaker as anonymous', () => {
    const row = {
      id: 10,
      text: 'We heard shouting.',
      kind: 'verbatim',
      speaker: 1,
      via: null,
      speakerTitle: 'Neighbour',
      context: null,
      saidAt: null,
      label: 'staff only',
      publishedIn: [3],
    }
    expect(showsQuoteAsNow(edition(), row, new Set())).toBe(true)
    expect(showsQuoteAsNow(edition(), { ...row, text: 'We heard screaming.' }, new Set())).toBe(
      false,
    )
    expect(showsQuoteAsNow(edition(), { ...row, speaker: 2 }, new Set())).toBe(false)
    expect(showsQuoteAsNow(edition(), { ...row, context: 'At night.' }, new Set())).toBe(false)
    const anonymousRow = { ...row, id: 11, text: 'He is the one you want.', speaker: 7 }
    expect(showsQuoteAsNow(edition(), anonymousRow, new Set(['7']))).toBe(true)
    expect(showsQuoteAsNow(edition(), anonymousRow, new Set())).toBe(false)
    expect(showsQuoteAsNow(edition({ quotes: [] }), row, new Set())).toBe(false)
  })

  it('a source: a named one by its id, an anonymous one under the alias its quotes point at, never by its name', () => {
    const row = {
      id: 1,
      description: 'a neighbour',
      kind: 'person',
      name: 'Ana Ruiz',
      role: 'Neighbour',
      anonymity: null,
      provenance: null,
      publishedIn: [3],
    }
    expect(showsSourceAsNow(edition(), row, [])).toBe(true)
    expect(showsSourceAsNow(edition(), { ...row, role: 'Shopkeeper' }, [])).toBe(false)
    const colleague = {
      id: 7,
      description: 'a colleague',
      kind: 'anonymous',
      name: 'Secret Name',
      role: 'Colleague',
      anonymity: { reason: 'Fears reprisals.', trueIdentity: 'Secret' },
    }
    expect(showsSourceAsNow(edition(), colleague, [{ id: 11, speaker: 7, via: null }])).toBe(true)
    expect(
      showsSourceAsNow(edition(), { ...colleague, role: 'Former colleague' }, [
        { id: 11, speaker: 7, via: null },
      ]),
    ).toBe(false)
    // Made anonymous since the edition named them: the edition shows them otherwise.
    expect(
      showsSourceAsNow(
        edition(),
        { ...row, kind: 'anonymous', name: null, anonymity: { reason: 'x' } },
        [{ id: 10, speaker: 1, via: null }],
      ),
    ).toBe(false)
    // Nowhere in the edition: a republish would add it.
    expect(showsSourceAsNow(edition({ sources: [] }), row, [])).toBe(false)
  })

  it('a picture: wherever the edition shows it', () => {
    const row = { ...picture, source: 2, keepLocation: false, publishedIn: [3], filename: 'a.jpg' }
    expect(showsPictureAsNow(edition(), row)).toBe(true)
    expect(showsPictureAsNow(edition(), { ...row, caption: 'The vigil on Sunday.' })).toBe(false)
    expect(
      showsPictureAsNow(
        edition({ heroImage: null, meta: { title: 't', description: null, image: null } }),
        row,
      ),
    ).toBe(false)
  })
})

describe('a draft with changes of its own', () => {
  const published = {
    id: 3,
    _status: 'published',
    title: 'T',
    body: { root: {} },
    updateLog: [{ id: 'a', type: 'update', text: 'x', date: '2026-01-01' }],
    stage: 'published',
    updatedAt: '1',
  }
  it('is told from one that only carries legal’s sign-off and the stage it moved', () => {
    expect(
      hasUnpublishedChanges(
        {
          ...published,
          _status: 'draft',
          updatedAt: '2',
          stage: 'ready',
          legalSignOff: { signedBy: 1 },
          stageHistory: [{}],
        },
        published,
      ),
    ).toBe(false)
    expect(
      hasUnpublishedChanges({ ...published, _status: 'draft', dek: 'New dek' }, published),
    ).toBe(true)
    expect(
      hasUnpublishedChanges(
        {
          ...published,
          updateLog: [...published.updateLog, { id: 'b', type: 'update', text: 'y', date: null }],
        },
        published,
      ),
    ).toBe(true)
  })
})
