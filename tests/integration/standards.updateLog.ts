import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { lexicalParagraphs } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom()
  })
  afterAll(async () => newsroom?.close())

  const newArticle = async () => {
    const res = await newsroom.api('editor', 'POST', '/api/articles', {
      title: `Log ${Math.random()}`,
      body: lexicalParagraphs('Story.'),
      _status: 'published',
    })
    expect(res.status).toBe(201)
    return res.body.doc
  }
  const editorView = async (id: number | string) =>
    (await newsroom.api('editor', 'GET', `/api/articles/${id}`)).body
  const publicView = async (id: number | string) =>
    (await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).body
  const tick = () => new Promise((resolve) => setTimeout(resolve, 15))

  describe('the update and correction log', () => {
    it('dates an entry when the article is published with it, not before, and shows it to readers', async () => {
      const article = await newArticle()
      const draft = await newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${article.id}?draft=true`,
        {
          updateLog: [{ type: 'update', text: 'Investigators interviewed witnesses.' }],
          _status: 'draft',
        },
      )
      expect(draft.status).toBe(200)
      expect(draft.body.doc.updateLog[0].date).toBeNull()
      expect((await publicView(article.id)).updateLog).toEqual([])

      const published = await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
        _status: 'published',
      })
      expect(published.status).toBe(200)
      const [entry] = (await publicView(article.id)).updateLog
      expect(entry).toMatchObject({
        type: 'update',
        text: 'Investigators interviewed witnesses.',
        date: expect.any(String),
      })
    })

    it('ignores a date the client sends for a new entry', async () => {
      const article = await newArticle()
      const res = await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
        updateLog: [{ type: 'correction', text: 'Backdated?', date: '2001-01-01T00:00:00.000Z' }],
      })
      expect(res.body.doc.updateLog[0].date).not.toBe('2001-01-01T00:00:00.000Z')
      expect(Date.parse(res.body.doc.updateLog[0].date)).toBeGreaterThan(Date.now() - 60_000)
    })

    it('lets an editor append but not edit or remove a published entry', async () => {
      const article = await newArticle()
      const first = (
        await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
          updateLog: [{ type: 'update', text: 'First note.' }],
        })
      ).body.doc.updateLog[0]

      const edit = await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
        updateLog: [{ ...first, text: 'Rewritten history.' }],
      })
      expect(edit.status).toBe(400)
      expect(edit.body.errors[0].data.errors[0]).toMatchObject({
        path: 'updateLog',
        message: expect.stringMatching(/cannot be changed/),
      })

      const remove = await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
        updateLog: [],
      })
      expect(remove.status).toBe(400)
      expect(remove.body.errors[0].data.errors[0].message).toMatch(/cannot be removed/)

      const append = await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
        updateLog: [first, { type: 'correction', text: 'An earlier version misstated the time.' }],
      })
      expect(append.status).toBe(200)
      expect((await publicView(article.id)).updateLog.map((e: any) => e.text)).toEqual([
        'First note.',
        'An earlier version misstated the time.',
      ])
    })

    it('lets an admin edit or remove a published entry, and records each change publicly', async () => {
      const article = await newArticle()
      const [entry] = (
        await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
          updateLog: [{ type: 'update', text: 'Typo in a note.' }],
        })
      ).body.doc.updateLog
      const edited = await newsroom.api('admin', 'PATCH', `/api/articles/${article.id}`, {
        updateLog: [{ ...entry, text: 'A note.' }],
      })
      expect(edited.status).toBe(200)
      expect(edited.body.doc.updateLog[0]).toMatchObject({ text: 'A note.', date: entry.date })

      const removed = await newsroom.api('admin', 'PATCH', `/api/articles/${article.id}`, {
        updateLog: [],
      })
      expect(removed.status).toBe(200)

      const seen = await publicView(article.id)
      expect(seen.updateLog).toEqual([])
      expect(seen.logRevisions).toEqual([
        expect.objectContaining({
          entryId: entry.id,
          action: 'edited',
          previousText: 'Typo in a note.',
        }),
        expect.objectContaining({ entryId: entry.id, action: 'removed', previousText: 'A note.' }),
      ])
      expect(JSON.stringify(seen.logRevisions)).not.toContain('changedBy')
      const internal = await editorView(article.id)
      expect(internal.logRevisions[0].changedBy).toMatchObject({ email: 'admin@test.newsroom' })
    })

    it('cannot be touched by a moderator or a reader', async () => {
      const article = await newArticle()
      expect(
        (
          await newsroom.api('moderator', 'PATCH', `/api/articles/${article.id}`, {
            updateLog: [{ type: 'update', text: 'x' }],
          })
        ).status,
      ).toBe(403)
      expect(
        (
          await newsroom.api('anonymous', 'PATCH', `/api/articles/${article.id}`, {
            updateLog: [{ type: 'update', text: 'x' }],
          })
        ).status,
      ).toBe(403)
    })
  })

  describe('the public dateModified', () => {
    it('is set on first publication and stays put on a typo fix, while updatedAt moves', async () => {
      const article = await newArticle()
      const first = await editorView(article.id)
      expect(first.dateModified).toEqual(expect.any(String))
      await tick()
      const fixed = await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
        dek: 'Fixed a typo',
      })
      expect(fixed.body.doc.dateModified).toBe(first.dateModified)
      expect(fixed.body.doc.updatedAt).not.toBe(first.updatedAt)
    })

    it('moves when the editor ticks “material update”, and when a log entry is published', async () => {
      const article = await newArticle()
      const start = (await editorView(article.id)).dateModified
      await tick()
      const material = await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
        storyStatus: 'updated',
        materialUpdate: true,
      })
      expect(material.body.doc.dateModified > start).toBe(true)
      expect(material.body.doc.materialUpdate).toBeFalsy()
      await tick()
      const logged = await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
        updateLog: [{ type: 'update', text: 'New statement from the authorities.' }],
      })
      expect(logged.body.doc.dateModified > material.body.doc.dateModified).toBe(true)
    })

    it('cannot be set by the client, and readers never see updatedAt or createdAt', async () => {
      const article = await newArticle()
      const before = (await editorView(article.id)).dateModified
      await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
        dateModified: '2030-01-01T00:00:00.000Z',
      })
      expect((await editorView(article.id)).dateModified).toBe(before)
      const seen = await publicView(article.id)
      expect(seen).toHaveProperty('dateModified', before)
      expect(seen).not.toHaveProperty('updatedAt')
      expect(seen).not.toHaveProperty('createdAt')
    })
  })
}
