import { isDeepStrictEqual } from 'node:util'

import { startNewsroom, type TestNewsroom } from './newsroom'

type Options = Parameters<typeof startNewsroom>[0]

/** What a behaviour calls where a file of its own called `startNewsroom(options)`. */
export type StartNewsroom = (options?: Options) => Promise<TestNewsroom>

/**
 * One Payload for a suite of behaviours that all run on the same configuration (one boot instead of
 * one per file). Each behaviour keeps its own module (tests/integration/<behaviour>.ts, a function
 * of `startNewsroom`) and runs as a `describe` of the suite, in the order the suite lists them:
 *
 *   const newsroom = sharedNewsroom()
 *   describe('access', () => access(newsroom.for('access')))
 *
 * Payload boots at the first behaviour's beforeAll and closes after the last. A behaviour gets the
 * same newsroom with two differences from one of its own:
 * - its `startNewsroom(options)` must ask for the suite's options (checked: a behaviour written for
 *   another configuration belongs in another suite), and its `close()` does nothing;
 * - its `api`/`graphql` calls come from a client address of its own (X-Forwarded-For, unless the test
 *   sends one), so the submission flood control counts each behaviour as a different reader, as it
 *   was on a database of its own. Everything else (the database, the caches) is shared: a behaviour
 *   that needs an empty database or changes what others read runs first or last, or in a suite of
 *   its own.
 * One behaviour runs alone with jest's -t (`npx jest tests/integration/newsroom.default.test.ts -t
 * '^access '`): the others' hooks do not run, and Payload boots for that one on an empty database.
 */
export const sharedNewsroom = (options: Options = {}) => {
  let started: Promise<TestNewsroom> | undefined
  let clients = 0
  afterAll(async () => {
    const newsroom = await started?.catch(() => undefined)
    await newsroom?.close()
  })
  return {
    for: (behaviour: string): StartNewsroom => {
      const address = `100.127.255.${++clients}`
      return async (asked = {}) => {
        if (!isDeepStrictEqual(asked, options)) {
          throw new Error(
            `${behaviour} asks for ${JSON.stringify(asked)}, this suite runs ${JSON.stringify(options)}: it belongs in another suite`,
          )
        }
        started ??= startNewsroom(options)
        const shared = await started
        const api: TestNewsroom['api'] = (who, method, pathname, body, headers = {}) =>
          shared.api(who, method, pathname, body, { 'x-forwarded-for': address, ...headers })
        return {
          ...shared,
          api,
          graphql: (who, query, variables) =>
            api(who, 'POST', '/api/graphql', { query, variables }),
          close: async () => {},
        }
      }
    },
  }
}
