/**
 * A typed client for the newsroom's public endpoints, for frontends. It depends on nothing but
 * `fetch`, so it runs in browsers, Node and edge runtimes; types are the plugin's own document
 * types and the delivery document's type.
 *
 *   const newsroom = createNewsroomClient({ baseURL: 'http://localhost:3000' })
 *   const story = await newsroom.getStory('the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling')
 */
import type {
  DeliveryArticle,
  DeliveryAuthorPage,
  DeliveryCommentThreads,
  DeliveryEdition,
  DeliveryEditionList,
  DeliverySearchResults,
} from '../delivery/types'
import type { ArticleDoc as Article, CommentDoc as Comment, NewsroomDoc } from '../documents'

export type {
  ChangedWords,
  DeliveryArticle,
  DeliveryAuthor,
  DeliveryAuthorPage,
  DeliveryAuthorProfile,
  DeliveryAuthorStory,
  DeliveryComment,
  DeliveryCommentThreads,
  DeliveryEdition,
  DeliveryEditionList,
  DeliveryEditionSummary,
  DeliveryImage,
  DeliveryQuote,
  DeliverySearchHit,
  DeliverySearchResults,
  DeliverySource,
  EditionChanges,
  EditionReason,
} from '../delivery/types'

export type Paginated<T> = {
  docs: T[]
  totalDocs: number
  limit: number
  page: number
  totalPages: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

export type FieldError = { path: string; message: string }

/** A refused request: `status` (400, 403, 404, 429…), the message, each field's reason, and when to retry. */
export class NewsroomApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'NewsroomApiError'
  }
}

export type NewsroomClientOptions = {
  baseURL: string
  fetch?: typeof fetch
  headers?: Record<string, string>
  /** The host's collection slugs, if it renamed them (the plugin's `slugs` option). @default { articles: 'articles', comments: 'comments' } */
  slugs?: { articles?: string; comments?: string; newsroom?: string; authors?: string }
  /** Payload's REST prefix (`routes.api`). @default '/api' */
  apiRoute?: string
}

export type CommentSubmission = {
  /** The story's `id` from its document (a number; an ObjectId string on MongoDB), never its slug. */
  article: number | string
  /** The `id` of the approved comment this replies to. */
  parent?: number | string
  authorName: string
  authorEmail: string
  body: string
}
/** A comment as the submit endpoint answers it (the threads carry `DeliveryComment`s: pinned, replies nested). */
export type PublicComment = { article: number | string; parent?: null | number | string } & Pick<
  Comment,
  'authorName' | 'body' | 'createdAt' | 'id'
>

export const createNewsroomClient = ({
  baseURL,
  fetch: fetchImpl = fetch,
  headers = {},
  slugs = {},
  apiRoute = '/api',
}: NewsroomClientOptions) => {
  const base = `${baseURL.replace(/\/$/, '')}${apiRoute.replace(/\/$/, '')}`
  const articles = `/${slugs.articles ?? 'articles'}`
  const comments = `/${slugs.comments ?? 'comments'}`
  const newsroomSlug = slugs.newsroom ?? 'newsroom'
  const authors = `/${slugs.authors ?? 'authors'}`

  const request = async <T>(
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
    alsoOk: number[] = [],
  ): Promise<{ status: number; data: T; response: Response }> => {
    const response = await fetchImpl(`${base}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
        ...extra,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (response.status === 304) {
      return { status: 304, data: undefined as T, response }
    }
    const text = await response.text()
    const data = text ? JSON.parse(text) : undefined
    if (!response.ok && !alsoOk.includes(response.status)) {
      const first = data?.errors?.[0]
      const retryAfter = response.headers.get('retry-after')
      throw new NewsroomApiError(
        response.status,
        first?.message ?? response.statusText,
        first?.data?.errors ?? [],
        retryAfter ? Number(retryAfter) : undefined,
      )
    }
    return { status: response.status, data: data as T, response }
  }

  return {
    /** The published story in one document. Pass the last ETag to get `null` when nothing changed (304). */
    async getStory(
      slug: string,
      options: { ifNoneMatch?: string } = {},
    ): Promise<({ etag: string } & DeliveryArticle) | null> {
      const extra: Record<string, string> = options.ifNoneMatch
        ? { 'if-none-match': options.ifNoneMatch }
        : {}
      // 410 Gone: the story was retracted; its document carries the notice (`retraction`) and no text.
      const { status, data, response } = await request<DeliveryArticle>(
        'GET',
        `${articles}/slug/${encodeURIComponent(slug)}`,
        undefined,
        extra,
        [410],
      )
      return status === 304 ? null : { ...data, etag: response.headers.get('etag') ?? '' }
    },

    /** The story as schema.org NewsArticle JSON-LD, ready for a <script type="application/ld+json">. */
    async getStoryJsonLd(slug: string): Promise<Record<string, unknown>> {
      return (
        await request<Record<string, unknown>>(
          'GET',
          `${articles}/slug/${encodeURIComponent(slug)}?format=jsonld`,
          undefined,
          {},
          [410],
        )
      ).data
    },

    /** The story as IPTC ninjs 3.1, for syndication. */
    async getStoryNinjs(slug: string): Promise<Record<string, unknown>> {
      return (
        await request<Record<string, unknown>>(
          'GET',
          `${articles}/slug/${encodeURIComponent(slug)}?format=ninjs`,
          undefined,
          {},
          [410],
        )
      ).data
    },

    /**
     * An author's page: their public profile and a page of 20 published stories, newest first (null:
     * no published story credits them by name, or their byline is withheld).
     */
    async getAuthor(
      slug: string,
      { page = 1 }: { page?: number } = {},
    ): Promise<DeliveryAuthorPage | null> {
      const { status, data } = await request<DeliveryAuthorPage>(
        'GET',
        `${authors}/slug/${encodeURIComponent(slug)}${page === 1 ? '' : `?page=${page}`}`,
        undefined,
        {},
        [404],
      )
      return status === 404 ? null : data
    },

    /**
     * Published stories found by their words (title, text, quotes and who said them, tags, authors),
     * best first, a highlighted `snippet` (HTML: only `<mark>`) each. Filters: a tag, an author's slug,
     * published on or after `from` and before `to` (ISO dates).
     */
    async search(
      q: string,
      {
        page,
        limit,
        tag,
        author,
        from,
        to,
      }: {
        page?: number
        limit?: number
        tag?: string
        author?: string
        from?: string
        to?: string
      } = {},
    ): Promise<DeliverySearchResults> {
      const query = new URLSearchParams({ q })
      for (const [name, value] of Object.entries({ page, limit, tag, author, from, to })) {
        if (value !== undefined) {
          query.set(name, String(value))
        }
      }
      return (await request<DeliverySearchResults>('GET', `/search?${query}`)).data
    },

    /** Every edition of a published story, oldest first (404: not published). */
    async listEditions(slug: string): Promise<DeliveryEditionList> {
      return (
        await request<DeliveryEditionList>(
          'GET',
          `${articles}/slug/${encodeURIComponent(slug)}/editions`,
        )
      ).data
    },

    /** Edition `number` as it was published, with the words removed and added since the one before (410: withheld since). */
    async getEdition(slug: string, number: number): Promise<DeliveryEdition> {
      return (
        await request<DeliveryEdition>(
          'GET',
          `${articles}/slug/${encodeURIComponent(slug)}/editions/${number}`,
        )
      ).data
    },

    /** Published articles, newest first (or by `sort`, e.g. `-dateModified`: the latest material update first). */
    async listArticles({
      page = 1,
      limit = 10,
      sort = '-publishedAt',
    }: { page?: number; limit?: number; sort?: '-dateModified' | '-publishedAt' } = {}): Promise<
      Paginated<Article>
    > {
      return (
        await request<Paginated<Article>>(
          'GET',
          `${articles}?page=${page}&limit=${limit}&sort=${sort}&depth=0`,
        )
      ).data
    },

    /** The newsroom's public record: name, URL, language, logo, policies (the `newsroom` global). */
    async getNewsroom(): Promise<NewsroomDoc> {
      return (await request<NewsroomDoc>('GET', `/globals/${newsroomSlug}?depth=0`)).data
    },

    /**
     * A page of the story's comment threads, as the story document's `comments` (its page 1): approved
     * top-level comments, pinned first then oldest, each with its replies nested. Page 2 is the next
     * threads, never a mix of threads and replies.
     */
    async listComments(
      articleId: number | string,
      { page = 1 }: { page?: number } = {},
    ): Promise<DeliveryCommentThreads> {
      return (
        await request<DeliveryCommentThreads>(
          'GET',
          `${articles}/${encodeURIComponent(String(articleId))}/comments?page=${page}`,
        )
      ).data
    },

    /** Submits a comment; it usually awaits moderation (`doc.status === 'pending'`). Throws NewsroomApiError (400, 403, 429). */
    async submitComment(
      comment: CommentSubmission,
    ): Promise<{ message: string; doc: { status: 'approved' | 'pending' } & PublicComment }> {
      return (
        await request<{ message: string; doc: { status: 'approved' | 'pending' } & PublicComment }>(
          'POST',
          comments,
          comment,
        )
      ).data
    },

    /** Flags an approved comment for moderators. */
    async reportComment(commentId: number | string, reason?: string): Promise<{ message: string }> {
      return (
        await request<{ message: string }>(
          'POST',
          `${comments}/${encodeURIComponent(String(commentId))}/report`,
          { reason },
        )
      ).data
    },

    /** Reports an error in an article to the editors (private). */
    async reportError(
      articleId: number | string,
      report: { text: string; email?: string },
    ): Promise<{ message: string; id: number | string }> {
      return (
        await request<{ message: string; id: number | string }>(
          'POST',
          `${articles}/${encodeURIComponent(String(articleId))}/error-reports`,
          report,
        )
      ).data
    },
  }
}

export type NewsroomClient = ReturnType<typeof createNewsroomClient>
