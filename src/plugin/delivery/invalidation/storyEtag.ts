import crypto from 'node:crypto'

/** A strong ETag for these bytes: every cached representation's (a story's JSON, JSON-LD, ninjs, a page). */
export const strongEtag = (bytes: Buffer): string =>
  `"${crypto.createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`

/** A story's delivery document (buildArticleDocument's) as readers get it: the JSON bytes its ETag is taken over. */
export const storyJson = (document: unknown): Buffer => Buffer.from(JSON.stringify(document))

/**
 * The ETag readers get for a story's JSON: the delivery endpoint's (its cached entry's `json`
 * representation is storyJson's bytes under strongEtag), the event stream's `story` events, and a
 * webhook's `etag`. One function, so that the three cannot disagree.
 */
export const storyEtag = (document: unknown): string => strongEtag(storyJson(document))
