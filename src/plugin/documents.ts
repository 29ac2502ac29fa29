/**
 * The plugin's documents as its own code sees them (hooks, the publish gate, the client), declared
 * here rather than taken from a host's generated `payload-types.ts`, which is wrong as soon as the
 * host renames a collection or adds a field.
 */
import type { CommentStatus, LogEntryType, PolicyKey, QuoteKind, Role, SourceKind, StoryStatus, VerificationStatus } from './vocabulary'

export type Id = number | string
/** A relationship: an id, or the document when populated. */
export type Ref<T> = Id | T

export type NewsroomUser = { id: Id; email?: string; name?: string | null; roles?: Role[] | null; collection?: string }

export type SourceDoc = {
  id: Id
  description: string
  kind: SourceKind
  name?: string | null
  role?: string | null
  anonymity?: { reason?: string | null; approvedBy?: Ref<NewsroomUser> | null; trueIdentity?: string | null } | null
  provenance?: {
    howObtained?: string | null
    recordedAt?: string | null
    verificationStatus?: VerificationStatus | null
    verificationMethod?: string | null
    rights?: string | null
    /** Staff only. */
    filmedBy?: string | null
    /** Staff only. */
    originalUrl?: string | null
    /** Staff only. */
    verifiedBy?: string | null
  } | null
  publishedIn?: Ref<ArticleDoc>[] | null
}

export type QuoteDoc = {
  id: Id
  text: string
  kind: QuoteKind
  speaker?: Ref<SourceDoc> | null
  speakerTitle?: string | null
  saidAt?: string | null
  via?: Ref<SourceDoc> | null
  article?: Ref<ArticleDoc> | null
  publishedIn?: Ref<ArticleDoc>[] | null
  context?: string | null
}

export type LogEntry = { id?: string | null; type: LogEntryType; text: string; date?: string | null }

export type ArticleDoc = {
  id: Id
  title: string
  slug: string
  dek?: string | null
  byline?: string | null
  body?: unknown
  storyStatus: StoryStatus
  tags?: string[] | null
  publishedAt?: string | null
  dateModified?: string | null
  updateLog?: LogEntry[] | null
  commentsOpen?: boolean | null
  commentCount?: number | null
  _status?: 'draft' | 'published' | null
}

export type CommentDoc = {
  id: Id
  article: Ref<ArticleDoc>
  parent?: Ref<CommentDoc> | null
  authorName: string
  body: string
  status?: CommentStatus
  pinned?: boolean | null
  createdAt: string
}

/** The `newsroom` global (the publisher's record) as REST and the Local API return it. */
export type NewsroomDoc = {
  name?: string | null
  url?: string | null
  language?: string | null
  logoUrl?: string | null
  policies?: Partial<Record<PolicyKey, { url?: string | null; text?: string | null } | null>> | null
}
