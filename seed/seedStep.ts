/** What every seed step shares: its context, the report it tallies into, and find-or-create by natural key. */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { User } from '../src/payload-types'

/** Document ids as this schema types them (numbers on SQLite; MongoDB's are strings at run time). */
export type DocID = User['id']

export type Tally = { created: number; existing: number }
export type SeedReport = {
  articleId: DocID
  article: 'created' | 'kept' | 'reset'
  accounts: Tally
  authors: Tally
  sources: Tally
  quotes: Tally
  demoComments: Tally
}

/** Finds a document by its natural key or creates it; never changes one that exists. */
export const findOrCreate = async <T extends { id: DocID }>(
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

export type Step = {
  payload: Payload
  req: Partial<PayloadRequest>
  report: SeedReport
  log: (line: string) => void
}
export const tallyLine = (what: string, tally: Tally) =>
  `  ${what}: ${tally.created} created, ${tally.existing} already there`

/** The first document of `collection` matching a step's natural key (`where`, in `sort` order), if any. */
export const findFirst = async (
  { payload, req }: Step,
  collection: CollectionSlug,
  where: Where,
  sort?: string,
): Promise<{ id: DocID } | undefined> =>
  (
    await payload.find({
      collection,
      where,
      ...(sort ? { sort } : {}),
      limit: 1,
      depth: 0,
      req,
    })
  ).docs[0] as { id: DocID } | undefined
