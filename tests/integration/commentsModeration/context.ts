/**
 * Comments moderation: what comments.moderation.test.ts sets up for every area (its newsroom, read
 * once its beforeAll has run), the readers' client addresses, and what a reader is shown.
 */
import { type TestNewsroom } from '../../helpers/newsroom'

export type ModerationSuite = {
  /** Set by the test file's beforeAll: read in a hook or a test, never while the tests are declared. */
  readonly newsroom: TestNewsroom
}

/** Client addresses taken so far, by every area: each new reader's is one no request has used. */
let clients = 0
/** Headers from a reader's client address no request has used yet (192.0.2.x), and its number. */
export const newClient = () => ({
  'x-forwarded-for': `192.0.2.${(++clients % 250) + 1}`,
  'x-test-client': String(clients),
})
/** Takes the next client number, as newClient does, without its headers. */
export const takeClientNumber = () => ++clients
/** The number the latest client took. */
export const latestClientNumber = () => clients

/** What a reader is shown: the article's public comments and its count of approved ones. */
export const readersView = (suite: ModerationSuite) => {
  const publicComments = async (articleId: number | string, query = '') =>
    (
      await suite.newsroom.api(
        'anonymous',
        'GET',
        `/api/comments?where[article][equals]=${articleId}&limit=100${query}`,
      )
    ).body
  const commentCount = async (articleId: number | string) =>
    (await suite.newsroom.api('anonymous', 'GET', `/api/articles/${articleId}`)).body.commentCount
  return { publicComments, commentCount }
}
