/** Fuzz: FUZZ_RUNS generated requests (300 by default) get no 5xx, and the server stays up. */
import fc from 'fast-check'

import { type FuzzTarget, SLUG } from './context'
import { request } from './requests'

/** How many requests: a short run for `npm test`, FUZZ_RUNS (10,000) in `npm run fuzz`. */
const RUNS = Number(process.env.FUZZ_RUNS || 300)
/** npm test replays a fixed seed (a failure there is a regression); npm run fuzz explores new ones. */
const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.FUZZ_RUNS
    ? undefined
    : 20261125
/** Requests sent so far (each from a client address of its own), and how many got each status. */
let sent = 0
const statuses = new Map<number, number>()

export const generatedRequests = (target: FuzzTarget) => {
  afterAll(() => {
    console.log(
      `fuzz: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    )
  })

  it(
    `answers ${RUNS} generated requests with no 5xx, and stays up`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          request,
          async (r: {
            method: string
            path: string
            body?: string
            type?: string
            as?: 'editor' | 'legal'
          }) => {
            const res = await fetch(`${target.newsroom.baseURL}${r.path}`, {
              method: r.method,
              headers: {
                ...(r.type ? { 'content-type': r.type } : {}),
                ...(r.as
                  ? {
                      authorization:
                        r.as === 'legal' ? target.legalAuthorization : target.editorAuthorization,
                    }
                  : {}),
                'x-forwarded-for': `100.64.${sent % 250}.${(sent >> 8) % 250}`,
              },
              body: r.body,
            })
            const text = await res.text()
            // GraphQL answers 200 with errors: a server error there says so in the error's statusCode.
            if (r.path === '/api/graphql' && /"statusCode":5\d\d|Something went wrong/.test(text)) {
              throw new Error(`GraphQL ${r.body} → ${text.slice(0, 300)}`)
            }
            sent++
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
            if (res.status >= 500) {
              throw new Error(
                `${r.method} ${r.path} → ${res.status} (body: ${String(r.body).slice(0, 200)})`,
              )
            }
          },
        ),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
      )
      expect((await fetch(`${target.newsroom.baseURL}/api/articles/slug/${SLUG}`)).status).toBe(200)
    },
    30 * 60_000,
  )
}
