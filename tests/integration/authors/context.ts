/**
 * Authors: what authors.test.ts sets up for every area (the newsroom and the authors and stories its
 * beforeAll makes, read once it has run), and the steps the areas share.
 */
import { type TestNewsroom, type Who } from '../../helpers/newsroom'

export type AuthorsSuite = {
  /** Set by the test file's beforeAll: read in a hook or a test, never while the tests are declared. */
  readonly newsroom: TestNewsroom
  /** The ids the beforeAll made (jane, omar, guest, unpublished, story), and any an area adds. */
  readonly ids: Record<string, number | string>
}

/** The steps the areas share, on the suite's newsroom. */
export const stepsOf = (suite: AuthorsSuite) => {
  const makeAuthor = async (data: Record<string, unknown>) =>
    (
      await suite.newsroom.payload.create({
        collection: 'authors',
        data: data as never,
        overrideAccess: true,
      })
    ).id

  /** A story as readers (or `who`) get it: the document, JSON-LD and ninjs. */
  const storyOutputs = async (slug: string, who: Who = 'anonymous') => ({
    document: (await suite.newsroom.api(who, 'GET', `/api/articles/slug/${slug}`)).body,
    jsonld: (await suite.newsroom.api(who, 'GET', `/api/articles/slug/${slug}?format=jsonld`)).body,
    ninjs: (await suite.newsroom.api(who, 'GET', `/api/articles/slug/${slug}?format=ninjs`)).body,
  })

  return { makeAuthor, storyOutputs }
}
