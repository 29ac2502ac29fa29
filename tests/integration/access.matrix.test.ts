import { photoWithLocation } from '../helpers/images'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { whoMayDoWhat } from './accessMatrix/collections'
import { type AccessMatrix } from './accessMatrix/context'
import { whoMayCallEachEndpoint } from './accessMatrix/endpoints'
import { makeFixtures } from './accessMatrix/fixtures'
import { sensitiveFieldsSeenOnlyByTheirReaders } from './accessMatrix/sensitiveFields'

/**
 * Every role × every collection × create / read / update / delete, through REST, each cell asserted;
 * then every sensitive field × every role, through REST and GraphQL, at depth 0–3, with select and
 * populate. A cell that changes fails here, whichever way it changes.
 *
 * One newsroom for every area (one Payload per test file). tests/integration/accessMatrix/ holds
 * the fixtures, the documents the cells make, and the areas (collections, endpoints,
 * sensitiveFields), called here in the order this file has always run them: they share the
 * database, the fixtures and the numbering of new documents and client addresses.
 */
let newsroom: TestNewsroom
let fixtures: AccessMatrix['fixtures']
let webhookSecret: string
let photo: Buffer

const matrix: AccessMatrix = {
  get newsroom() {
    return newsroom
  },
  get fixtures() {
    return fixtures
  },
  get webhookSecret() {
    return webhookSecret
  },
  get photo() {
    return photo
  },
}

beforeAll(async () => {
  newsroom = await startNewsroom({ newsroom: { submissions: { floodSeconds: 0 } } })
  photo = await photoWithLocation(400, 300)
  ;({ fixtures, webhookSecret } = await makeFixtures(matrix))
})
afterAll(async () => newsroom?.close())

whoMayDoWhat(matrix)
whoMayCallEachEndpoint(matrix)
sensitiveFieldsSeenOnlyByTheirReaders(matrix)
