/** Access matrix: the roles it checks, and what access.matrix.test.ts sets up for every area. */
import { type TestNewsroom, type Who } from '../../helpers/newsroom'
import { type makeFixtures } from './fixtures'

export const ROLES: Who[] = ['anonymous', 'moderator', 'reporter', 'legal', 'editor', 'admin']
/** Editorial staff: they see drafts, internal notes and the workflow. */
export const STAFF: Who[] = ['reporter', 'legal', 'editor', 'admin']

export type AccessMatrix = {
  /** Set by the test file's beforeAll: read in a test, never while the tests are declared. */
  readonly newsroom: TestNewsroom
  /** The documents the cells read or point at (fixtures.ts). */
  readonly fixtures: Awaited<ReturnType<typeof makeFixtures>>['fixtures']
  /** The fixture webhook's signing secret. */
  readonly webhookSecret: string
  /** A small generated photo for the media collection's cells. */
  readonly photo: Buffer
}
