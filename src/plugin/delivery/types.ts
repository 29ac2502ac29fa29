import type {
  AuthorKind,
  AuthorRole,
  LogEntryType,
  LogRevisionAction,
  QuoteKind,
  StoryStatus,
} from '../vocabulary'

/** The public story document served by GET /api/articles/slug/:slug (JSON). Public fields only. */
export type DeliveryQuote = {
  id: number | string
  text: string
  kind: QuoteKind
  speaker: null | number | string
  speakerTitle: null | string
  via: null | number | string
  context: null | string
  saidAt: null | string
}

export type DeliverySource = {
  id: number | string
  description: string
  kind: string
  name: null | string
  role: null | string
  anonymity: { reason: null | string } | null
  /** Footage only: how it was obtained, when it was recorded, how far (and how) it was verified, on what terms it is shown. */
  provenance: {
    howObtained: null | string
    recordedAt: null | string
    verificationStatus: null | string
    verificationMethod: null | string
    rights: null | string
  } | null
}

/**
 * Someone credited on a story, as readers see them: in byline order, with what they did. When a
 * byline is withheld for safety the entry names the newsroom (`bylines.withheldName`, “Staff”) and
 * has no id, page or links.
 */
export type DeliveryAuthor = {
  id: null | number | string
  name: string
  slug: null | string
  /** The author's page: profile, stories, feed (the `authorUrl` option; relative to the site). */
  url: null | string
  kind: AuthorKind
  role: AuthorRole
  jobTitle: null | string
  /** Their own site and profiles elsewhere (JSON-LD's `sameAs`). */
  sameAs: string[]
}

export type DeliveryComment = {
  id: number | string
  authorName: string
  /** Plain text as typed: escape it when rendering. */
  body: string
  pinned: boolean
  createdAt: string
  replies: DeliveryComment[]
}

/** A picture as readers get it: its files (the original, stripped of metadata, and each size), words and provenance. */
export type DeliveryImage = {
  id: number | string
  url: string
  width: null | number
  height: null | number
  mimeType: null | string
  alt: string
  caption: null | string
  credit: null | string
  focalX: null | number
  focalY: null | number
  provenance: {
    howObtained: null | string
    capturedAt: null | string
    verificationStatus: null | string
  }
  /** How it was made: the IPTC digital source type's URI, when known. */
  digitalSourceType: null | string
  /** For a picture made by generative AI, the label shown wherever it appears ("AI-generated image"). */
  aiLabel: null | string
  /** Its Content Credentials as readers are told them, when they validate ("Content Credentials: signed by …"). */
  contentCredentials: null | string
  /** Payload's resized copies by name (widths for `srcset`; `wide16x9`, `standard4x3`, `square` crops): only those made (no width by enlarging). */
  sizes: Record<string, { url: string; width: number; height: number }>
}

/**
 * A page of a story's comment threads (`page` 1 is in the story document, every page at
 * `GET /api/<articles>/:id/comments?page=N`): top-level comments, each with its replies nested.
 * `totalTopLevel` counts threads; the story's `commentCount` counts every approved comment, replies included.
 */
export type DeliveryCommentThreads = {
  docs: DeliveryComment[]
  page: number
  totalTopLevel: number
  hasMore: boolean
}

export type DeliveryLogEntry = {
  id: string
  type: LogEntryType
  /** A correction's text; an update's one line (from the start of its text when the editors left it empty). */
  text: string
  date: string
  /** An update's headline, if it has one. (Updates only, and absent from editions published before updates had them.) */
  headline?: null | string
  /** An update's text, Lexical JSON, quotes as in `body`; null for an update that is its line alone. */
  body?: unknown
  /** An update's text as safe HTML, quotes marked up as in `bodyHtml`; null when it has none. */
  html?: null | string
  /** The editors marked this update a key event: listed at the top of the story. */
  keyEvent?: boolean
  /** The story opens with this update (one entry at most, and none when `editorsNote` is set). */
  pinned?: boolean
  /** Who wrote this update, as `authors` prints them (withheld names included); empty when the story's byline stands. */
  authors?: DeliveryAuthor[]
}

export type DeliveryArticle = {
  id: number | string
  slug: string
  title: string
  dek: null | string
  /** As printed: made from `authors` (those who wrote or reported it) unless the editors set their own line. */
  byline: null | string
  /** Everyone credited, in byline order. Absent from editions published before authors were kept. */
  authors?: DeliveryAuthor[]
  storyStatus: StoryStatus
  tags: string[]
  /**
   * The story's own Atom feed, its log for readers who follow it (the `storyFeedUrl` option; relative
   * to the site). Absent when the host has none, and from editions published before it was set.
   */
  feedUrl?: string
  publishedAt: null | string
  dateModified: null | string
  /** The embargo the story was held under until it was published, if it had one. */
  embargoedUntil: null | string
  /** Lexical JSON. Inline blocks of type "quote" carry `fields.quote`: the id of an entry in `quotes`. */
  body: unknown
  /**
   * The body as safe HTML: paragraphs, each quote a `<q>` (verbatim) or `<span data-paraphrase>` with
   * `data-quote` (its id) and `aria-describedby="source-<speaker id>"`, each picture a `<figure>` with
   * `srcset`, alt text, caption and credit. Render it as it is.
   */
  bodyHtml: string
  /**
   * Set once the story is retracted: the notice and its date. The story then has no body, dek,
   * quotes or sources, and its delivery endpoint and reader page answer 410 Gone.
   */
  retraction: { id: string; text: string; date: string } | null
  /** The story's main picture, if it has one readers may see. */
  heroImage: DeliveryImage | null
  /**
   * The pictures inside the body, in reading order, each once. The body's upload nodes carry
   * `value`: the id of one of these (and `fields.caption`, this story's caption, if set).
   */
  bodyImages: DeliveryImage[]
  /**
   * What a page's `<head>`, Open Graph and JSON-LD use: the editors' search and social fields (SEO
   * tab), each falling back to the headline, dek and main picture when empty. Once retracted, only
   * the title is left.
   */
  meta: { title: string; description: null | string; image: DeliveryImage | null }
  quotes: DeliveryQuote[]
  sources: DeliverySource[]
  updateLog: DeliveryLogEntry[]
  /** An editor's note pinned to the top of a live story (“What we know so far”). Absent from older editions. */
  editorsNote?: null | string
  logRevisions: {
    entryId: string
    action: LogRevisionAction
    previousType: string
    previousText: string
    changedAt: string
  }[]
  commentsOpen: boolean
  /**
   * Which edition of the story this is: 1 for the first publish, then one more for each publish that
   * changed what readers see (`GET …/slug/:slug/editions` lists them). Absent in a draft's preview.
   */
  edition?: number
  commentCount: number
  /** The first page of threads; `commentCount` counts every approved comment, replies included. */
  comments: DeliveryCommentThreads
}

/** One run of words between two editions: kept, added (`added: true`) or removed (`removed: true`). */
export type ChangedWords = { value: string; added?: true; removed?: true }

/** What changed between two editions, field by field, as runs of words (a field that did not change is one kept run). */
export type EditionChanges = {
  from: number
  to: number
  title: ChangedWords[]
  dek: ChangedWords[]
  /** The text, its quotes' words in place. */
  body: ChangedWords[]
  /** Log entries the later edition added (a correction, an update): why it changed, in the newsroom's words. */
  logEntries: DeliveryLogEntry[]
  /**
   * Live updates both editions carry whose words changed: their headline and text, by log entry id.
   * Absent from answers made before updates had a text.
   */
  updates?: { id: string; headline: ChangedWords[]; text: ChangedWords[] }[]
}

/** Why a story has a new edition. */
export type EditionReason =
  'correction' | 'existing' | 'published' | 'republished' | 'retraction' | 'safety'

/** An edition in a story's list (`GET …/slug/:slug/editions`). */
export type DeliveryEditionSummary = {
  number: number
  datePublished: null | string
  dateModified: null | string
  reason: EditionReason | null
  current: boolean
  /** Why this earlier edition is no longer served (a retraction, a source granted anonymity); null: served at `url`. */
  withheld: null | string
  /** The log entries this edition added. */
  logEntries: DeliveryLogEntry[]
  url: null | string
}

/** `GET …/slug/:slug/editions`: every edition of a published story, oldest first. */
export type DeliveryEditionList = {
  slug: string
  current: number
  editions: DeliveryEditionSummary[]
}

/** `GET …/slug/:slug/editions/:n`: one edition as it was published (no comments), and what changed since the one before. */
export type DeliveryEdition = {
  edition: number
  datePublished: null | string
  reason: EditionReason | null
  document: Omit<DeliveryArticle, 'commentCount' | 'comments'>
  /** Null for the first edition, or when the one before is withheld. */
  changes: EditionChanges | null
}

/** An author's public profile (`GET /api/authors/slug/:slug`): readers see it once a published story credits them by name. */
export type DeliveryAuthorProfile = {
  id: number | string
  name: string
  slug: string
  kind: AuthorKind
  jobTitle: null | string
  bio: null | string
  photo: DeliveryImage | null
  sameAs: string[]
  /** Their page on the reader site (the `authorUrl` option). */
  url: string
}

/** One of an author's published stories, newest first. */
export type DeliveryAuthorStory = {
  id: number | string
  title: string
  slug: string
  /** Null once the story is retracted (its title stays, marked so). */
  dek: null | string
  publishedAt: null | string
  dateModified: null | string
  retracted: boolean
  /** What they did on it, in byline order. */
  roles: AuthorRole[]
}

/** `GET /api/authors/slug/:slug?page=N`: the profile and a page of their published stories (withheld bylines left out). */
export type DeliveryAuthorPage = {
  author: DeliveryAuthorProfile
  stories: {
    docs: DeliveryAuthorStory[]
    page: number
    limit: number
    totalDocs: number
    totalPages: number
    hasNextPage: boolean
  }
}

/** One story search found (`GET /api/search`): what a results list shows. `snippet` is HTML: escaped text with `<mark>`s. */
export type DeliverySearchHit = {
  id: string
  slug: string
  url: string
  title: string
  dek: null | string
  byline: null | string
  /** The story's public authors, with their pages (a withheld byline: none; `byline` prints it). */
  authors: { name: string; slug: string; url: string }[]
  tags: string[]
  publishedAt: null | string
  dateModified: null | string
  snippet: string
}

/** `GET /api/search`: a page of the published stories the words find, best first. */
export type DeliverySearchResults = {
  query: string
  page: number
  limit: number
  totalDocs: number
  /** False when there are more than `totalDocs` (counted up to 200). */
  totalExact: boolean
  totalPages: number
  hasNextPage: boolean
  docs: DeliverySearchHit[]
}
