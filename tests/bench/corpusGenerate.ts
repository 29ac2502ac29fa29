/**
 * Fills a database with a newsroom-sized corpus, quickly, through Payload's database layer (its
 * adapter's create/update, the schema the app's migrations built, no hooks): N published articles
 * with bodies quoting their quotes, two quotes each from sources shared across stories (N/5), three
 * comments each in every state, a report on some, and a version per article. Run by corpus.ts as
 *   tsx --conditions=production tests/bench/corpusGenerate.ts <N>      (DATABASE_URI says where)
 * Prints one JSON line: { seconds, articles, sources, quotes, comments, reports }.
 */
import type { PayloadRequest } from 'payload'

import { getPayload } from 'payload'

import { lexicalBody, paragraphNode, quoteNode } from '../../src/plugin/richText/lexical'
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
  console.log(JSON.stringify({ seconds: (Date.now() - started) / 1000, ...counts }))
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
