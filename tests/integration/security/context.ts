/**
 * What the security review's areas share (tests/integration/security.review.test.ts boots one
 * newsroom for all of them; each area is a module beside this one): the newsroom, the story and the
 * reader's comment its beforeAll makes, read once it has run, and a new reader's client address per
 * call.
 */
import type { Article, Comment } from '../../../src/payload-types'

import { type TestNewsroom } from '../../helpers/newsroom'

export type SecurityReview = {
  /** Set by the test file's beforeAll: read in a hook or a test, never while the tests are declared. */
  readonly newsroom: TestNewsroom
  /** A published story, 'Reviewed story'. */
  readonly article: Article
  /** An approved reader's comment on `article`, by 'Victim'. */
  readonly readerComment: Comment
  /** Headers from a client address no request has used yet (198.51.100.x). */
  newClient: () => { 'x-forwarded-for': string }
}
