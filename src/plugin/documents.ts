/**
 * The plugin's documents as its own code sees them (hooks, the publish gate, the client), declared
 * here rather than taken from a host's generated `payload-types.ts`, which is wrong as soon as the
 * host renames a collection or adds a field.
 */
import type {
  CommentStatus,
  LogEntryType,
  PolicyKey,
  QuoteKind,
  Role,
  SourceKind,
  StoryStatus,
  VerificationStatus,
} from './vocabulary'

export type Id = number | string
/** A relationship: an id, or the document when populated. */
export type Ref<T> = Id | T

export type NewsroomUser = {
  id: Id
  email?: string
  name?: null | string
  roles?: null | Role[]
  collection?: string
}

export type SourceDoc = {
  id: Id
  description: string
  kind: SourceKind
  name?: null | string
  role?: null | string
  anonymity?: {
    reason?: null | string
    approvedBy?: null | Ref<NewsroomUser>
    trueIdentity?: null | string
  } | null
  provenance?: {
    howObtained?: null | string
    recordedAt?: null | string
    verificationStatus?: null | VerificationStatus
    verificationMethod?: null | string
    rights?: null | string
    /** Staff only. */
    filmedBy?: null | string
    /** Staff only. */
    originalUrl?: null | string
    /** Staff only. */
    verifiedBy?: null | string
  } | null
  publishedIn?: null | Ref<ArticleDoc>[]
}

export type QuoteDoc = {
  id: Id
  text: string
  kind: QuoteKind
  speaker?: null | Ref<SourceDoc>
  speakerTitle?: null | string
  saidAt?: null | string
  via?: null | Ref<SourceDoc>
  article?: null | Ref<ArticleDoc>
  publishedIn?: null | Ref<ArticleDoc>[]
  context?: null | string
}

export type LogEntry = {
  id?: null | string
  type: LogEntryType
  text: string
  date?: null | string
}

export type ArticleDoc = {
  id: Id
  title: string
  slug: string
  dek?: null | string
  /** The editors' hand-set line, staff only: readers get the printed byline from the story document. */
  byline?: null | string
  body?: unknown
  storyStatus: StoryStatus
  tags?: null | string[]
  publishedAt?: null | string
  dateModified?: null | string
  updateLog?: LogEntry[] | null
  commentsOpen?: boolean | null
  commentCount?: null | number
  _status?: 'draft' | 'published' | null
}

export type CommentDoc = {
  id: Id
  article: Ref<ArticleDoc>
  parent?: null | Ref<CommentDoc>
  authorName: string
  body: string
  status?: CommentStatus
  pinned?: boolean | null
  createdAt: string
}

/** The `newsroom` global (the publisher's record) as REST and the Local API return it. */
export type NewsroomDoc = {
  name?: null | string
  url?: null | string
  language?: null | string
  logoUrl?: null | string
  policies?: null | Partial<Record<PolicyKey, { url?: null | string; text?: null | string } | null>>
}
