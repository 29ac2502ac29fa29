/**
 * Fills a database with a newsroom-sized corpus, quickly: multi-row inserts into the tables the
 * app's migrations built (through the adapter's drizzle tables, with ids given here so rows can
 * name each other without reading anything back): 200 staff authors (the seeded "Staff" desk
 * besides), N published articles each credited to one to three of them, with bodies quoting their
 * quotes, two quotes each from sources shared across stories (N/5), three comments each in every
 * state, a report on some, and a published version per article with its credits and tags; the
 * authors credited are made public, as publishing them would. Then each story's current edition, as
 * a publish records it: built by `buildEditions` from the stories as a reader sees them, a batch at
 * a time (six queries a batch: the bytes a miss serves for story k are story k's), with its
 * comments, inserted in batches. What was written is checked, not trusted: a sample of stories is
 * read back through Payload (the story as a reader gets it, its version, its edition and comments
 * against a fresh build, its byline and credits against those generated) and the generation fails
 * if any differs.
 * Without editions, a story's first read would record one, and a miss would measure that write.
 * Run by corpus.ts as
 *   tsx --conditions=production tests/bench/corpusGenerate.ts <N>      (DATABASE_URI says where)
 * Prints one JSON line: { seconds, articles, authors, publicAuthors, credits, busiestWriterStories,
 * sources, quotes, comments, reports, editions, editionSeconds }.
 */
import { getPayload } from 'payload'

import type { StoryComments } from '../../src/plugin/editions/storyComments'

import { reindexCurrentEditions } from '../../src/plugin/search/searchIndex'
import { settingsOf } from '../../src/plugin/settings'
import { createAppConfig } from '../../src/server/config'
import {
  authorRows,
  BUSIEST_WRITER_SLUG,
  type CorpusCredit,
  markCreditedAuthorsPublic,
  storiesByAuthor,
} from './corpus/authors'
import {
  analyze,
  type DrizzleAdapter,
  followSequences,
  inserting,
  lastId,
  lastVersionId,
} from './corpus/database'
import { recordEditions } from './corpus/editions'
import { addStory, batchRows, numberVersions, sourceRows } from './corpus/rows'
import { checkSample } from './corpus/verify'

const N = Number(process.argv[2] || 1000)
/** Stories written per round of inserts (each round one transaction). */
const BATCH = 1000

const main = async () => {
  const started = Date.now()
  const payload = await getPayload({
    config: createAppConfig({ overrides: { logger: { options: { level: 'warn' } } } }),
  })
  const settings = settingsOf(payload)
  const db = payload.db as unknown as DrizzleAdapter
  const counts = {
    articles: 0,
    authors: 0,
    credits: 0,
    sources: 0,
    quotes: 0,
    comments: 0,
    reports: 0,
  }
  const ids = {
    authors: await lastId(payload, 'authors'),
    sources: await lastId(payload, 'sources'),
    articles: await lastId(payload, 'articles'),
    quotes: await lastId(payload, 'quotes'),
    comments: await lastId(payload, 'comments'),
  }
  const next = (table: keyof typeof ids) => ++ids[table]
  const now = new Date().toISOString()

  const { sourceIds, sources } = sourceRows(N, next, now)
  await inserting(payload, (insert) => insert('sources', sources))
  counts.sources = sources.length
  const { authors, links, creditsOfStory } = await authorRows(payload, () => next('authors'), now)
  await inserting(payload, async (insert) => {
    await insert('authors', authors)
    await insert('authors_same_as', links)
  })
  counts.authors = authors.length

  // Versions numbered here too: each version's tags name it.
  let versionBase = await lastVersionId(payload)
  const storyComments = new Map<number, StoryComments>()
  const storyCredits = new Map<number, CorpusCredit[]>()
  const sourceCitations = new Map<number, number>()
  const publishedAt = new Map<number, string>()
  for (let start = 0; start < N; start += BATCH) {
    const rows = batchRows()
    for (let i = start; i < Math.min(N, start + BATCH); i++) {
      addStory(rows, i, {
        next,
        sourceIds,
        creditsOfStory,
        storyCredits,
        sourceCitations,
        publishedAt,
        storyComments,
        settings,
      })
    }
    versionBase += numberVersions(rows, versionBase)
    await inserting(payload, async (insert) => {
      for (const [table, tableRows] of Object.entries(rows)) {
        await insert(table, tableRows)
      }
    })
    counts.articles += rows.articles.length
    counts.credits += rows.articles_authors.length
    counts.quotes += rows.quotes.length
    counts.comments += rows.comments.length
    counts.reports += rows.comment_reports.length
  }
  const publicAuthors = await markCreditedAuthorsPublic(payload, storyCredits)
  await followSequences(payload, db)
  // The planner's statistics for the corpus as written, before the editions read it in batches: without
  // them SQLite's planner read a batch of 50 stories by slug through the status index, walking every
  // published story (880 ms a batch at 100,000 instead of 1 ms).
  await analyze(payload, db)

  const editionsStarted = Date.now()
  const editions = await recordEditions(payload, N, publishedAt, storyComments)
  const editionSeconds = (Date.now() - editionsStarted) / 1000
  // The search index, as the editions' own writes keep it (the editions above were inserted directly).
  const indexStarted = Date.now()
  await reindexCurrentEditions(payload, settingsOf(payload))
  const searchIndexSeconds = (Date.now() - indexStarted) / 1000
  // The corpus settled as a running newsroom's database would be (see analyze).
  await analyze(payload, db, { settle: true })
  await checkSample(payload, N, storyCredits)
  console.log(
    JSON.stringify({
      seconds: (Date.now() - started) / 1000,
      ...counts,
      publicAuthors,
      // The author page measured lists these (the seeded story credits only the desk).
      busiestWriterStories: storiesByAuthor(storyCredits).get(BUSIEST_WRITER_SLUG) ?? 0,
      editions,
      editionSeconds,
      searchIndexSeconds,
    }),
  )
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
