/** Media: what media.test.ts sets up for every area, read once its beforeAll has run. */
import { type TestSigner } from '../../helpers/contentCredentials'
import { type TestNewsroom } from '../../helpers/newsroom'

export type MediaSuite = {
  /** Set by the test file's beforeAll: read in a test, never while the tests are declared. */
  readonly newsroom: TestNewsroom
  /** The photo agency whose CA the newsroom trusts (its `media.trustAnchors`). */
  readonly agency: TestSigner
  /** The newsroom's own signer (its `media.signing`), whose CA the newsroom does not list as an anchor. */
  readonly newsroomSigner: TestSigner
}
