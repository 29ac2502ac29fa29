/** Media: pictures inside a story's body, in every format, public only while the story shows them. */
import { lexicalBody, paragraphNode, pictureNode } from '../../../src/plugin/richText/lexical'
import { atomFeedOf } from '../../helpers/feeds'
import { photoWithLocation, uploadForm } from '../../helpers/images'
import { ninjsValidator } from '../../helpers/standards'
import { type MediaSuite } from './context'
import { fieldErrors, FIELDS, fileRequestsOf } from './requests'

export const bodyPictures = (suite: MediaSuite) => {
  const { download } = fileRequestsOf(suite)

  describe('pictures inside the body', () => {
    const nodeId = (n: number) => `c0ffee${n}`.padEnd(24, '0')
    const picture = async (alt: string, fields: Record<string, unknown> = {}) =>
      (
        await suite.newsroom.api(
          'reporter',
          'POST',
          '/api/media',
          uploadForm(await photoWithLocation(1600, 1200), `${alt.slice(0, 8)}.jpg`, 'image/jpeg', {
            ...FIELDS,
            alt,
            ...fields,
          }),
        )
      ).body.doc
    const readerSees = async (id: number | string) =>
      (await suite.newsroom.api('anonymous', 'GET', `/api/media/${id}`)).status

    it('are private until the story runs, then in its JSON, HTML (srcset, caption, credit), JSON-LD, ninjs and feed; a picture taken out is private again', async () => {
      const street = await picture('The street where the arrest happened')
      const clip = await picture('A still from the security footage', {
        caption: 'Its own caption.',
        credit: 'Security camera',
      })
      const body = lexicalBody(
        paragraphNode('First paragraph.'),
        pictureNode(street.id, nodeId(1), {
          caption: 'This story’s caption <b>for the street</b>.',
        }),
        paragraphNode('Second paragraph.'),
        pictureNode(clip.id, nodeId(2)),
      )
      const draft = await suite.newsroom.api('reporter', 'POST', '/api/articles?draft=true', {
        title: 'Story with pictures in the text',
        body,
        _status: 'draft',
      })
      expect(draft.status).toBe(201)
      expect([await readerSees(street.id), await readerSees(clip.id)]).toEqual([404, 404])

      const published = await suite.newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${draft.body.doc.id}`,
        {
          _status: 'published',
        },
      )
      expect(published.status).toBe(200)
      expect([await readerSees(street.id), await readerSees(clip.id)]).toEqual([200, 200])
      expect((await download(clip.url, 'anonymous')).status).toBe(200)

      const slug = published.body.doc.slug
      const story = (await suite.newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`))
        .body
      expect(story.bodyImages.map((image: { id: unknown }) => image.id)).toEqual([
        street.id,
        clip.id,
      ])
      expect(story.bodyImages[1]).toMatchObject({
        alt: 'A still from the security footage',
        caption: 'Its own caption.',
        credit: 'Security camera',
        provenance: FIELDS.provenance,
      })
      expect(
        story.body.root.children
          .filter((node: { type: string }) => node.type === 'upload')
          .map((node: { value: unknown }) => node.value),
      ).toEqual([street.id, clip.id])
      const figures = story.bodyHtml.match(/<figure[\s\S]*?<\/figure>/g) as string[]
      expect(figures).toHaveLength(2)
      expect(figures[0]).toContain(`data-media="${street.id}"`)
      expect(figures[0]).toContain('alt="The street where the arrest happened"')
      expect(figures[0]).toContain(`${story.bodyImages[0].sizes.small.url} 640w`)
      expect(figures[0]).not.toContain('1920w')
      expect(figures[0]).toContain(`${story.bodyImages[0].url} 1600w`)
      // This story's caption, escaped; the picture's own credit.
      expect(figures[0]).toContain(
        '<figcaption>This story’s caption &lt;b&gt;for the street&lt;/b&gt;.<span class="credit"> Bystander photo obtained by the newsroom</span></figcaption>',
      )
      expect(figures[1]).toContain(
        '<figcaption>Its own caption.<span class="credit"> Security camera</span></figcaption>',
      )
      expect(story.bodyHtml.indexOf('First paragraph')).toBeLessThan(
        story.bodyHtml.indexOf(`data-media="${street.id}"`),
      )

      const jsonld = (
        await suite.newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}?format=jsonld`)
      ).body
      expect(
        jsonld.image.map((url: string) => new URL(url, suite.newsroom.baseURL).pathname),
      ).toEqual([
        new URL(street.url, suite.newsroom.baseURL).pathname,
        new URL(clip.url, suite.newsroom.baseURL).pathname,
      ])
      const ninjs = (
        await suite.newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}?format=ninjs`)
      ).body
      expect(ninjs.associations.map((association: { name: string }) => association.name)).toEqual([
        'inlineimage1',
        'inlineimage2',
      ])
      expect(ninjsValidator()(ninjs)).toEqual([])
      const feed = atomFeedOf([story])
      expect(feed).toContain(
        `https://news.example${new URL(story.bodyImages[0].sizes.medium.url, 'https://x.example').pathname}`,
      )

      // The clip taken out of the text and republished: private again; the street stays public.
      const without = await suite.newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${draft.body.doc.id}`,
        {
          body: lexicalBody(paragraphNode('First paragraph.'), pictureNode(street.id, nodeId(1))),
          _status: 'published',
        },
      )
      expect(without.status).toBe(200)
      expect([await readerSees(street.id), await readerSees(clip.id)]).toEqual([200, 404])
      expect((await download(clip.url, 'anonymous')).status).toBe(403)

      // Retracted: the text is gone, and so are its pictures.
      const retracted = await suite.newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${draft.body.doc.id}`,
        {
          updateLog: [{ type: 'retraction', text: 'We retract this story.' }],
          _status: 'published',
        },
      )
      expect(retracted.status).toBe(200)
      expect(await readerSees(street.id)).toBe(404)
      const gone = await suite.newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)
      expect(gone.body.bodyImages).toEqual([])
    })

    it('refuses to publish a body whose picture is gone, from another collection, or not an id, naming the body', async () => {
      const doomed = await picture('A picture deleted before the story runs')
      expect((await suite.newsroom.api('editor', 'DELETE', `/api/media/${doomed.id}`)).status).toBe(
        200,
      )
      const cases: [unknown, RegExp][] = [
        [pictureNode(doomed.id, nodeId(3)), /picture that no longer exists/],
        [
          pictureNode(1, nodeId(4), { relationTo: 'users' }),
          /^A picture in the body is refused: .*invalid selection/,
        ],
        [
          { ...pictureNode(1, nodeId(5)), value: { nested: true } },
          /^A picture in the body is refused: .*not a valid upload ID/,
        ],
        [
          { ...pictureNode(1, nodeId(6)), value: 'not an id' },
          /^A picture in the body is refused: .*not a valid upload ID/,
        ],
      ]
      for (const [node, reason] of cases) {
        const res = await suite.newsroom.api('editor', 'POST', '/api/articles', {
          title: 'Refused picture',
          body: lexicalBody(paragraphNode('Text.'), node as never),
          _status: 'published',
        })
        expect(res.status).toBe(400)
        expect(fieldErrors(res)).toEqual([
          expect.objectContaining({ path: 'body', message: expect.stringMatching(reason) }),
        ])
      }
      // A draft may hold them (drafts are not validated); reading it back, populated, still works.
      const draft = await suite.newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Draft with odd pictures',
        body: lexicalBody(...cases.map(([node]) => node as never)),
        _status: 'draft',
      })
      expect(draft.status).toBe(201)
      expect(
        (
          await suite.newsroom.api(
            'editor',
            'GET',
            `/api/articles/${draft.body.doc.id}?draft=true&depth=2`,
          )
        ).status,
      ).toBe(200)
    })

    it('voids a legal sign-off when a picture is added to the text', async () => {
      const { legalFingerprint } = await import('../../../src/plugin/workflow/legalReview')
      const text = lexicalBody(paragraphNode('Same words.'))
      expect(
        legalFingerprint({
          body: lexicalBody(paragraphNode('Same words.'), pictureNode(7, nodeId(7))),
        }),
      ).not.toBe(legalFingerprint({ body: text }))
      expect(legalFingerprint({ body: lexicalBody(paragraphNode('Same words.')) })).toBe(
        legalFingerprint({ body: text }),
      )
    })
  })
}
