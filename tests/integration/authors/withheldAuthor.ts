/** Authors (authors.test.ts): A byline withheld for an author’s safety: every output at once, and their page gone. */

import { containsDeep } from '../../helpers/fixtures'
import { photoWithLocation, uploadForm } from '../../helpers/images'
import { type AuthorsSuite, stepsOf } from './context'

export const withheldForAnAuthor = (suite: AuthorsSuite) => {
  const { storyOutputs } = stepsOf(suite)

  describe('a byline withheld for an author’s safety', () => {
    it('prints the newsroom’s name on every output at once, and their page is gone', async () => {
      const photo = await suite.newsroom.api(
        'editor',
        'POST',
        '/api/media',
        uploadForm(await photoWithLocation(800, 800), 'omar.jpg', 'image/jpeg', {
          alt: 'Omar, the photographer',
          provenance: { howObtained: 'Staff portrait', verificationStatus: 'verified' },
        }),
      )
      expect(photo.status).toBe(201)
      await suite.newsroom.api('editor', 'PATCH', `/api/authors/${suite.ids.omar}`, {
        photo: photo.body.doc.id,
      })
      const before = await suite.newsroom.api(
        'anonymous',
        'GET',
        '/api/authors/slug/omar-photographer',
      )
      expect(before.body.author.photo?.id).toBe(photo.body.doc.id)
      expect(
        (await suite.newsroom.api('anonymous', 'GET', `/api/media/${photo.body.doc.id}`)).status,
      ).toBe(200)

      const withheld = await suite.newsroom.api(
        'editor',
        'PATCH',
        `/api/authors/${suite.ids.omar}`,
        {
          withholdByline: { withheld: true, reason: 'Threats after the last story' },
        },
      )
      expect(withheld.status).toBe(200)

      const outputs = await storyOutputs('credited-story')
      expect(containsDeep(outputs, 'Omar')).toBe(false)
      expect(outputs.document.authors.map((entry: any) => entry.name)).toEqual([
        'Jane Reporter',
        'Gita Guest',
        'Staff',
      ])
      expect(outputs.document.authors[2]).toMatchObject({ id: null, slug: null, url: null })
      // Earlier editions named him: no longer served.
      const editions = await suite.newsroom.api(
        'anonymous',
        'GET',
        '/api/articles/slug/credited-story/editions',
      )
      for (const edition of editions.body.editions.filter((one: any) => !one.current)) {
        expect(edition.withheld).toBeTruthy()
        expect(
          (
            await suite.newsroom.api(
              'anonymous',
              'GET',
              `/api/articles/slug/credited-story/editions/${edition.number}`,
            )
          ).status,
        ).toBeGreaterThanOrEqual(400)
      }
      expect(containsDeep(editions.body, 'Omar')).toBe(false)
      expect(
        (await suite.newsroom.api('anonymous', 'GET', '/api/authors/slug/omar-photographer'))
          .status,
      ).toBe(404)
      expect(
        (await suite.newsroom.api('anonymous', 'GET', `/api/authors/${suite.ids.omar}`)).status,
      ).toBe(404)
      expect(
        (await suite.newsroom.api('anonymous', 'GET', `/api/media/${photo.body.doc.id}`)).status,
      ).toBe(404)
      const graphql = await suite.newsroom.graphql(
        'anonymous',
        '{ Authors { docs { name } } Articles { docs { title byline } } }',
      )
      expect(containsDeep(graphql.body, 'Omar')).toBe(false)
      // The suite.newsroom keeps the real credit.
      const staff = await suite.newsroom.api(
        'editor',
        'GET',
        `/api/articles/${suite.ids.story}?depth=1`,
      )
      expect(staff.body.authors.map((credit: any) => credit.author.name)).toContain(
        'Omar Photographer',
      )
    })
  })
}
