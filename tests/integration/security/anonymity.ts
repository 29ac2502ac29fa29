/**
 * Security review (security.review.test.ts): an anonymous source stays anonymous. Its name is
 * public nowhere (REST, GraphQL, the story document, JSON-LD, versions), readers cannot list what
 * it said across stories, and readers see a source or a quote only once a published story uses it.
 */

import { bodyQuotingAll } from '../../helpers/fixtures'
import { type TestNewsroom } from '../../helpers/newsroom'
import { type SecurityReview } from './context'

export const anonymousSourceStaysAnonymous = (review: SecurityReview) => {
  describe('an anonymous source stays anonymous (1, 3, 5)', () => {
    let newsroom: TestNewsroom
    let article: SecurityReview['article']
    beforeAll(() => {
      newsroom = review.newsroom
      article = review.article
    })

    let editorId: number | string
    beforeAll(() => {
      editorId = newsroom.userId('editor')
    })

    /** A story citing these quotes, drafted, signed off by legal (the anonymous sources ask for it), then published. */
    const publishCiting = async (title: string, quoteIds: (number | string)[]) => {
      const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title,
        body: bodyQuotingAll(quoteIds),
        _status: 'draft',
      })
      expect(
        (
          await newsroom.api(
            'legal',
            'POST',
            `/api/articles/${draft.body.doc.id}/legal-sign-off`,
            {},
          )
        ).status,
      ).toBe(200)
      const published = await newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${draft.body.doc.id}`,
        {
          _status: 'published',
        },
      )
      return { ...published, status: published.status === 200 ? 201 : published.status }
    }

    it('a named source switched to anonymous loses its public name everywhere; the name is kept for editors only (1)', async () => {
      const created = await newsroom.api('editor', 'POST', '/api/sources', {
        kind: 'person',
        name: 'Sgt. Real Name',
        description: 'a desk sergeant',
        role: 'Sergeant',
      })
      expect(created.status).toBe(201)
      const switched = await newsroom.api(
        'editor',
        'PATCH',
        `/api/sources/${created.body.doc.id}`,
        {
          kind: 'anonymous',
          anonymity: { reason: 'Fears retaliation.', approvedBy: editorId },
        },
      )
      expect(switched.status).toBe(200)
      const quote = await newsroom.api('editor', 'POST', '/api/quotes', {
        text: 'Nobody here will say it on the record.',
        kind: 'verbatim',
        speaker: created.body.doc.id,
      })
      const story = await publishCiting('Story quoting the sergeant', [quote.body.doc.id])
      expect(story.status).toBe(201)

      const outputs = [
        await newsroom.api('anonymous', 'GET', `/api/sources/${created.body.doc.id}?depth=2`),
        await newsroom.api('anonymous', 'GET', '/api/sources?limit=100&depth=1'),
        await newsroom.api('anonymous', 'GET', `/api/quotes/${quote.body.doc.id}?depth=2`),
        await newsroom.api('anonymous', 'GET', `/api/articles/slug/${story.body.doc.slug}`),
        await newsroom.api(
          'anonymous',
          'GET',
          `/api/articles/slug/${story.body.doc.slug}?format=jsonld`,
        ),
        await newsroom.api('anonymous', 'GET', `/api/articles/${story.body.doc.id}?depth=3`),
        await newsroom.graphql(
          'anonymous',
          `{ Source(id: ${created.body.doc.id}) { name description } Sources(limit: 100) { docs { name } } Quotes { docs { speaker { name } } } }`,
        ),
        await newsroom.api(
          'anonymous',
          'GET',
          `/api/articles/versions?where[parent][equals]=${story.body.doc.id}&depth=2`,
        ),
      ]
      for (const output of outputs) {
        expect(JSON.stringify(output.body)).not.toContain('Real Name')
      }
      // Nor can a reader confirm a guess by filtering.
      expect(
        (
          await newsroom.api(
            'anonymous',
            'GET',
            '/api/sources?where[name][equals]=Sgt.%20Real%20Name',
          )
        ).body.totalDocs ?? 0,
      ).toBe(0)
      // Editors (and only they) read versions, and there too the public name is empty.
      const versions = await newsroom.api(
        'editor',
        'GET',
        `/api/articles/versions?where[parent][equals]=${story.body.doc.id}&depth=2`,
      )
      expect(JSON.stringify(versions.body)).toMatch(
        /"speaker":\{"id":\d+,"kind":"anonymous","description":"a desk sergeant","name":null/,
      )
      const editor = await newsroom.api('editor', 'GET', `/api/sources/${created.body.doc.id}`)
      expect(editor.body.name ?? null).toBeNull()
      expect(editor.body.anonymity.trueIdentity).toContain('Sgt. Real Name')
      // The other order: anonymous from the start, a name sent anyway.
      const direct = await newsroom.api('editor', 'POST', '/api/sources', {
        kind: 'anonymous',
        name: 'Officer Direct',
        description: 'another insider',
        anonymity: { reason: 'Not authorised.', approvedBy: editorId },
      })
      expect(direct.body.doc.name ?? null).toBeNull()
    })

    it('readers cannot list what an anonymous source said, across stories, over REST or GraphQL (3)', async () => {
      const source = await newsroom.api('editor', 'POST', '/api/sources', {
        kind: 'anonymous',
        description: 'a second insider',
        anonymity: { reason: 'Not authorised.', approvedBy: editorId },
      })
      const id = source.body.doc.id
      const first = await newsroom.api('editor', 'POST', '/api/quotes', {
        text: 'First remark of the insider.',
        kind: 'verbatim',
        speaker: id,
      })
      const second = await newsroom.api('editor', 'POST', '/api/quotes', {
        text: 'Second remark, another story.',
        kind: 'paraphrase',
        speaker: id,
      })
      await publishCiting('First insider story', [first.body.doc.id])
      await publishCiting('Second insider story', [second.body.doc.id])

      const joins = await newsroom.graphql(
        'anonymous',
        '{ Sources(where: { kind: { equals: anonymous } }, limit: 100) { docs { id publishedIn { id } quotedIn { docs { text } } } } }',
      )
      expect(JSON.stringify(joins.body)).not.toMatch(/remark/)
      const byFilter = await newsroom.graphql(
        'anonymous',
        `{ Quotes(where: { speaker: { equals: ${id} } }) { docs { text } } }`,
      )
      expect(byFilter.body.data.Quotes.docs).toEqual([])
      for (const path of [
        `/api/quotes?where[speaker][equals]=${id}`,
        `/api/quotes?where[or][0][via][equals]=${id}&where[or][1][speaker][in]=${id}`,
      ]) {
        expect((await newsroom.api('anonymous', 'GET', path)).body.docs).toEqual([])
      }
      const rest = await newsroom.api('anonymous', 'GET', `/api/sources/${id}`)
      expect(rest.body).not.toHaveProperty('quotedIn')
      expect(rest.body).not.toHaveProperty('publishedIn')
      expect(rest.body).not.toHaveProperty('articles')
      // The quotes themselves are public, as their stories print them, without who said them.
      const quote = await newsroom.api('anonymous', 'GET', `/api/quotes/${first.body.doc.id}`)
      expect(quote.body.text).toBe('First remark of the insider.')
      expect(quote.body).not.toHaveProperty('speaker')
      // Each story attributes its own quote, under an id of its own.
      const firstStory = await newsroom.api(
        'anonymous',
        'GET',
        '/api/articles/slug/first-insider-story',
      )
      const secondStory = await newsroom.api(
        'anonymous',
        'GET',
        '/api/articles/slug/second-insider-story',
      )
      expect(firstStory.body.quotes[0].speaker).toBe('anonymous-1')
      expect(firstStory.body.sources).toContainEqual(
        expect.objectContaining({
          id: 'anonymous-1',
          description: 'a second insider',
          anonymity: { reason: 'Not authorised.' },
        }),
      )
      for (const story of [firstStory.body, secondStory.body]) {
        expect(story.sources.map((source: { id: unknown }) => source.id)).not.toContain(id)
        expect(story.quotes.map((quote: { speaker: unknown }) => quote.speaker)).not.toContain(id)
      }
      // Editors see everything.
      expect(
        (await newsroom.api('editor', 'GET', `/api/quotes?where[speaker][equals]=${id}`)).body
          .totalDocs,
      ).toBe(2)
    })

    it('readers see a source or a quote only once a published story uses it (5)', async () => {
      const lined = await newsroom.api('editor', 'POST', '/api/sources', {
        kind: 'anonymous',
        description: 'a source for a story not yet run',
        anonymity: { reason: 'Whistleblower.', approvedBy: editorId },
      })
      const quote = await newsroom.api('editor', 'POST', '/api/quotes', {
        text: 'Words for the draft only.',
        kind: 'verbatim',
        speaker: lined.body.doc.id,
        article: article.id,
      })
      const listed = await newsroom.api(
        'anonymous',
        'GET',
        '/api/sources?limit=100&sort=-description',
      )
      expect(listed.body.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(
        lined.body.doc.id,
      )
      expect(
        (await newsroom.api('anonymous', 'GET', `/api/sources/${lined.body.doc.id}`)).status,
      ).toBe(404)
      // Attached to a published article, but used only in its pending draft.
      await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}?draft=true`, {
        body: bodyQuotingAll([quote.body.doc.id]),
        _status: 'draft',
      })
      expect(
        (await newsroom.api('anonymous', 'GET', `/api/quotes/${quote.body.doc.id}`)).status,
      ).toBe(404)
      expect(
        (await newsroom.graphql('anonymous', `{ Quote(id: ${quote.body.doc.id}) { text } }`)).body
          .data?.Quote ?? null,
      ).toBeNull()
      // Published (legal signed off the anonymous source): both appear.
      expect(
        (await newsroom.api('legal', 'POST', `/api/articles/${article.id}/legal-sign-off`, {}))
          .status,
      ).toBe(200)
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
            _status: 'published',
          })
        ).status,
      ).toBe(200)
      expect(
        (await newsroom.api('anonymous', 'GET', `/api/quotes/${quote.body.doc.id}`)).status,
      ).toBe(200)
      expect(
        (await newsroom.api('anonymous', 'GET', `/api/sources/${lined.body.doc.id}`)).status,
      ).toBe(200)
      // Unpublished again: gone again.
      expect(
        (await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, { _status: 'draft' }))
          .status,
      ).toBe(200)
      expect(
        (await newsroom.api('anonymous', 'GET', `/api/quotes/${quote.body.doc.id}`)).status,
      ).toBe(404)
      expect(
        (
          await newsroom.api('editor', 'PATCH', `/api/articles/${article.id}`, {
            _status: 'published',
          })
        ).status,
      ).toBe(200)
    })
  })
}
