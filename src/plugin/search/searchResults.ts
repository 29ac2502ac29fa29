/**
 * What a search answers, whichever database ran it: hits made from index rows (a snippet as safe
 * HTML: neither database escapes anything), pages counted up to the candidates' cap.
 */
import escapeHtml from 'escape-html'

import type {
  DeliverySearchHit as SearchHit,
  DeliverySearchResults as SearchResults,
} from '../delivery/types'
import type { NewsroomSettings } from '../options'

import { MARK_END, MARK_START, MAX_PAGE, type SearchParams } from './searchWords'

/**
 * The newest matches ranked, at most: a word in every story would otherwise have every story ranked
 * (seconds at 100,000 stories); news readers want the recent ones, and 200 fill 20 pages, more than
 * a reader pages through. Counted up to this many too (beyond: "200 or more"). Each candidate costs
 * the database its row read and ranked: with a tag, a common word reads five rows for each it keeps
 * (500 cost 8 ms a search at 100,000 stories on PostgreSQL; 200, 3).
 */
export const CANDIDATES = 200

export type { SearchHit, SearchParams, SearchResults }

/** The database's snippet (with its marks) as safe HTML: escaped, then the marks made `<mark>`s. */
export const snippetHtml = (snippet: unknown): string =>
  escapeHtml(String(snippet ?? ''))
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
    .replace(/<mark>(\s*)<\/mark>/g, '$1')

type Display = { tags?: string[]; authors?: { name: string; slug: string }[] }

/** A hit from an index row (or MongoDB's edition, shaped like one). */
export const hitOf = (settings: NewsroomSettings, row: Record<string, unknown>): SearchHit => {
  const display: Display =
    typeof row.display === 'string'
      ? (JSON.parse(row.display) as Display)
      : ((row.display ?? {}) as Display)
  const date = (value: unknown) =>
    value instanceof Date
      ? value.toISOString()
      : value
        ? new Date(String(value)).toISOString()
        : null
  return {
    id: String(row.article_id),
    slug: String(row.slug),
    url: settings.storyUrl({ slug: String(row.slug) }),
    title: String(row.title ?? ''),
    dek: row.dek ? String(row.dek) : null,
    byline: row.byline ? String(row.byline) : null,
    authors: (display.authors ?? []).map(({ name, slug }) => ({
      name,
      slug,
      url: settings.authorUrl({ slug }),
    })),
    tags: display.tags ?? [],
    publishedAt: date(row.published_at),
    dateModified: date(row.date_modified),
    snippet: snippetHtml(row.snippet),
  }
}

/** One page of hits, with the totals of `found` matches (counted up to CANDIDATES + 1: over means "or more"). */
export const pageOfHits = (
  params: SearchParams,
  found: number,
  docs: SearchHit[],
  { exact = found <= CANDIDATES }: { exact?: boolean } = {},
): SearchResults => {
  const totalDocs = Math.min(found, CANDIDATES)
  const totalPages = Math.min(Math.ceil(totalDocs / params.limit), MAX_PAGE)
  return {
    query: params.q,
    page: params.page,
    limit: params.limit,
    totalDocs,
    totalExact: exact,
    totalPages,
    hasNextPage: params.page < totalPages,
    docs,
  }
}

export const emptyResults = (params: SearchParams): SearchResults => pageOfHits(params, 0, [])
