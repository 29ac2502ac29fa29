import type { Payload, PayloadRequest } from 'payload'

import {
  isSignOffCurrent,
  legalFingerprint,
  type Role,
  signedTextOf,
  toSlug,
} from 'newsroom-payload'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { User } from '../src/payload-types'

import { accountFromEnv, ensureAccount } from '../src/server/accounts'
import { type DevLogin, recordDevLogins } from '../src/server/accounts/devLogins'
import { databaseNameOf } from '../src/server/database'
import { parseStory } from './parseStory'
import { ARTICLE, QUOTES, type SeedSource, SOURCES } from './storyData'
import { storyToLexical } from './storyToLexical'
/** Document ids as this schema types them (numbers on SQLite; MongoDB's are strings at run time). */
type DocID = User['id']

export const STORY_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'story.txt')

export type SeedOptions = {
  /** Restore the story's text (title, dek, byline, tags, status, body) as a new published version. */
  reset?: boolean
  /** Add a few clearly labelled demo comments to the moderation queue. */
  demoComments?: boolean
  log?: (line: string) => void
  /** Logins generated before the seed (the first admin), printed in the same block as the seed's. */
  earlierLogins?: DevLogin[]
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

type Step = {
  payload: Payload
  req: Partial<PayloadRequest>
  report: SeedReport
  log: (line: string) => void
}
const tallyLine = (what: string, tally: Tally) =>
  `  ${what}: ${tally.created} created, ${tally.existing} already there`

/** The development accounts (production: only those whose password is configured) and who approved anonymity. */
const seedAccounts = async ({ payload, req, report, log }: Step) => {
  const accounts: Partial<Record<(typeof SEEDED_ROLES)[number], DocID>> = {}
  const newLogins: DevLogin[] = []
  for (const role of SEEDED_ROLES) {
    const spec = accountFromEnv(role)
    const ensured = await ensureAccount(payload, spec, req)
    if (!ensured.id) {
      log(
        `  ${role}: not created (production: set ${role.toUpperCase()}_EMAIL and ${role.toUpperCase()}_PASSWORD to create it)`,
      )
      continue
    }
    accounts[role] = ensured.id
    report.accounts[ensured.created ? 'created' : 'existing']++
    if ('generatedPassword' in ensured && ensured.generatedPassword) {
      newLogins.push({ role, email: spec.email, password: ensured.generatedPassword })
    }
  }
  log(tallyLine('accounts', report.accounts))
  // The anonymous colleague's anonymity was approved by an editor: the seeded one, else any editor or admin.
  const approver = accounts.editor ?? accounts.admin ?? (await anyEditor(payload, req))
  if (approver === undefined) {
    throw new Error(
      'The seed records an editor as the approver of the anonymous source, and there is none: set ADMIN_EMAIL and ADMIN_PASSWORD (or EDITOR_…).',
    )
  }
  // The story's legal sign-off is recorded in the name of the seeded legal account (else an admin).
  const signer = accounts.legal ?? accounts.admin ?? (await anyOf(payload, req, ['legal', 'admin']))
  return { approver, signer, newLogins }
}

const SEEDED_ROLES = ['admin', 'editor', 'reporter', 'legal', 'moderator'] as const

/**
 * The seed's legal sign-off: the story quotes an anonymous colleague and an unverified clip, so the
 * publish gate asks for one. It is plainly seed data, given for the text as seeded; nothing is
 * added to the story itself.
 */
const seedSignOff = async (
  req: Partial<PayloadRequest>,
  signer: DocID | undefined,
  text: { title: string; dek?: null | string; body: unknown },
) =>
  signer === undefined
    ? undefined
    : {
        signedBy: signer,
        signedAt: new Date().toISOString(),
        fingerprint: legalFingerprint(
          await signedTextOf(req as PayloadRequest, 'quotes', text.body),
        ),
        note: 'Seed data: recorded by the seed so the seeded story passes the publish gate. No lawyer reviewed this text.',
      }

/** The story's sources, by their description as printed. */
const seedSources = async ({ payload, req, report, log }: Step, approver: DocID) => {
  const sourceIds: Record<SeedSource['key'], DocID> = {}
  for (const source of SOURCES) {
    const { key, anonymity, ...fields } = source
    const doc = await findOrCreate(
      async () =>
        (
          await payload.find({
            collection: 'sources',
            where: { description: { equals: source.description } },
            limit: 1,
            depth: 0,
            req,
          })
        ).docs[0],
      () =>
        payload.create({
          collection: 'sources',
          data: {
            ...fields,
            ...(anonymity ? { anonymity: { ...anonymity, approvedBy: approver } } : {}),
          },
          req,
        }),
      report.sources,
    )
    sourceIds[key] = doc.id
  }
  log(tallyLine('sources', report.sources))
  return sourceIds
}

/** The story's quotes, keyed by text + article; one left without an article by an interrupted run is adopted. */
const seedQuotes = async (
  { payload, req, report, log }: Step,
  sourceIds: Record<string, DocID>,
  existingArticle: { id: DocID } | undefined,
) => {
  const quoteIds: { text: string; id: DocID }[] = []
  const articleMatch = existingArticle
    ? [{ article: { equals: existingArticle.id } }, { article: { exists: false } }]
    : [{ article: { exists: false } }]
  for (const quote of QUOTES) {
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
  log(tallyLine('quotes', report.quotes))
  return quoteIds
}

/** The article itself, published, its body citing the quotes; kept as it is, or restored with `reset`. */
const seedArticle = async (
  { payload, req, report, log }: Step,
  story: ReturnType<typeof parseStory>,
  quoteIds: { text: string; id: DocID }[],
  existing: { id: DocID } | undefined,
  reset: boolean,
  signer: DocID | undefined,
) => {
  const slug = toSlug(story.headline)!
  const body = storyToLexical(story.paragraphs, quoteIds)
  const legalSignOff = await seedSignOff(req, signer, {
    title: story.headline,
    dek: ARTICLE.dek,
    body,
  })
  const data = {
    title: story.headline,
    slug,
    ...ARTICLE,
    body,
    legalSignOff,
    _status: 'published' as const,
  }
  if (!existing) {
    report.article = 'created'
    report.articleId = (
      await payload.create({ collection: 'articles', data: data as never, req })
    ).id
  } else if (reset) {
    report.article = 'reset'
    report.articleId = (
      await payload.update({ collection: 'articles', id: existing.id, data, req })
    ).id
  } else {
    report.article = 'kept'
    report.articleId = existing.id
    await signOffKeptArticle({ payload, req, report, log }, existing.id, signer)
  }
  log(
    `  article: ${report.article} (id ${report.articleId}, /api/articles?where[slug][equals]=${slug})`,
  )
  // Quotes created before their article existed now point at it.
  for (const { id } of quoteIds) {
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0, req })
    if (quote.article == null) {
      await payload.update({ collection: 'quotes', id, data: { article: report.articleId }, req })
    }
  }
}

/**
 * A story seeded before the legal sign-off existed gets the seed's sign-off for its published text,
 * so it passes the gate when an editor next publishes it; so does one whose seed sign-off no longer
 * matches (recorded before the fingerprint covered the quotes). Never over a lawyer's sign-off, and
 * only when no draft is pending over it (that draft is an editor's work in progress and is left
 * exactly as it is).
 */
const signOffKeptArticle = async (
  { payload, req, log }: Step,
  id: DocID,
  signer: DocID | undefined,
) => {
  const published = (await payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    req,
  })) as unknown as Record<string, any>
  if (published._status !== 'published' || signer === undefined) {
    return
  }
  const signOff = published.legalSignOff
  const seedsOwn = typeof signOff?.note === 'string' && signOff.note.startsWith('Seed data:')
  if (
    signOff?.fingerprint &&
    !(
      seedsOwn &&
      !isSignOffCurrent(
        signOff,
        await signedTextOf(req as PayloadRequest, 'quotes', published.body),
      )
    )
  ) {
    return
  }
  const latest = (await payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    draft: true,
    req,
  })) as unknown as Record<string, any>
  if (latest._status !== 'published') {
    return log('  legal sign-off: not recorded (a draft is pending over the published story)')
  }
  await payload.update({
    collection: 'articles',
    id,
    data: { legalSignOff: await seedSignOff(req, signer, published as never) },
    req,
  })
  log('  legal sign-off: recorded for the published text')
}

const seedDemoComments = async ({ payload, req, report, log }: Step) => {
  for (const body of DEMO_COMMENTS) {
    await findOrCreate(
      async () =>
        (
          await payload.find({
            collection: 'comments',
            where: { and: [{ body: { equals: body } }, { article: { equals: report.articleId } }] },
            limit: 1,
            depth: 0,
            req,
          })
        ).docs[0],
      () =>
        payload.create({
          collection: 'comments',
          data: {
            article: report.articleId,
            authorName: 'Demo reader',
            authorEmail: 'demo.reader@newsroom.test',
            body,
            status: 'pending',
          },
          req,
        }),
      report.demoComments,
    )
  }
  log(tallyLine('demo comments (pending)', report.demoComments))
}

/**
 * Loads the story in seed/story.txt, its sources and quotes, and the development accounts.
 * Idempotent and non-destructive: documents are matched by natural key (article slug, source
 * description, quote text + article) and existing ones are left exactly as they are, so a second run
 * changes nothing and an editor's edits survive. One transaction where the adapter supports it.
 */
export const seedStory = async (
  payload: Payload,
  options: SeedOptions = {},
): Promise<SeedReport> => {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const story = parseStory(fs.readFileSync(STORY_FILE, 'utf8'))
  const tally = (): Tally => ({ created: 0, existing: 0 })
  const report = {
    accounts: tally(),
    sources: tally(),
    quotes: tally(),
    demoComments: tally(),
  } as SeedReport
  const req = await createLocalReq({}, payload)
  const step: Step = { payload, req, report, log }
  const ownsTransaction = await initTransaction(req)
  try {
    log(`Seeding “${story.headline}” (${story.paragraphs.length} paragraphs)`)
    const { approver, signer, newLogins } = await seedAccounts(step)
    const sourceIds = await seedSources(step, approver)
    const existing = (
      await payload.find({
        collection: 'articles',
        where: { slug: { equals: toSlug(story.headline)! } },
        limit: 1,
        depth: 0,
        req,
      })
    ).docs[0]
    const quoteIds = await seedQuotes(step, sourceIds, existing)
    await seedArticle(step, story, quoteIds, existing, Boolean(options.reset), signer)
    if (options.demoComments) {
      await seedDemoComments(step)
    }
    if (ownsTransaction) {
      await commitTransaction(req)
    }
    // Printed only once committed, so a printed login always works.
    recordDevLogins(databaseNameOf(payload), [...(options.earlierLogins ?? []), ...newLogins])
    log('Seed complete.')
    return report
  } catch (error) {
    if (ownsTransaction) {
      await killTransaction(req)
    }
    throw error
  }
}

const anyOf = async (
  payload: Payload,
  req: Partial<PayloadRequest>,
  roles: Role[],
): Promise<DocID | undefined> =>
  (
    await payload.find({
      collection: 'users',
      where: { roles: { in: roles } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      req,
    })
  ).docs[0]?.id
const anyEditor = (payload: Payload, req: Partial<PayloadRequest>) =>
  anyOf(payload, req, ['editor', 'admin'])

/** On first start: seed only a database that has no articles yet. */
export const seedIfEmpty = async (
  payload: Payload,
  options: SeedOptions = {},
): Promise<SeedReport | undefined> => {
  const { totalDocs } = await payload.count({ collection: 'articles' })
  if (totalDocs > 0) {
    return undefined
  }
  return seedStory(payload, options)
}
