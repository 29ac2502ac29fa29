import { type TestNewsroom } from './newsroom'

/** Readers who have commented so far in this test file (each test file has its own count). */
let clients = 0

/**
 * A reader's comment on `article` over REST, each from an email and a client address of its own
 * (busyN@example.com, 198.51.100.N): a write the database must take (databaseBusy and passwordReset
 * tests).
 */
export const readerComment = (newsroom: TestNewsroom, article: number | string) =>
  newsroom.api(
    'anonymous',
    'POST',
    '/api/comments',
    {
      article,
      authorName: 'Reader',
      authorEmail: `busy${++clients}@example.com`,
      body: 'Waiting my turn.',
    },
    { 'x-forwarded-for': `198.51.100.${clients}` },
  )
