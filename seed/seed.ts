import type { Payload, PayloadRequest } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { accountFromEnv, ensureAccount } from '../src/server/accounts'
import { databaseNameOf } from '../src/server/database'
import { recordDevLogins, type DevLogin } from '../src/server/devLogins'
import { toSlug } from 'newsroom-payload'
import { parseStory } from './parseStory'
import { ARTICLE, QUOTES, SOURCES, type SeedSource } from './storyData'
import { storyToLexical } from './storyToLexical'

import type { User } from '../src/payload-types'
/** Document ids as this schema types them (numbers on SQLite; MongoDB's are strings at run time). */
type DocID = User['id']

export const STORY_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'story.txt')

export type SeedOptions = {
  /** Restore the story's text (title, dek, byline, tags, status, body) as a new published version. */
  reset?: boolean
  /** Add a few clearly labelled demo comments to the moderation queue. */
  demoComments?: boolean
  log?: (line: string) => void
}

type Tally = { created: number; existing: number }
export type SeedReport = {
  articleId: DocID
  article: 'created' | 'kept' | 'reset'
  accounts: Tally
  sources: Tally
  quotes: Tally
  demoComments: Tally
}

const DEMO_COMMENTS = [
  '[Demo comment, added by the seed] Thanks for including the full context of the clip.',
  '[Demo comment, added by the seed] Rules are rules, whatever the reason.',
  '[Demo comment, added by the seed] Is there an update on the investigation?',
]

/** Finds a document by its natural key or creates it; never changes one that exists. */
const findOrCreate = async <T extends { id: DocID }>(
  find: () => Promise<T | undefined>,
  create: () => Promise<T>,
  tally: Tally,
): Promise<T> => {
  const existing = await find()
  if (existing) {
    tally.existing++
    return existing
  }
  tally.created++
  return create()
}

/**
 * Loads the story in seed/story.txt, its sources and quotes, and the development accounts.
 * Idempotent and non-destructive: documents are matched by natural key (article slug, source
 * description, quote text + article) and existing ones are left exactly as they are, so a second run
 * changes nothing and an editor's edits survive. One transaction where the adapter supports it.
 */
export const seedStory = async (payload: Payload, options: SeedOptions = {}): Promise<SeedReport> => {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const story = parseStory(fs.readFileSync(STORY_FILE, 'utf8'))
  const tally = (): Tally => ({ created: 0, existing: 0 })
  const report = { accounts: tally(), sources: tally(), quotes: tally(), demoComments: tally() } as SeedReport

  const req = await createLocalReq({}, payload)
  const ownsTransaction = await initTransaction(req)
  try {
    log(`Seeding “${story.headline}” (${story.paragraphs.length} paragraphs)`)

    const accounts: Partial<Record<'admin' | 'editor' | 'moderator', DocID>> = {}
    const newLogins: DevLogin[] = []
    for (const role of ['admin', 'editor', 'moderator'] as const) {
      const spec = accountFromEnv(role)
      const ensured = await ensureAccount(payload, spec, req)
      if (!ensured.id) {
        log(`  ${role}: not created (production: set ${role.toUpperCase()}_EMAIL and ${role.toUpperCase()}_PASSWORD to create it)`)
        continue
      }
      accounts[role] = ensured.id
      report.accounts[ensured.created ? 'created' : 'existing']++
      if ('generatedPassword' in ensured && ensured.generatedPassword) newLogins.push({ role, email: spec.email, password: ensured.generatedPassword })
    }
    log(`  accounts: ${report.accounts.created} created, ${report.accounts.existing} already there`)
    // The anonymous colleague's anonymity was approved by an editor: the seeded one, else any editor or admin.
    const approver = accounts.editor ?? accounts.admin ?? (await anyEditor(payload, req))
    if (approver === undefined) {
      throw new Error('The seed records an editor as the approver of the anonymous source, and there is none: set ADMIN_EMAIL and ADMIN_PASSWORD (or EDITOR_…).')
    }

    const sourceIds: Record<SeedSource['key'], DocID> = {}
    for (const source of SOURCES) {
      const { key, anonymity, ...fields } = source
      const doc = await findOrCreate(
        async () =>
          (await payload.find({ collection: 'sources', where: { description: { equals: source.description } }, limit: 1, depth: 0, req })).docs[0],
        () =>
          payload.create({
            collection: 'sources',
            data: { ...fields, ...(anonymity ? { anonymity: { ...anonymity, approvedBy: approver } } : {}) },
            req,
          }),
        report.sources,
      )
      sourceIds[key] = doc.id
    }
    log(`  sources: ${report.sources.created} created, ${report.sources.existing} already there`)

    const slug = toSlug(story.headline)!
    const existingArticle = (await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, limit: 1, depth: 0, req })).docs[0]

    // Quotes are keyed by text + article; one left without an article by an interrupted run is adopted.
    const quoteIds: { text: string; id: DocID }[] = []
    for (const quote of QUOTES) {
      const articleMatch = existingArticle ? [{ article: { equals: existingArticle.id } }, { article: { exists: false } }] : [{ article: { exists: false } }]
      const doc = await findOrCreate(
        async () =>
          (
            await payload.find({
              collection: 'quotes',
              where: { and: [{ text: { equals: quote.text } }, { or: articleMatch }] },
              sort: 'createdAt',
              limit: 1,
              depth: 0,
              req,
            })
          ).docs[0],
        () =>
          payload.create({
            collection: 'quotes',
            data: {
              text: quote.text,
              kind: quote.kind,
              speaker: sourceIds[quote.speaker],
              via: quote.via ? sourceIds[quote.via] : undefined,
              context: quote.context,
              article: existingArticle?.id,
            },
            req,
          }),
        report.quotes,
      )
      quoteIds.push({ text: quote.text, id: doc.id })
    }
    log(`  quotes: ${report.quotes.created} created, ${report.quotes.existing} already there`)

    const articleData = {
      title: story.headline,
      slug,
      ...ARTICLE,
      body: storyToLexical(story.paragraphs, quoteIds),
      _status: 'published' as const,
    }
    let articleId: DocID
    if (!existingArticle) {
      articleId = (await payload.create({ collection: 'articles', data: articleData as never, req })).id
      report.article = 'created'
    } else if (options.reset) {
      articleId = (await payload.update({ collection: 'articles', id: existingArticle.id, data: articleData as never, req })).id
      report.article = 'reset'
    } else {
      articleId = existingArticle.id
      report.article = 'kept'
    }
    report.articleId = articleId
    log(`  article: ${report.article} (id ${articleId}, /api/articles?where[slug][equals]=${slug})`)

    // Quotes created before their article existed now point at it.
    for (const { id } of quoteIds) {
      const quote = await payload.findByID({ collection: 'quotes', id, depth: 0, req })
      if (quote.article == null) await payload.update({ collection: 'quotes', id, data: { article: articleId }, req })
    }

    if (options.demoComments) {
      for (const body of DEMO_COMMENTS) {
        await findOrCreate(
          async () =>
            (await payload.find({ collection: 'comments', where: { and: [{ body: { equals: body } }, { article: { equals: articleId } }] }, limit: 1, depth: 0, req }))
              .docs[0],
          () =>
            payload.create({
              collection: 'comments',
              data: { article: articleId, authorName: 'Demo reader', authorEmail: 'demo.reader@newsroom.test', body, status: 'pending' },
              req,
            }),
          report.demoComments,
        )
      }
      log(`  demo comments (pending): ${report.demoComments.created} created, ${report.demoComments.existing} already there`)
    }

    if (ownsTransaction) await commitTransaction(req)
    // Printed only once committed, so a printed login always works.
    recordDevLogins(databaseNameOf(payload), newLogins)
    log('Seed complete.')
    return report
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}

const anyEditor = async (payload: Payload, req: Partial<PayloadRequest>): Promise<DocID | undefined> =>
  (await payload.find({ collection: 'users', where: { roles: { in: ['editor', 'admin'] } }, sort: 'createdAt', limit: 1, depth: 0, req })).docs[0]?.id

/** On first start: seed only a database that has no articles yet. */
export const seedIfEmpty = async (payload: Payload, options: SeedOptions = {}): Promise<SeedReport | undefined> => {
  const { totalDocs } = await payload.count({ collection: 'articles' })
  if (totalDocs > 0) return undefined
  return seedStory(payload, options)
}

