/** Fuzz: after the generated requests, every stored document is still readable and valid. */
import { COMMENT_STATUS_VALUES as COMMENT_STATUSES } from '../../../src/plugin/vocabulary'
import { type FuzzTarget } from './context'

export const integrity = (target: FuzzTarget) => {
  it('leaves every stored document readable and valid', async () => {
    const { payload } = target.newsroom
    let checked = 0
    for (const collection of [
      'articles',
      'sources',
      'authors',
      'quotes',
      'comments',
      'comment-reports',
      'error-reports',
      'users',
    ] as const) {
      const { docs } = await payload.find({
        collection,
        limit: 0,
        depth: 1,
        overrideAccess: true,
        draft: collection === 'articles',
      })
      for (const doc of docs as any[]) {
        checked++
        expect(doc.id).toBeDefined()
        if (collection === 'comments') {
          expect(COMMENT_STATUSES).toContain(doc.status)
          expect(doc.body.trim().length).toBeGreaterThan(0)
          expect(doc.body.length).toBeLessThanOrEqual(5000)
          expect(doc.authorEmail).toMatch(/@/)
          expect(doc.article?.id ?? doc.article).toBeDefined()
        }
        if (collection === 'articles') {
          expect(doc.slug).toMatch(/^[a-z0-9-]+$/)
        }
      }
    }
    const story = await (
      await fetch(`${target.newsroom.baseURL}/api/articles/${target.articleId}?depth=2`)
    ).json()
    expect(story.title).toMatch(/^The officer/)
    console.log(`integrity: ${checked} documents checked`)
    expect(checked).toBeGreaterThan(20)
  })
}
