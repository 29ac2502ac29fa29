import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { existingDeliveryCache } from '../../src/plugin/delivery/cache'
import { onDeliveryInvalidated } from '../../src/plugin/delivery/invalidation'
import { bodyQuoting, makeArticle, makeComment } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  /**
   * A write drops only the cached stories it changes (and the lists, for what lists show), so that a
   * newsroom busy with one story keeps every other story cached. Checked on the process's own cache,
   * and on what is announced to other instances and to a CDN (the tags).
   */
  let newsroom: TestNewsroom
  let quoted: { id: number | string; slug: string }
  let plain: { id: number | string; slug: string }
  let sourceId: number | string
  let quoteId: number | string
  const announced: (readonly string[] | undefined)[] = []

  const storyPath = (slug: string) => `/api/articles/slug/${slug}`
  /** Both invalidations (at the write, and once its transaction committed) have run. */
  const settled = () => new Promise((resolve) => setTimeout(resolve, 100))
  const cached = (slug: string) => Boolean(existingDeliveryCache()?.has(storyPath(slug)))
  const warm = async (...slugs: string[]) => {
    // The writes before (a fixture's publish) announce again once committed: not while warming.
    await settled()
    for (const slug of slugs) {
      expect((await newsroom.api('anonymous', 'GET', storyPath(slug))).status).toBe(200)
    }
    for (const slug of slugs) {
      expect(cached(slug)).toBe(true)
    }
    announced.length = 0
  }

  beforeAll(async () => {
    newsroom = await startNewsroom()
    onDeliveryInvalidated((tags) => announced.push(tags))
    const source = await newsroom.api('editor', 'POST', '/api/sources', {
      description: 'the fire chief',
      kind: 'official',
      role: 'Chief',
    })
    sourceId = source.body.doc.id
    const quote = await newsroom.api('editor', 'POST', '/api/quotes', {
      text: 'The fire is contained.',
      speaker: sourceId,
    })
    quoteId = quote.body.doc.id
    quoted = await makeArticle(newsroom.payload, {
      title: 'Fire contained',
      body: bodyQuoting(quoteId),
    })
    plain = await makeArticle(newsroom.payload, { title: 'Library opens' })
  })
  afterAll(async () => newsroom?.close())

  it('a story’s own edit drops that story and the lists, not the others', async () => {
    await warm(quoted.slug, plain.slug)
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/articles/${plain.id}`, {
          dek: 'Open every day.',
          _status: 'published',
        })
      ).status,
    ).toBe(200)
    await settled()
    expect(cached(plain.slug)).toBe(false)
    expect(cached(quoted.slug)).toBe(true)
    expect(announced.at(-1)).toEqual(expect.arrayContaining([`story:${plain.slug}`, 'stories']))
    expect(announced.flat()).not.toContain(`story:${quoted.slug}`)
  })

  it('a renamed story drops the answer under its old slug too', async () => {
    await warm(plain.slug)
    const old = plain.slug
    const renamed = await newsroom.api('editor', 'PATCH', `/api/articles/${plain.id}`, {
      slug: 'library-opens-today',
      _status: 'published',
    })
    expect(renamed.status).toBe(200)
    await settled()
    expect(cached(old)).toBe(false)
    expect((await newsroom.api('anonymous', 'GET', storyPath(old))).status).toBe(404)
    plain = { ...plain, slug: renamed.body.doc.slug }
  })

  it('a source’s change drops the stories quoting it, not the others', async () => {
    await warm(quoted.slug, plain.slug)
    expect(
      (await newsroom.api('editor', 'PATCH', `/api/sources/${sourceId}`, { role: 'Fire Chief' }))
        .status,
    ).toBe(200)
    await settled()
    expect(cached(quoted.slug)).toBe(false)
    expect(cached(plain.slug)).toBe(true)
    expect(announced.flat()).not.toContain(`story:${plain.slug}`)
  })

  it('a quote’s change drops the stories citing it', async () => {
    await warm(quoted.slug, plain.slug)
    expect(
      (
        await newsroom.api('editor', 'PATCH', `/api/quotes/${quoteId}`, {
          text: 'The fire is fully contained.',
        })
      ).status,
    ).toBe(200)
    await settled()
    expect(cached(quoted.slug)).toBe(false)
    expect(cached(plain.slug)).toBe(true)
  })

  it('an approved comment drops its story only (not the lists); a comment in the queue drops nothing', async () => {
    await warm(quoted.slug, plain.slug)
    const comment = await makeComment(newsroom.payload, plain.id, { status: 'pending' })
    await settled()
    expect(cached(plain.slug)).toBe(true)
    expect(announced).toEqual([])
    expect(
      (
        await newsroom.api('moderator', 'PATCH', `/api/comments/${comment.id}`, {
          status: 'approved',
        })
      ).status,
    ).toBe(200)
    await settled()
    expect(cached(plain.slug)).toBe(false)
    expect(cached(quoted.slug)).toBe(true)
    expect(announced.at(-1)).toEqual([`story:${plain.slug}`])
  })

  it('the newsroom’s record changes every story', async () => {
    await warm(quoted.slug, plain.slug)
    expect(
      (await newsroom.api('admin', 'POST', '/api/globals/newsroom', { name: 'The Ledger' })).status,
    ).toBe(200)
    await settled()
    expect(cached(quoted.slug)).toBe(false)
    expect(cached(plain.slug)).toBe(false)
    expect(announced).toContain(undefined)
  })
}
