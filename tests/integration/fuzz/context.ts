/** Fuzz: what fuzz.test.ts sets up for every area, read once its beforeAll has run. */
import { type TestNewsroom } from '../../helpers/newsroom'

/** The story the test file seeds (seed/seed.ts): it must still be served once the fuzz is over. */
export const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'

export type FuzzTarget = {
  /** Set by the test file's beforeAll: read in a test, never while the tests are declared. */
  readonly newsroom: TestNewsroom
  /** The seeded story's id. */
  readonly articleId: number | string
  /** `JWT …` for the editor's account. */
  readonly editorAuthorization: string
  /** `JWT …` for legal's account. */
  readonly legalAuthorization: string
}
