import {
  cacheRenderedPage,
  deliveryCache,
  inflightBuilds,
  makeEntry,
  singleFlight,
} from '../../src/plugin/delivery/cache'
import {
  changedSince,
  deliveryGeneration,
  invalidateDelivery,
  storyEtag,
} from '../../src/plugin/delivery/invalidation'

/**
 * A build (or a rendered page) is kept only if nothing it is built from changed meanwhile: a save
 * of another story must not throw away the story being built, or a busy newsroom never keeps its
 * most-read story cached.
 */
beforeEach(() => deliveryCache(60).clear())

it('a write to another story does not make a build stale; one to its own story, or to everything, does', () => {
  const started = deliveryGeneration()
  invalidateDelivery(['story:other', 'stories'])
  expect(changedSince(started, ['story:read'])).toBe(false)
  expect(changedSince(started, ['story:other'])).toBe(true)
  expect(changedSince(started, ['stories'])).toBe(true)
  invalidateDelivery(['story:read'])
  expect(changedSince(started, ['story:read'])).toBe(true)
  const later = deliveryGeneration()
  expect(changedSince(later, ['story:read'])).toBe(false)
  invalidateDelivery()
  expect(changedSince(later, ['story:unrelated'])).toBe(true)
})

it('a rendered page is kept unless what it shows changed while it rendered', () => {
  const started = deliveryGeneration()
  invalidateDelivery(['story:other'])
  expect(
    cacheRenderedPage('/stories/read', Buffer.from('<p>read</p>'), 'public', started, 'text/html', [
      'story:read',
    ]),
  ).toBe(true)
  expect(
    cacheRenderedPage('/', Buffer.from('<p>front</p>'), 'public', started, 'text/html', [
      'stories',
    ]),
  ).toBe(true)
  invalidateDelivery(['stories'])
  expect(deliveryCache().has('/')).toBe(false)
  expect(deliveryCache().has('/stories/read')).toBe(true)
  expect(
    cacheRenderedPage('/', Buffer.from('<p>front</p>'), 'public', started, 'text/html', [
      'stories',
    ]),
  ).toBe(false)
})

it('an invalidation forgets only the builds in progress it concerns', async () => {
  let finish!: () => void
  const held = new Promise<null>((resolve) => (finish = () => resolve(null)))
  void singleFlight('/read', ['story:read'], () => held)
  void singleFlight('/other', ['story:other'], () => held)
  invalidateDelivery(['story:other'])
  expect([...inflightBuilds().keys()]).toEqual(['/read'])
  invalidateDelivery()
  expect(inflightBuilds().size).toBe(0)
  finish()
  await held
})

it('remembers a bounded number of tags, and counts forgotten ones as changed', () => {
  const started = deliveryGeneration()
  for (let index = 0; index < 10_050; index++) {
    invalidateDelivery([`story:${index}`])
  }
  expect(changedSince(started, ['story:never-written'])).toBe(true)
  const later = deliveryGeneration()
  expect(changedSince(later, ['story:never-written'])).toBe(false)
})

it('a story has one ETag: the delivery endpoint’s cached JSON carries storyEtag() of its document', () => {
  const document = {
    slug: 'a-story',
    title: 'Über “quotes”',
    body: [{ text: 'é\u2028' }],
    commentCount: 0,
    updateLog: [],
  }
  expect(makeEntry(document, {}, 'public').representations.json!.etag).toBe(storyEtag(document))
  expect(storyEtag(document)).toMatch(/^"[\w-]{27}"$/)
})
