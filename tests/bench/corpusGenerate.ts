import type { PayloadRequest } from 'payload'

/**
 * Fills a database with a newsroom-sized corpus, quickly, through Payload's database layer (its
 * adapter's create/update, the schema the app's migrations built, no hooks): N published articles
 * with bodies quoting their quotes, two quotes each from sources shared across stories (N/5), three
 * comments each in every state, a report on some, and a version per article. Then each story's
 * current edition, as a publish records it: built by `buildEdition` from that story as a reader
 * sees it (its own title, body, quotes and sources: the bytes a miss serves for story k are story
 * k's), inserted into the editions table in batches (the write a publish makes, without one
 * `payload.create` per story), and a sample read back through `currentEdition` and compared.
 * Without editions, a story's first read would record one, and a miss would measure that write.
 * Run by corpus.ts as
 *   tsx --conditions=production tests/bench/corpusGenerate.ts <N>      (DATABASE_URI says where)
 * Prints one JSON line: { seconds, articles, sources, quotes, comments, reports, editions, editionSeconds }.
 */
import { isDeepStrictEqual } from 'node:util'
import { getPayload } from 'payload'

import { buildEdition } from '../../src/plugin/editions/buildEdition'
import { currentEdition } from '../../src/plugin/editions/read'
import { readStoryComments } from '../../src/plugin/editions/storyComments'
import { lexicalBody, paragraphNode, quoteNode } from '../../src/plugin/richText/lexical'
import { settingsOf } from '../../src/plugin/settings'
import { createAppConfig } from '../../src/server/config'

const N = Number(process.argv[2] || 1000)
const BATCH = 500
const TAGS = [
  'police',
  'courts',
  'council',
  'schools',
  'health',
  'transport',
  'housing',
  'weather',
  'business',
  'culture',
]
const WORDS =
  'the officer council vigil camera footage statement inquiry residents station report mayor budget court witness street night morning neighbours'.split(
    ' ',
  )
const STATUSES = ['approved', 'pending', 'rejected', 'spam'] as const

let seed = 42
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ')
const sentence = (count: number) => {
  const text = words(count)
  return `${text[0].toUpperCase()}${text.slice(1)}.`
}

/** Built at once (their reads overlap on PostgreSQL), then inserted in one statement. */
const EDITIONS_AT_ONCE = 8
const EDITION_ROWS = 250

/**
 * Edition 1 of every generated story, current: what `recordEdition` stores at a first publish
 * (the document `buildEdition` makes of the story with `edition: 1`, its JSON-LD, ninjs and ETag, and the story's comments as the edition keeps them),
 * written straight into the table in batches. Then a sample is read back as the story endpoint
 * reads it and compared with a fresh build of the same story.
 */
const recordEditions = async (
  payload: Awaited<ReturnType<typeof getPayload>>,
  publishedAt: Map<number | string, string>,
): Promise<number> => {
  const settings = settingsOf(payload)
  const db = payload.db as unknown as {
    drizzle: { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }
    tables: Record<string, unknown>
    tableNameMap: Map<string, string>
  }
  const table = db.tables[db.tableNameMap.get(settings.slugs.editions) ?? settings.slugs.editions]
  let recorded = 0
  let rows: Record<string, unknown>[] = []
  const flush = async () => {
    if (rows.length) {
      await db.drizzle.insert(table).values(rows)
      recorded += rows.length
      rows = []
    }
  }
  for (let start = 0; start < N; start += EDITIONS_AT_ONCE) {
    const slugs = Array.from(
      { length: Math.min(N, start + EDITIONS_AT_ONCE) - start },
      (_, k) => `corpus-story-${start + k}`,
    )
    const built = await Promise.all(
      slugs.map(async (slug) => {
        const edition = await buildEdition(payload, settings, slug)
        return (
          edition && {
            ...edition,
            comments: await readStoryComments(payload, settings, edition.document.id),
          }
        )
      }),
    )
    built.forEach((edition, k) => {
      if (!edition) {
        throw new Error(`${slugs[k]}: no published story to record an edition of`)
      }
      const when = publishedAt.get(edition.document.id) ?? new Date().toISOString()
      rows.push({
        article: edition.document.id,
        number: 1,
        title: edition.document.title,
        slug: slugs[k],
        current: true,
        reason: 'published',
        withheld: null,
        publishedBy: null,
        datePublished: when,
        etag: edition.etag,
        document: { ...edition.document, edition: 1 },
        jsonld: edition.jsonld,
        ninjs: edition.ninjs,
        comments: edition.comments,
        commentsUpdatedAt: when,
        createdAt: when,
        updatedAt: when,
      })
    })
    if (rows.length >= EDITION_ROWS) {
      await flush()
    }
  }
  await flush()
  // Honest: what the endpoint will serve for a story is that story's edition, byte for byte.
  for (let sample = 0; sample < Math.min(N, 10); sample++) {
    const slug = `corpus-story-${Math.floor(random() * N)}`
    const [stored, built] = await Promise.all([
      currentEdition(payload, settings, slug),
      buildEdition(payload, settings, slug),
    ])
    const comments =
      built &&
      JSON.parse(JSON.stringify(await readStoryComments(payload, settings, built.document.id)))
    // As stored: through JSON (PostgreSQL's jsonb keeps no key order, which deep equality ignores).
    const fresh = built && (JSON.parse(JSON.stringify(built)) as typeof built)
    if (
      !stored ||
      !fresh ||
      stored.etag !== fresh.etag ||
      !isDeepStrictEqual(stored.document, { ...fresh.document, edition: 1 }) ||
      !isDeepStrictEqual(stored.jsonld, fresh.jsonld) ||
      !isDeepStrictEqual(stored.comments, comments)
    ) {
      throw new Error(`${slug}: the stored edition is not the story as built`)
    }
  }
  return recorded
}

const main = async () => {
  const started = Date.now()
  const payload = await getPayload({
    config: createAppConfig({ overrides: { logger: { options: { level: 'warn' } } } }),
  })
  const db = payload.db
  const inTransaction = async (work: (req: PayloadRequest) => Promise<void>) => {
    const transactionID = (await db.beginTransaction()) ?? undefined
    const req = {
      payload,
      transactionID,
      context: {},
      locale: undefined,
      fallbackLocale: undefined,
    } as unknown as PayloadRequest
    try {
      await work(req)
      if (transactionID !== undefined) {
        await db.commitTransaction(transactionID)
      }
    } catch (error) {
      if (transactionID !== undefined) {
        await db.rollbackTransaction(transactionID)
      }
      throw error
    }
  }
  const counts = { articles: 0, sources: 0, quotes: 0, comments: 0, reports: 0 }

  const sourceIds: (number | string)[] = []
  const sourceCount = Math.max(10, Math.round(N / 5))
  for (let start = 0; start < sourceCount; start += BATCH) {
    await inTransaction(async (req) => {
      for (let i = start; i < Math.min(sourceCount, start + BATCH); i++) {
        const official = i % 3 === 0
        const doc = await db.create({
          collection: 'sources',
          data: official
            ? {
                kind: 'official',
                description: `the ${pick(WORDS)} office ${i}`,
                role: 'Spokesperson',
              }
            : {
                kind: 'person',
                name: `Person ${i}`,
                description: `a ${pick(WORDS)} witness`,
                role: 'Resident',
              },
          req,
        })
        sourceIds.push(doc.id)
        counts.sources++
      }
    })
  }

  const year = 365 * 86_400_000
  const publishedAt = new Map<number | string, string>()
  for (let start = 0; start < N; start += BATCH) {
    await inTransaction(async (req) => {
      for (let i = start; i < Math.min(N, start + BATCH); i++) {
        const when = new Date(Date.now() - random() * 5 * year).toISOString()
        const title = `${sentence(6).slice(0, -1)} (${i})`
        const article = await db.create({
          collection: 'articles',
          data: {
            title,
            slug: `corpus-story-${i}`,
            dek: sentence(12),
            byline: 'Staff',
            body: lexicalBody(paragraphNode(sentence(30))),
            storyStatus: 'developing',
            tags: [pick(TAGS), pick(TAGS)],
            commentsOpen: true,
            _status: 'published',
            publishedAt: when,
            dateModified: when,
            createdAt: when,
            updatedAt: when,
          },
          req,
        })
        const quotes: (number | string)[] = []
        for (let q = 0; q < 2; q++) {
          const quote = await db.create({
            collection: 'quotes',
            data: {
              text: sentence(10),
              kind: q ? 'paraphrase' : 'verbatim',
              speaker: pick(sourceIds),
              article: article.id,
              publishedIn: [article.id],
              createdAt: when,
              updatedAt: when,
            },
            req,
          })
          quotes.push(quote.id)
          counts.quotes++
        }
        const body = lexicalBody(
          paragraphNode(sentence(40)),
          paragraphNode(
            `${sentence(12)} One said: “`,
            quoteNode(quotes[0], `c${String(i).padStart(11, '0')}a`.padEnd(24, 'a')),
            '”',
          ),
          paragraphNode(sentence(50)),
          paragraphNode(
            `Another added that `,
            quoteNode(quotes[1], `c${String(i).padStart(11, '0')}b`.padEnd(24, 'b')),
            '.',
          ),
        )
        const full = await db.updateOne({
          collection: 'articles',
          id: article.id,
          data: { body },
          req,
        })
        await db.createVersion({
          collectionSlug: 'articles',
          parent: article.id,
          versionData: { ...full, _status: 'published' } as never,
          autosave: false,
          createdAt: when,
          updatedAt: when,
          req,
        } as never)
        counts.articles++
        publishedAt.set(article.id, when)
        for (let c = 0; c < 3; c++) {
          const status = c === 0 ? 'approved' : pick(STATUSES)
          const comment = await db.create({
            collection: 'comments',
            data: {
              article: article.id,
              authorName: `Reader ${i}-${c}`,
              authorEmail: `reader${i}-${c}@example.com`,
              emailKey: `reader${i}-${c}@example.com`,
              body: sentence(20),
              status,
              ipHash: `corpus${i}x${c}`,
              reportCount: 0,
              createdAt: when,
              updatedAt: when,
            },
            req,
          })
          counts.comments++
          if (status === 'approved' && i % 10 === 0) {
            await db.create({
              collection: 'comment-reports',
              data: {
                comment: comment.id,
                reason: 'Off topic',
                ipHash: `reporter${i}`,
                createdAt: when,
                updatedAt: when,
              },
              req,
            })
            counts.reports++
          }
        }
      }
    })
  }
  const editionsStarted = Date.now()
  const editions = await recordEditions(payload, publishedAt)
  const editionSeconds = (Date.now() - editionsStarted) / 1000
  console.log(
    JSON.stringify({
      seconds: (Date.now() - started) / 1000,
      ...counts,
      editions,
      editionSeconds,
    }),
  )
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
