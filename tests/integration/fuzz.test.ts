import { seedStory } from '../../seed/seed'
import { plainPicture } from '../helpers/contentCredentials'
import { type Account, ACCOUNTS, startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { type FuzzTarget } from './fuzz/context'
import { earlierFindings } from './fuzz/earlierFindings'
import { generatedRequests } from './fuzz/generatedRequests'
import { integrity } from './fuzz/integrity'

/**
 * Generated hostile requests against every public endpoint: JSON bodies of any shape, query strings
 * with where / sort / select / populate / depth / limit / page, odd encodings. Only 2xx, 3xx and 4xx
 * may come back, the server must stay up, and afterwards every stored document must still be
 * readable and valid. `npm test` runs a short run; `npm run fuzz` runs FUZZ_RUNS (10,000).
 *
 * One newsroom for every area (one Payload per test file). tests/integration/fuzz/ holds the
 * generators (scalars, queryStrings, bodies, paths, graphql, requests) and the areas
 * (earlierFindings, generatedRequests, integrity), called here in the order this file has always
 * run them: the integrity check reads what the generated requests left behind.
 */
let newsroom: TestNewsroom
let articleId: number | string
let editorAuthorization: string
let legalAuthorization: string

/** `JWT …` for an account, from a login over HTTP. */
const authorizationOf = async (account: Account) => {
  const login = await fetch(`${newsroom.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  })
  return `JWT ${(await login.json()).token}`
}

beforeAll(async () => {
  newsroom = await startNewsroom({ newsroom: { submissions: { floodSeconds: 0 } } })
  articleId = (await seedStory(newsroom.payload, { log: () => {} })).articleId
  // A picture (id 1) whose own fields the generated requests write.
  const data = await plainPicture()
  await newsroom.payload.create({
    collection: 'media',
    data: { alt: 'Fuzzed picture' },
    file: { data, mimetype: 'image/jpeg', name: 'fuzz.jpg', size: data.length },
    overrideAccess: true,
  })
  editorAuthorization = await authorizationOf(ACCOUNTS.editor)
  legalAuthorization = await authorizationOf(ACCOUNTS.legal)
})
afterAll(async () => newsroom?.close())

const target: FuzzTarget = {
  get newsroom() {
    return newsroom
  },
  get articleId() {
    return articleId
  },
  get editorAuthorization() {
    return editorAuthorization
  },
  get legalAuthorization() {
    return legalAuthorization
  },
}

earlierFindings(target)
generatedRequests(target)
integrity(target)
