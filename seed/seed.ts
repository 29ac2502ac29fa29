/** The seed's entry: runs its steps (accounts, sources, quotes, the article, demo comments) in one transaction. */
import type { Payload } from 'payload'

import { toSlug } from 'newsroom-payload'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { SeedReport, Step, Tally } from './seedStep'

import { type DevLogin, recordDevLogins } from '../src/server/accounts/devLogins'
import { databaseNameOf } from '../src/server/database'
import { parseStory } from './parseStory'
import { seedAccounts } from './seedAccounts'
import { seedArticle } from './seedArticle'
import { seedAuthors } from './seedAuthors'
import { seedDemoComments } from './seedDemoComments'
import { seedQuotes } from './seedQuotes'
import { seedSources } from './seedSources'

export type { SeedReport } from './seedStep'

export const STORY_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'story.txt')

export type SeedOptions = {
  /** Restore the story's text (title, dek, authors, tags, status, body) as a new published version. */
  reset?: boolean
  /** Add a few clearly labelled demo comments to the moderation queue. */
  demoComments?: boolean
  log?: (line: string) => void
  /** Logins generated before the seed (the first admin), printed in the same block as the seed's. */
  earlierLogins?: DevLogin[]
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
    authors: tally(),
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
    const authors = await seedAuthors(step)
    await seedArticle(step, story, quoteIds, existing, Boolean(options.reset), signer, authors)
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
