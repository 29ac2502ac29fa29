/** Workflow: a reporter's draft is theirs, goes as far as “In edit”, is never published by them; a colleague's story is not theirs. */
import { idOf } from '../../../src/plugin/ids'
import { lexicalParagraphs } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { fieldErrors, storiesOf, type WorkflowSuite } from './context'

export const aReporter = (suite: WorkflowSuite) => {
  describe('a reporter', () => {
    let newsroom: TestNewsroom
    const { latest } = storiesOf(suite)
    beforeAll(() => {
      newsroom = suite.newsroom
    })

    it('writes a draft that is theirs, moves it to “In edit”, and can neither publish it nor move it further', async () => {
      const created = await newsroom.api('reporter', 'POST', '/api/articles?draft=true', {
        title: 'Reporter draft',
        body: lexicalParagraphs('First lines.'),
        _status: 'draft',
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      expect(idOf(created.body.doc.createdBy)).toBe(newsroom.userId('reporter'))
      expect(created.body.doc.stage).toBe('draft')

      const moved = await newsroom.api('reporter', 'PATCH', `/api/articles/${id}?draft=true`, {
        stage: 'in-edit',
      })
      expect(moved.status).toBe(200)
      const history = (await latest(id)).stageHistory
      expect(history.at(-1)).toMatchObject({
        stage: 'in-edit',
        movedBy: newsroom.userId('reporter'),
      })
      expect(Date.now() - Date.parse(history.at(-1).movedAt)).toBeLessThan(60_000)

      const publish = await newsroom.api('reporter', 'PATCH', `/api/articles/${id}`, {
        _status: 'published',
      })
      expect(publish.status).toBe(403)
      expect(publish.body.errors[0].message).toMatch(/Only an editor can publish a story/)
      expect(fieldErrors(publish)).toEqual([expect.objectContaining({ path: '_status' })])
      const further = await newsroom.api('reporter', 'PATCH', `/api/articles/${id}?draft=true`, {
        stage: 'ready',
      })
      expect(further.status).toBe(400)
      expect(fieldErrors(further)[0]).toMatchObject({ path: 'stage' })
      // GraphQL is the same gate.
      const mutation = await newsroom.graphql(
        'reporter',
        `mutation { updateArticle(id: ${id}, data: { _status: published }) { id } }`,
      )
      expect(mutation.body.errors?.[0]?.message ?? '').not.toBe('')
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(404)
      // Nor a save without a status over a published story of theirs (that changes what readers see).
      await newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' })
      const silent = await newsroom.api('reporter', 'PATCH', `/api/articles/${id}`, {
        title: 'Changed live',
      })
      expect(silent.status).toBe(403)
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).body.title).toBe(
        'Reporter draft',
      )
    })

    it('cannot edit a colleague’s story, nor forge who created one', async () => {
      const editors = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Editor’s draft',
        _status: 'draft',
      })
      const edit = await newsroom.api(
        'reporter',
        'PATCH',
        `/api/articles/${editors.body.doc.id}?draft=true`,
        { title: 'Taken over' },
      )
      expect([403, 404]).toContain(edit.status)
      const forged = await newsroom.api('reporter', 'POST', '/api/articles?draft=true', {
        title: 'Forged',
        _status: 'draft',
        createdBy: newsroom.userId('editor'),
        stageHistory: [{ stage: 'ready' }],
      })
      expect(idOf(forged.body.doc.createdBy)).toBe(newsroom.userId('reporter'))
      expect((await latest(forged.body.doc.id)).stageHistory).toEqual([
        expect.objectContaining({ stage: 'draft', movedBy: newsroom.userId('reporter') }),
      ])
    })
  })
}
