import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { makeArticle, makeComment } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom({ newsroom: { submissions: { floodSeconds: 30 } } })
  })
  afterAll(async () => newsroom?.close())

  it('reporting comments is rate limited per reader: 429 with Retry-After', async () => {
    const article = await makeArticle(newsroom.payload)
    const a = await makeComment(newsroom.payload, article.id)
    const b = await makeComment(newsroom.payload, article.id)
    const reader = { 'x-forwarded-for': '192.0.2.200' }
    expect(
      (await newsroom.api('anonymous', 'POST', `/api/comments/${a.id}/report`, {}, reader)).status,
    ).toBe(202)
    const second = await newsroom.api(
      'anonymous',
      'POST',
      `/api/comments/${b.id}/report`,
      {},
      reader,
    )
    expect(second.status).toBe(429)
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(20)
    expect(
      (
        await newsroom.api(
          'anonymous',
          'POST',
          `/api/comments/${b.id}/report`,
          {},
          { 'x-forwarded-for': '192.0.2.201' },
        )
      ).status,
    ).toBe(202)
  })
}
