/** Each generated story's current edition, recorded as a first publish records it, a batch of stories at a time. */
import type { StoryComments } from '../../../src/plugin/editions/storyComments'

import { buildEditions } from '../../../src/plugin/editions/buildEdition'
import { settingsOf } from '../../../src/plugin/settings'
import { inserting, type Payload } from './database'

/**
 * Stories whose editions are built together, and batches built at once: 50 stories cite at most 100
 * quotes and sources, one reader's page each (READER_PAGE_CAP), so each kind is one read.
 */
const EDITION_BATCH = 50
const EDITION_BATCHES_AT_ONCE = 4

/**
 * Edition 1 of every generated story, current: what `storeEdition` writes at a first publish (the
 * document `buildEditions` makes of the story with `edition: 1`, its JSON-LD, ninjs and ETag, and
 * its comments), inserted in batches.
 */
export const recordEditions = async (
  payload: Payload,
  /** How many stories were generated (corpus-story-0 … N-1). */
  N: number,
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
