import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { moderatingAfterTheThreadMovesOn } from './commentsModeration/afterTheThreadMovesOn'
import { type ModerationSuite } from './commentsModeration/context'
import { countingApprovedComments } from './commentsModeration/counting'
import { deleting } from './commentsModeration/deleting'
import { moderation } from './commentsModeration/moderation'
import { whateverHappensToComments } from './commentsModeration/propertyTest'
import { readingComments } from './commentsModeration/reading'
import { reportingAComment } from './commentsModeration/reporting'
import { whatAReaderWrote } from './commentsModeration/whatAReaderWrote'

/**
 * Readers' comments once submitted: reading, moderating, counting, reporting and deleting them, and
 * a property test over random sequences of all of these.
 *
 * One newsroom for every area (one Payload per test file). tests/integration/commentsModeration/
 * holds the areas, called here in the order this file has always run them, and what they share
 * (context.ts: the readers' client addresses, what a reader is shown).
 */
let newsroom: TestNewsroom

beforeAll(async () => {
  // A zero-second window: these tests are about reading and moderation, flood control has its own.
  newsroom = await startNewsroom({
    newsroom: {
      submissions: { floodSeconds: 0 },
      comments: { reportThreshold: 3, maxPageSize: 5 },
    },
  })
})
afterAll(async () => newsroom?.close())

const suite: ModerationSuite = {
  get newsroom() {
    return newsroom
  },
}

moderatingAfterTheThreadMovesOn(suite)
readingComments(suite)
moderation(suite)
countingApprovedComments(suite)
whatAReaderWrote(suite)
reportingAComment(suite)
whateverHappensToComments(suite)
deleting(suite)
