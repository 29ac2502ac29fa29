import { type Measure, measure } from './load'
/**
 * Search under load (issue 33's target: p99 ≤ 100 ms at 100,000 stories on PostgreSQL, 20
 * connections): one popular query (answered from the process's cache after its first time), then
 * distinct queries, each new to the cache. The corpus's vocabulary is 19 words, each in most stories:
 * every query here is the worst case, a word in nearly every story.
 */
import { CANDIDATES } from '../../../src/plugin/search/searchResults'
import { TAGS, WORDS } from './words'

/** Every pair of the corpus's words, alone and with each tag, pages 1 to 3: ~12,000 queries, none twice in a run. */
const distinctQueries = (): string[] => {
  const queries: string[] = []
  for (const page of [1, 2, 3]) {
    for (const tag of [null, ...TAGS]) {
      for (const first of WORDS) {
        for (const second of WORDS) {
          if (first !== second) {
            queries.push(
              `/api/search?q=${first}+${second}${tag ? `&tag=${tag}` : ''}${page > 1 ? `&page=${page}` : ''}`,
            )
          }
        }
      }
    }
  }
  // A fixed shuffle, so consecutive requests are not the same words on another page.
  return queries
    .map((query, k) => ({ query, key: (k * 2_654_435_761) % 4_294_967_296 }))
    .sort((a, b) => a.key - b.key)
    .map(({ query }) => query)
}

/** Checked first: a word of the corpus finds stories, with a marked snippet. */
export const measureSearch = async (base: string): Promise<Measure[]> => {
  const res = await fetch(`${base}/api/search?q=officer`)
  const body = (await res.json()) as { docs?: { snippet: string }[]; totalDocs?: number }
  if (res.status !== 200 || !body.docs?.length || !body.docs[0].snippet.includes('<mark>')) {
    throw new Error(`search answered ${res.status}: ${JSON.stringify(body).slice(0, 200)}`)
  }
  console.log(`  search: “officer” finds ${body.totalDocs} (counted up to ${CANDIDATES})`)
  const queries = distinctQueries()
  let next = 0
  return [
    await measure('search, one query (the cache after the first)', {
      url: `${base}/api/search?q=officer+camera`,
    }),
    await measure('search, distinct queries (each new)', {
      url: base,
      requests: [
        { setupRequest: (request) => ({ ...request, path: queries[next++ % queries.length] }) },
      ],
    }),
  ]
}
