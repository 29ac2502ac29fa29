/**
 * Security review (security.review.test.ts), publishing: a correction from an error report goes
 * onto the published story only.
 */

import { makeArticle } from '../../../helpers/fixtures'
import { type TestNewsroom } from '../../../helpers/newsroom'
import { type SecurityReview } from '../context'

export const correctionFromErrorReport = (review: SecurityReview) => {
  describe('a correction from an error report goes onto the published story only (4)', () => {
    let newsroom: TestNewsroom
    const { newClient } = review
    beforeAll(() => {
      newsroom = review.newsroom
    })

    it('publishes the entry without publishing the pending draft, which stays a draft with the entry in its log', async () => {
      const story = await makeArticle(newsroom.payload, {
        title: 'Story with a pending draft',
        dek: 'The dek readers have.',
      })
      const draft = await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}?draft=true`, {
        dek: 'UNREVIEWED draft dek, embargoed.',
        _status: 'draft',
      })
      expect(draft.status).toBe(200)
      const report = await newsroom.api(
        'anonymous',
        'POST',
        `/api/articles/${story.id}/error-reports`,
        { text: 'The vigil was on Tuesday.' },
        newClient(),
      )
      expect(report.status).toBe(201)
      const resolve = await newsroom.api(
        'editor',
        'PATCH',
        `/api/error-reports/${report.body.id}`,
        {
          status: 'resolved',
          correction: {
            addToLog: true,
            type: 'correction',
            text: 'An earlier version gave the wrong day for the vigil.',
          },
        },
      )
      expect(resolve.status).toBe(200)

      const published = await newsroom.api('anonymous', 'GET', `/api/articles/${story.id}`)
      expect(published.body.dek).toBe('The dek readers have.')
      expect(published.body.updateLog).toContainEqual(
        expect.objectContaining({
          type: 'correction',
          text: 'An earlier version gave the wrong day for the vigil.',
          date: expect.any(String),
        }),
      )
      const delivered = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.slug}`)
      expect(JSON.stringify(delivered.body)).not.toContain('UNREVIEWED')

      const editorsDraft = await newsroom.api(
        'editor',
        'GET',
        `/api/articles/${story.id}?draft=true`,
      )
      expect(editorsDraft.body._status).toBe('draft')
      expect(editorsDraft.body.dek).toBe('UNREVIEWED draft dek, embargoed.')
      expect(editorsDraft.body.updateLog.map((entry: { text: string }) => entry.text)).toContain(
        'An earlier version gave the wrong day for the vigil.',
      )
    })
  })
}
