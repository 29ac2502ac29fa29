/** Workflow: editorial notes, written by staff in their own name, shown to staff beside the story, never to readers. */
import { idOf } from '../../../src/plugin/ids'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type WorkflowSuite } from './context'

export const editorialNotes = (suite: WorkflowSuite) => {
  describe('editorial notes', () => {
    let newsroom: TestNewsroom
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    it('are written by staff in their own name, shown beside the article for staff, and never to readers', async () => {
      const article = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'With notes',
        body: lexicalParagraphs('Text.'),
        _status: 'published',
      })
      const id = article.body.doc.id
      const note = await newsroom.api('legal', 'POST', '/api/editorial-notes', {
        article: id,
        text: 'Check paragraph 3 with the lawyer.',
        author: newsroom.userId('editor'),
      })
      expect(note.status).toBe(201)
      expect(idOf(note.body.doc.author)).toBe(newsroom.userId('legal'))
      expect(
        (
          await newsroom.api('anonymous', 'POST', '/api/editorial-notes', {
            article: id,
            text: 'x',
          })
        ).status,
      ).toBe(403)
      const staffView = await newsroom.api(
        'reporter',
        'GET',
        `/api/articles/${id}?joins[editorialNotes][limit]=5`,
      )
      expect(staffView.body.editorialNotes.docs.map((doc: { text: string }) => doc.text)).toEqual([
        'Check paragraph 3 with the lawyer.',
      ])
      const readerView = await newsroom.api(
        'anonymous',
        'GET',
        `/api/articles/${id}?joins[editorialNotes][limit]=5`,
      )
      expect(readerView.status).toBe(200)
      expect(JSON.stringify(readerView.body)).not.toContain('paragraph 3')
      expect(
        JSON.stringify(
          (
            await newsroom.api(
              'anonymous',
              'GET',
              `/api/articles/slug/${article.body.doc.slug}?format=ninjs`,
            )
          ).body,
        ),
      ).not.toContain('paragraph 3')
      // Its author (not another reporter) may resolve it; an editor may resolve any.
      expect(
        (
          await newsroom.api('legal', 'PATCH', `/api/editorial-notes/${note.body.doc.id}`, {
            resolved: true,
          })
        ).status,
      ).toBe(200)
      expect([403, 404]).toContain(
        (
          await newsroom.api('reporter', 'PATCH', `/api/editorial-notes/${note.body.doc.id}`, {
            resolved: false,
          })
        ).status,
      )
    })
  })
}
