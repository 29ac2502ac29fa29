/**
 * Fills a database with a newsroom-sized corpus, quickly: multi-row inserts into the tables the
 * app's migrations built (through the adapter's drizzle tables, with ids given here so rows can
 * name each other without reading anything back): N published articles with bodies quoting their
 * quotes, two quotes each from sources shared across stories (N/5), three comments each in every
 * state, a report on some, and a published version per article with its tags. Then each story's
 * current edition, as a publish records it: built by `buildEditions` from the stories as a reader
 * sees them, a batch at a time (four queries a batch: the bytes a miss serves for story k are
 * story k's), with its comments, inserted in batches. What was written is checked, not trusted: a
 * sample of stories is read back through Payload (the story as a reader gets it, its version, its
 * edition and comments against a fresh build) and the generation fails if any differs.
 * Without editions, a story's first read would record one, and a miss would measure that write.
 * Run by corpus.ts as
 *   tsx --conditions=production tests/bench/corpusGenerate.ts <N>      (DATABASE_URI says where)
 * Prints one JSON line: { seconds, articles, sources, quotes, comments, reports, editions, editionSeconds }.
 */
import { isDeepStrictEqual } from 'node:util'
import { getPayload } from 'payload'

import type { StoryComments } from '../../src/plugin/editions/storyComments'

import { buildEdition, buildEditions } from '../../src/plugin/editions/buildEdition'
import { currentEdition } from '../../src/plugin/editions/read'
import { readStoryComments } from '../../src/plugin/editions/storyComments'
import { lexicalBody, paragraphNode, quoteNode } from '../../src/plugin/richText/lexical'
import { settingsOf } from '../../src/plugin/settings'
import { createAppConfig } from '../../src/server/config'

const N = Number(process.argv[2] || 1000)
/** Stories written per round of inserts, and rows per INSERT statement (under SQLite's and PostgreSQL's bound-parameter limits). */
const BATCH = 1000
const ROWS_PER_INSERT = 400
/**
 * Stories whose editions are built together, and batches built at once: 50 stories cite at most 100
 * quotes and sources, one reader's page each (READER_PAGE_CAP), so each kind is one read.
 */
const EDITION_BATCH = 50
const EDITION_BATCHES_AT_ONCE = 4
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

/** The highest id among the article versions (their texts name them). */
const lastVersionId = async (payload: Payload): Promise<number> =>
  Number(
    (
      await payload.db.findVersions({
        collection: 'articles' as never,
        sort: '-id',
        limit: 1,
        pagination: false,
      })
    ).docs[0]?.id ?? 0,
  )

/** PostgreSQL's id sequences past the ids given here, so the app's next insert gets a fresh one. */
const followSequences = async (payload: Payload, db: DrizzleAdapter) => {
  if (db.name !== 'postgres' || !db.drizzle.execute) {
    return
  }
  const { sql } = await import('@payloadcms/db-postgres')
  for (const table of ['sources', 'articles', '_articles_v', 'quotes', 'comments']) {
    await db.drizzle.execute(
      sql.raw(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT coalesce(max(id), 1) FROM "${table}"))`,
      ),
    )
  }
  void payload
}

/** `ANALYZE` on either database, so the reads after a bulk load are planned with its statistics. */
const analyze = async (payload: Payload, db: DrizzleAdapter) => {
  if (db.name === 'postgres') {
    const { sql } = await import('@payloadcms/db-postgres')
    await db.drizzle.execute!(sql.raw('ANALYZE'))
  } else {
    const { sql } = await import('@payloadcms/db-sqlite')
    await (db.drizzle as unknown as { run: (query: unknown) => Promise<unknown> }).run(
      sql.raw('ANALYZE'),
    )
  }
  void payload
}

/**
 * Edition 1 of every generated story, current: what `storeEdition` writes at a first publish (the
 * document `buildEditions` makes of the story with `edition: 1`, its JSON-LD, ninjs and ETag, and
 * its comments), inserted in batches.
 */
const recordEditions = async (
  payload: Payload,
  publishedAt: Map<number, string>,
  storyComments: Map<number, StoryComments>,
): Promise<number> => {
  const settings = settingsOf(payload)
  let recorded = 0
  const batches: string[][] = []
  for (let start = 0; start < N; start += EDITION_BATCH) {
    batches.push(
      Array.from(
        { length: Math.min(N, start + EDITION_BATCH) - start },
        (_, k) => `corpus-story-${start + k}`,
      ),
    )
  }
  const recordBatch = async (slugs: string[]) => {
    const built = await buildEditions(payload, settings, slugs)
    const rows = slugs.map((slug) => {
      const edition = built.get(slug)
      if (!edition) {
        throw new Error(`${slug}: no published story to record an edition of`)
      }
      const article = Number(edition.document.id)
      const when = publishedAt.get(article) ?? new Date().toISOString()
      return {
        article,
        number: 1,
        title: edition.document.title,
        slug,
        current: true,
        reason: 'published',
        withheld: null,
        publishedBy: null,
        datePublished: when,
        etag: edition.etag,
        document: { ...edition.document, edition: 1 },
        jsonld: edition.jsonld,
        ninjs: edition.ninjs,
        comments: storyComments.get(article),
        commentsUpdatedAt: when,
        createdAt: when,
        updatedAt: when,
      }
    })
    await inserting(payload, (insert) => insert('editions', rows))
    recorded += rows.length
  }
  for (let at = 0; at < batches.length; at += EDITION_BATCHES_AT_ONCE) {
    await Promise.all(batches.slice(at, at + EDITION_BATCHES_AT_ONCE).map(recordBatch))
  }
  return recorded
}

/** Where two JSON values first differ, for the error that says so. */
const firstDifference = (a: unknown, b: unknown, at = ''): string => {
  if (isDeepStrictEqual(a, b)) {
    return ''
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${at}.${key}`,
      )
      if (found) {
        return found
      }
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`
}

/**
 * Honest: a sample of stories read back through Payload as the app reads them. Each story's
 * edition is that story as built now, alone (its bytes, JSON-LD, comments); its published version
 * is the latest and carries its tags.
 */
const checkSample = async (payload: Payload) => {
  const settings = settingsOf(payload)
  for (let sample = 0; sample < Math.min(N, 20); sample++) {
    const slug = `corpus-story-${Math.floor(random() * N)}`
    const [served, built] = await Promise.all([
      currentEdition(payload, settings, slug),
      buildEdition(payload, settings, slug),
    ])
    // The edition's whole row (serving reads less of it: not the stored JSON-LD and ninjs).
    const stored =
      served &&
      ((await payload.findByID({
        collection: settings.slugs.editions as never,
        id: served.id,
        depth: 0,
        overrideAccess: true,
      })) as unknown as typeof served)
    // As stored: through JSON (PostgreSQL's jsonb keeps no key order, which deep equality ignores).
    const fresh = built && (JSON.parse(JSON.stringify(built)) as typeof built)
    const comments =
      built &&
      JSON.parse(JSON.stringify(await readStoryComments(payload, settings, built.document.id)))
    const problem = !stored
      ? 'no current edition'
      : !fresh
        ? 'no published story'
        : stored.etag !== fresh.etag ||
            !isDeepStrictEqual(stored.document, { ...fresh.document, edition: 1 })
          ? 'its edition is not the story as built'
          : !isDeepStrictEqual(stored.jsonld, fresh.jsonld)
            ? `its JSON-LD is not the story’s: ${firstDifference(stored.jsonld, fresh.jsonld)}`
            : !isDeepStrictEqual(stored.comments, comments)
              ? `its comments are not the story’s: ${JSON.stringify(stored.comments)} ≠ ${JSON.stringify(comments)}`
              : null
    if (problem) {
      throw new Error(`${slug}: ${problem}`)
    }
    const { docs: versions } = await payload.findVersions({
      collection: settings.slugs.articles as never,
      where: { and: [{ parent: { equals: stored!.article } }, { latest: { equals: true } }] },
      depth: 0,
      overrideAccess: true,
    })
    const version = versions[0]?.version as
      { tags?: string[]; _status?: string; slug?: string } | undefined
    if (
      versions.length !== 1 ||
      version?._status !== 'published' ||
      version.slug !== slug ||
      version.tags?.length !== 2
    ) {
      throw new Error(
        `${slug}: its published version is not the story (${JSON.stringify(version)})`,
      )
    }
  }
}

type Row = Record<string, unknown>
type Payload = Awaited<ReturnType<typeof getPayload>>
type DrizzleAdapter = {
  name: string
  drizzle: {
    insert: (table: unknown) => { values: (rows: Row[]) => Promise<unknown> }
    execute?: (query: unknown) => Promise<unknown>
  }
  tables: Record<string, unknown>
}

type Insert = (table: string, rows: Row[]) => Promise<void>

/**
 * Runs `work` with multi-row INSERTs into the adapter's tables (ROWS_PER_INSERT rows a statement),
 * all in one transaction: one commit for a batch of stories, not one per statement.
 */
const inserting = async (payload: Payload, work: (insert: Insert) => Promise<void>) => {
  const db = payload.db as unknown as {
    sessions: Record<string, { db: DrizzleAdapter['drizzle'] }>
  } & DrizzleAdapter
  const transaction = await payload.db.beginTransaction()
  const drizzle = transaction === null ? db.drizzle : db.sessions[transaction].db
  const insert: Insert = async (table, rows) => {
    if (!db.tables[table]) {
      throw new Error(`No table ${table} in this schema`)
    }
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await drizzle.insert(db.tables[table]).values(rows.slice(start, start + ROWS_PER_INSERT))
    }
  }
  try {
    await work(insert)
    if (transaction !== null) {
      await payload.db.commitTransaction(transaction)
    }
  } catch (error) {
    if (transaction !== null) {
      await payload.db.rollbackTransaction(transaction)
    }
    throw error
  }
}

/** The highest id a collection has (the ids written here follow it). */
const lastId = async (payload: Payload, collection: string): Promise<number> =>
  Number(
    (
      await payload.db.find({
        collection: collection as never,
        sort: '-id',
        limit: 1,
        pagination: false,
      })
    ).docs[0]?.id ?? 0,
  )

/** A story's comments as its edition keeps them (readStoryComments's shape), from the rows written. */
const commentsOf = (rows: Row[], pageSize: number): StoryComments => {
  const approved = rows
    .filter((row) => row.status === 'approved' && row.parent == null)
    .sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)))
  return {
    commentCount: rows.filter((row) => row.status === 'approved').length,
    comments: {
      docs: approved.slice(0, pageSize).map((row) => ({
        id: row.id as number,
        authorName: row.authorName as string,
        body: row.body as string,
        pinned: false,
        createdAt: row.createdAt as string,
        replies: [],
      })),
      page: 1,
      totalTopLevel: approved.length,
      hasMore: approved.length > pageSize,
    },
  }
}

const main = async () => {
  const started = Date.now()
  const payload = await getPayload({
    config: createAppConfig({ overrides: { logger: { options: { level: 'warn' } } } }),
  })
  const settings = settingsOf(payload)
  const db = payload.db as unknown as DrizzleAdapter
  const counts = { articles: 0, sources: 0, quotes: 0, comments: 0, reports: 0 }
  const ids = {
    sources: await lastId(payload, 'sources'),
    articles: await lastId(payload, 'articles'),
    quotes: await lastId(payload, 'quotes'),
    comments: await lastId(payload, 'comments'),
  }
  const next = (table: keyof typeof ids) => ++ids[table]
  const now = new Date().toISOString()

  const sourceIds: number[] = []
  const sources: Row[] = []
  for (let i = 0; i < Math.max(10, Math.round(N / 5)); i++) {
    const id = next('sources')
    sourceIds.push(id)
    sources.push(
      i % 3 === 0
        ? {
            id,
            kind: 'official',
            description: `the ${pick(WORDS)} office ${i}`,
            role: 'Spokesperson',
            createdAt: now,
            updatedAt: now,
          }
        : {
            id,
            kind: 'person',
            name: `Person ${i}`,
            description: `a ${pick(WORDS)} witness ${i}`,
            role: 'Resident',
            createdAt: now,
            updatedAt: now,
          },
    )
  }
  await inserting(payload, (insert) => insert('sources', sources))
  counts.sources = sources.length

  const year = 365 * 86_400_000
  // Versions numbered here too: each version's tags name it.
  let versionBase = await lastVersionId(payload)
  const storyComments = new Map<number, StoryComments>()
  const sourceCitations = new Map<number, number>()
  const publishedAt = new Map<number, string>()
  for (let start = 0; start < N; start += BATCH) {
    const rows = {
      articles: [] as Row[],
      articles_texts: [] as Row[],
      _articles_v: [] as Row[],
      _articles_v_texts: [] as Row[],
      quotes: [] as Row[],
      quotes_rels: [] as Row[],
      sources_rels: [] as Row[],
      comments: [] as Row[],
      comment_reports: [] as Row[],
    }
    for (let i = start; i < Math.min(N, start + BATCH); i++) {
      const published = Date.now() - random() * 5 * year
      const when = new Date(published).toISOString()
      // Distinct instants keep every list's order the same however it is read (no ties).
      const at = (offsetMs: number) => new Date(published + offsetMs).toISOString()
      const articleId = next('articles')
      const quoteIds = [next('quotes'), next('quotes')]
      const speakers = [pick(sourceIds), pick(sourceIds)]
      // Each source is cited by the stories quoting it (its `publishedIn`), which makes it public.
      for (const speaker of new Set(speakers)) {
        const order = (sourceCitations.get(speaker) ?? 0) + 1
        sourceCitations.set(speaker, order)
        rows.sources_rels.push({
          order,
          parent: speaker,
          path: 'publishedIn',
          articlesID: articleId,
        })
      }
      quoteIds.forEach((quoteId, q) => {
        rows.quotes.push({
          id: quoteId,
          text: sentence(10),
          kind: q ? 'paraphrase' : 'verbatim',
          speaker: speakers[q],
          article: articleId,
          createdAt: at(q),
          updatedAt: at(q),
        })
        rows.quotes_rels.push({
          order: 1,
          parent: quoteId,
          path: 'publishedIn',
          articlesID: articleId,
        })
      })
      const body = lexicalBody(
        paragraphNode(sentence(40)),
        paragraphNode(
          `${sentence(12)} One said: “`,
          quoteNode(quoteIds[0], `c${String(i).padStart(11, '0')}a`.padEnd(24, 'a')),
          '”',
        ),
        paragraphNode(sentence(50)),
        paragraphNode(
          `Another added that `,
          quoteNode(quoteIds[1], `c${String(i).padStart(11, '0')}b`.padEnd(24, 'b')),
          '.',
        ),
      )
      const tags = [pick(TAGS), pick(TAGS)]
      const article = {
        title: `${sentence(6).slice(0, -1)} (${i})`,
        slug: `corpus-story-${i}`,
        dek: sentence(12),
        byline: 'Staff',
        body,
        storyStatus: 'developing',
        commentsOpen: true,
        stage: 'published',
        publishedAt: when,
        dateModified: when,
        createdAt: when,
        updatedAt: when,
      }
      rows.articles.push({ id: articleId, ...article, _status: 'published' })
      rows._articles_v.push({
        parent: articleId,
        ...Object.fromEntries(
          Object.entries(article).map(([key, value]) => [`version_${key}`, value]),
        ),
        version__status: 'published',
        latest: true,
        autosave: false,
        createdAt: when,
        updatedAt: when,
      })
      tags.forEach((text, k) => {
        rows.articles_texts.push({ order: k + 1, parent: articleId, path: 'tags', text })
        // The version's parent is its own row: numbered below, once the versions' ids are known.
        rows._articles_v_texts.push({ order: k + 1, parent: -1, path: 'version.tags', text })
      })
      publishedAt.set(articleId, when)
      const comments: Row[] = []
      for (let c = 0; c < 3; c++) {
        const id = next('comments')
        const status = c === 0 ? 'approved' : pick(STATUSES)
        const comment = {
          id,
          article: articleId,
          authorName: `Reader ${i}-${c}`,
          authorEmail: `reader${i}-${c}@example.com`,
          emailKey: `reader${i}-${c}@example.com`,
          body: sentence(20),
          excerpt: null,
          status,
          pinned: false,
          ipHash: `corpus${i}x${c}`,
          reportCount: 0,
          createdAt: at(60_000 * (c + 1)),
          updatedAt: at(60_000 * (c + 1)),
        }
        comments.push(comment)
        if (status === 'approved' && i % 10 === 0) {
          rows.comment_reports.push({
            comment: id,
            reason: 'Off topic',
            ipHash: `reporter${i}`,
            createdAt: comment.createdAt,
            updatedAt: comment.createdAt,
          })
        }
      }
      rows.comments.push(...comments)
      storyComments.set(articleId, commentsOf(comments, settings.delivery.commentsPageSize))
    }
    rows._articles_v.forEach((version, k) => {
      version.id = versionBase + 1 + k
    })
    rows._articles_v_texts.forEach((text, k) => {
      text.parent = versionBase + 1 + Math.floor(k / 2)
    })
    versionBase += rows._articles_v.length
    await inserting(payload, async (insert) => {
      for (const [table, tableRows] of Object.entries(rows)) {
        await insert(table, tableRows)
      }
    })
    counts.articles += rows.articles.length
    counts.quotes += rows.quotes.length
    counts.comments += rows.comments.length
    counts.reports += rows.comment_reports.length
  }
  await followSequences(payload, db)
  // The planner's statistics for the corpus as written, before the editions read it in batches: without
  // them SQLite's planner read a batch of 50 stories by slug through the status index, walking every
  // published story (880 ms a batch at 100,000 instead of 1 ms). The app's own connections keep the
  // statistics they had (SQLite loads them when it opens a database; PostgreSQL's autovacuum runs in
  // its own time), so what the bench measures is what a running app would get.
  await analyze(payload, db)

  const editionsStarted = Date.now()
  const editions = await recordEditions(payload, publishedAt, storyComments)
  const editionSeconds = (Date.now() - editionsStarted) / 1000
  await analyze(payload, db)
  await checkSample(payload)
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
