/** Media: a story's picture, private until published, then in its JSON, JSON-LD and ninjs. */
import { lexicalParagraphs } from '../../helpers/fixtures'
import { photoWithLocation, uploadForm } from '../../helpers/images'
import { ninjsValidator } from '../../helpers/standards'
import { type MediaSuite } from './context'
import { FIELDS, fileRequestsOf } from './requests'

export const storyPicture = (suite: MediaSuite) => {
  const { download } = fileRequestsOf(suite)

  describe('a story’s picture', () => {
    it('is private until a published story shows it, then in the story’s JSON, JSON-LD (16:9, 4:3, 1:1) and ninjs', async () => {
      const upload = await suite.newsroom.api(
        'editor',
        'POST',
        '/api/media',
        uploadForm(await photoWithLocation(), 'hero.jpg', 'image/jpeg', {
          ...FIELDS,
          alt: 'The station at night',
        }),
      )
      const media = upload.body.doc
      expect((await suite.newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)).status).toBe(
        404,
      )
      expect((await download(media.url, 'anonymous')).status).toBe(403)
      const draft = await suite.newsroom.api('editor', 'POST', '/api/articles?draft=true', {
        title: 'Pictured story',
        body: lexicalParagraphs('Text.'),
        heroImage: media.id,
        _status: 'draft',
      })
      expect((await suite.newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)).status).toBe(
        404,
      )

      const published = await suite.newsroom.api(
        'editor',
        'PATCH',
        `/api/articles/${draft.body.doc.id}`,
        {
          _status: 'published',
        },
      )
      expect(published.status).toBe(200)
      const reader = await suite.newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)
      expect(reader.status).toBe(200)
      expect(reader.body).not.toHaveProperty('source')
      expect(reader.body).not.toHaveProperty('keepLocation')
      expect((await download(media.url, 'anonymous')).status).toBe(200)

      const story = await suite.newsroom.api(
        'anonymous',
        'GET',
        `/api/articles/slug/${published.body.doc.slug}`,
      )
      expect(story.body.heroImage).toMatchObject({
        id: media.id,
        alt: 'The station at night',
        credit: FIELDS.credit,
        provenance: FIELDS.provenance,
        width: 1600,
        height: 1200,
      })
      // Never enlarged: the original is 1600 px wide, so there is no 1920 px `large`, in the shape or the srcset.
      expect(Object.keys(story.body.heroImage.sizes).sort()).toEqual([
        'medium',
        'small',
        'square',
        'standard4x3',
        'thumbnail',
        'wide16x9',
      ])
      for (const size of Object.values(story.body.heroImage.sizes) as { width: number }[]) {
        expect(size.width).toBeLessThanOrEqual(1600)
      }
      expect(media.sizes.large).toMatchObject({ url: null, width: null })
      const jsonld = await suite.newsroom.api(
        'anonymous',
        'GET',
        `/api/articles/slug/${published.body.doc.slug}?format=jsonld`,
      )
      expect(jsonld.body.image).toEqual([
        story.body.heroImage.sizes.wide16x9.url,
        story.body.heroImage.sizes.standard4x3.url,
        story.body.heroImage.sizes.square.url,
      ])
      const ninjs = await suite.newsroom.api(
        'anonymous',
        'GET',
        `/api/articles/slug/${published.body.doc.slug}?format=ninjs`,
      )
      expect(ninjs.body.associations).toEqual([
        expect.objectContaining({ name: 'featureimage', type: 'picture', by: FIELDS.credit }),
      ])
      expect(ninjsValidator()(ninjs.body)).toEqual([])

      // Unpublished again: private again.
      await suite.newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, {
        _status: 'draft',
      })
      expect((await suite.newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)).status).toBe(
        404,
      )
    })
  })
}
