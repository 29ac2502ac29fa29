import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { bodyQuoting, lexicalParagraphs, makeAnonymousSource, makeQuote } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom()
  })
  afterAll(async () => newsroom?.close())

  const messagesFor = (res: { body: any }, path: string): string =>
    (res.body?.errors?.[0]?.data?.errors ?? [])
      .filter((e: any) => e.path === path)
      .map((e: any) => e.message)
      .join('\n')

  const draftArticle = async (data: Record<string, unknown>) => {
    const res = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
      title: `Story ${Math.random()}`,
      ...data,
      _status: 'draft',
    })
    expect(res.status).toBe(201)
    return res.body.doc.id
  }
  const publish = (id: number | string, data: Record<string, unknown> = {}) =>
    newsroom.api('editor', 'PATCH', `/api/articles/${id}`, { ...data, _status: 'published' })

  describe('publishing an article', () => {
    it('lets a draft stay incomplete, but refuses to publish an empty body, then accepts it with text', async () => {
      const id = await draftArticle({})
      const refused = await publish(id)
      expect(refused.status).toBe(400)
      expect(messagesFor(refused, 'body')).toMatch(/body is empty/)
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(404)

      const accepted = await publish(id, { body: lexicalParagraphs('Now there is a story.') })
      expect(accepted.status).toBe(200)
      expect((await newsroom.api('anonymous', 'GET', `/api/articles/${id}`)).status).toBe(200)
    })

    it('refuses a quote without a speaker, naming the quote, and accepts it once attributed', async () => {
      const quote = await makeQuote(newsroom.payload, { text: 'Nobody said this, apparently.' })
      const id = await draftArticle({ body: bodyQuoting(quote.id) })
      const refused = await publish(id)
      expect(refused.status).toBe(400)
      expect(messagesFor(refused, 'body')).toMatch(
        /“Nobody said this, apparently\.” has no speaker/,
      )
      // An API client gets the words as they are (the admin's toast alone gets its low commas).
      expect(refused.body.errors[0].message).toContain(
        '“Nobody said this, apparently.” has no speaker',
      )

      const source = await newsroom.api('editor', 'POST', '/api/sources', {
        description: 'a named witness',
        kind: 'person',
        name: 'A. Witness',
      })
      await newsroom.api('editor', 'PATCH', `/api/quotes/${quote.id}`, {
        speaker: source.body.doc.id,
      })
      expect((await publish(id)).status).toBe(200)
    })

    it('refuses an anonymous source without a reason or an approving editor, naming both', async () => {
      const approver = await newsroom.payload.create({
        collection: 'users',
        data: {
          email: `approver${Date.now()}@test.newsroom`,
          password: 'approver password',
          roles: ['editor'],
        },
        overrideAccess: true,
      })
      const source = await makeAnonymousSource(newsroom.payload, approver.id)
      const quote = await makeQuote(newsroom.payload, {
        text: 'Off the record words.',
        speaker: source.id,
      })
      // Data from before the rule, or an approver who has since left: the gate still catches it.
      await newsroom.payload.db.updateOne({
        collection: 'sources',
        id: source.id,
        data: { anonymity: { reason: '', approvedBy: null } },
      } as never)
      const id = await draftArticle({ body: bodyQuoting(quote.id) })

      const refused = await publish(id)
      expect(refused.status).toBe(400)
      const message = messagesFor(refused, 'body')
      expect(message).toMatch(/no reason for anonymity/)
      expect(message).toMatch(/no approving editor/)

      const fixed = await newsroom.api('editor', 'PATCH', `/api/sources/${source.id}`, {
        anonymity: { reason: 'Fears retaliation at work.', approvedBy: newsroom.userId('editor') },
      })
      expect(fixed.status).toBe(200)
      // Sourcing in order, the story still needs legal's sign-off (an anonymous source).
      const unsigned = await publish(id)
      expect(unsigned.status).toBe(400)
      expect(messagesFor(unsigned, 'legalSignOff.signedBy')).toMatch(/anonymous source/)
      expect(
        (await newsroom.api('legal', 'POST', `/api/articles/${id}/legal-sign-off`, {})).status,
      ).toBe(200)
      expect((await publish(id)).status).toBe(200)
    })

    it('refuses footage it quotes that has no verification status, and accepts it once assessed', async () => {
      const speaker = await newsroom.api('editor', 'POST', '/api/sources', {
        description: 'the man in the clip',
        kind: 'person',
      })
      const clip = await newsroom.api('editor', 'POST', '/api/sources', {
        description: 'a phone video shared online',
        kind: 'footage',
        provenance: { verificationStatus: 'unverified' },
      })
      await newsroom.payload.db.updateOne({
        collection: 'sources',
        id: clip.body.doc.id,
        data: { provenance: { verificationStatus: null } },
      } as never)
      const quote = await makeQuote(newsroom.payload, {
        text: 'Heard on the video.',
        speaker: speaker.body.doc.id,
        via: clip.body.doc.id,
      })
      const id = await draftArticle({ body: bodyQuoting(quote.id) })

      const refused = await publish(id)
      expect(refused.status).toBe(400)
      expect(messagesFor(refused, 'body')).toMatch(
        /recording “a phone video shared online”.*no verification status/,
      )

      await newsroom.api('editor', 'PATCH', `/api/sources/${clip.body.doc.id}`, {
        provenance: { verificationStatus: 'unverified' },
      })
      // Assessed, but not verified: legal signs it off before it runs.
      expect(messagesFor(await publish(id), 'legalSignOff.signedBy')).toMatch(
        /footage .* whose verification is “unverified”/,
      )
      expect(
        (await newsroom.api('legal', 'POST', `/api/articles/${id}/legal-sign-off`, {})).status,
      ).toBe(200)
      expect((await publish(id)).status).toBe(200)
    })

    it('refuses a slug another article uses, naming that article, then publishes under a free one', async () => {
      await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'First vigil',
        slug: 'the-vigil',
        body: lexicalParagraphs('One.'),
        _status: 'published',
      })
      const id = await draftArticle({ title: 'Second vigil', body: lexicalParagraphs('Two.') })
      await newsroom.api('editor', 'PATCH', `/api/articles/${id}?draft=true`, {
        slug: 'the-vigil',
        _status: 'draft',
      })
      const refused = await publish(id, { slug: 'the-vigil' })
      expect(refused.status).toBe(400)
      expect(messagesFor(refused, 'slug')).toMatch(/already used by “First vigil”/)
      expect((await publish(id, { slug: 'the-second-vigil' })).status).toBe(200)
    })

    it('names every problem at once, with the other fields’ errors', async () => {
      const quote = await makeQuote(newsroom.payload, { text: 'Unattributed one.' })
      const id = await draftArticle({ body: bodyQuoting(quote.id) })
      const refused = await publish(id, { title: '' })
      expect(refused.status).toBe(400)
      const paths = refused.body.errors[0].data.errors.map((e: any) => e.path)
      expect(paths).toEqual(expect.arrayContaining(['title', 'body']))
      // The message (the admin's toast) says what to fix, one problem an item, in the toast's own
      // format: an intro up to the first colon, then items split at commas (none inside an item).
      const message: string = refused.body.errors[0].message
      expect(message).toMatch(/^Not published — fix these first: /)
      const items = message
        .slice(message.indexOf(':') + 1)
        .split(',')
        .map((item) => item.trim())
      expect(items).toEqual([
        expect.stringMatching(/^Story → Title — This field is required\.$/),
        expect.stringMatching(
          /^Story → Body — The quote “Unattributed one\.” has no speaker: say who said it\.$/,
        ),
      ])
    })

    it('drops a quote chip that points at nothing (a drawer closed without choosing) on every save, so it neither lingers nor blocks publishing', async () => {
      const body = {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              textFormat: 0,
              textStyle: '',
              children: [
                {
                  type: 'text',
                  text: 'Before the chip.',
                  version: 1,
                  detail: 0,
                  format: 0,
                  mode: 'normal',
                  style: '',
                },
                {
                  type: 'inlineBlock',
                  version: 1,
                  fields: { id: 'e'.repeat(24), blockName: '', blockType: 'quote' },
                },
              ],
            },
          ],
        },
      }
      const id = await draftArticle({ body })
      const draft = await newsroom.api('editor', 'GET', `/api/articles/${id}?draft=true&depth=0`)
      expect(JSON.stringify(draft.body.body)).not.toContain('inlineBlock')
      expect(JSON.stringify(draft.body.body)).toContain('Before the chip.')
      // Published with the chip still in the editor's form: the chip goes, the story runs.
      const published = await publish(id, { body })
      expect(published.status).toBe(200)
      expect(JSON.stringify(published.body.doc.body)).not.toContain('inlineBlock')
    })

    it('keeps an empty chip through the admin’s autosaves (the editor may still be choosing its quote); the next chosen save drops it', async () => {
      const body = {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              textFormat: 0,
              textStyle: '',
              children: [
                {
                  type: 'text',
                  text: 'Still choosing.',
                  version: 1,
                  detail: 0,
                  format: 0,
                  mode: 'normal',
                  style: '',
                },
                {
                  type: 'inlineBlock',
                  version: 1,
                  fields: { id: 'f'.repeat(24), blockName: '', blockType: 'quote' },
                },
              ],
            },
          ],
        },
      }
      const id = await draftArticle({})
      const autosaved = await newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${id}?autosave=true&draft=true&depth=0`,
        { body },
      )
      expect(autosaved.status).toBe(200)
      expect(JSON.stringify(autosaved.body.doc.body)).toContain('inlineBlock')
      const saved = await newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${id}?draft=true&depth=0`,
        { body },
      )
      expect(JSON.stringify(saved.body.doc.body)).not.toContain('inlineBlock')
    })

    it('applies the same rules through GraphQL and the Local API', async () => {
      const id = await draftArticle({})
      const gql = await newsroom.graphql(
        'editor',
        `mutation { updateArticle(id: ${id}, data: { _status: published }) { id _status } }`,
      )
      expect(gql.body.errors?.[0]?.message).toMatch(/invalid/i)
      expect(JSON.stringify(gql.body.errors)).toMatch(/body is empty/)

      const local = await newsroom.payload
        .update({
          collection: 'articles',
          id,
          data: { _status: 'published' },
          overrideAccess: true,
        })
        .catch((error: any) => error)
      expect(local.status).toBe(400)
      expect(local.data.errors).toEqual([
        expect.objectContaining({ path: 'body', message: expect.stringMatching(/body is empty/) }),
      ])
      const stored = await newsroom.payload.findByID({
        collection: 'articles',
        id,
        overrideAccess: true,
      })
      expect(stored._status).toBe('draft')
    })
  })
}
