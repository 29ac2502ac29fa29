import type { PayloadRequest } from 'payload'

import { lockForTransaction } from '../transactionLock'

type Id = number | string

/**
 * Every write that changes what a story's current edition carries (a save or publish of the story, a
 * comment's moderation, a safety rebuild) takes the story's lock first, before any row of its own, and
 * holds it to the end of its transaction. They then wait for each other in one queue per story instead
 * of each holding a row the other needs: on PostgreSQL a comment's insert share-locks the story's row
 * (its foreign key) while Payload's save of the story rewrites that row's key, and the two deadlocked
 * over the edition's row. A no-op on SQLite (one writer at a time) and MongoDB.
 */
export const lockStories = (req: PayloadRequest, stories: readonly Id[]): Promise<void> =>
  lockForTransaction(
    req,
    stories.map((id) => `story:${id}`),
  )
