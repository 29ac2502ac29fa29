/**
 * Search's words, pure (no Payload, no Lexical): what the index may hold, a reader's words normalised,
 * the parameters' limits. A server in front of Payload loads this much and no more (searchAnswers.ts).
 */

/** The highlight marks search's snippets are cut with (Unicode private use): never in indexed text. */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

/** The longest query read (code points), and the most words kept of it. */
export const MAX_QUERY_LENGTH = 256
const MAX_TERMS = 16
/** Pages deeper than this are not served: nobody reads them, and each costs the database more. */
export const MAX_PAGE = 50

export type SearchFilters = {
  tag?: string
  author?: string
  /** ISO dates: published on or after `from`, before `to`. */
  from?: string
  to?: string
}

export type SearchParams = { q: string; page: number; limit: number } & SearchFilters

/** Text as the index may hold it: no NUL (PostgreSQL refuses it), no highlight marks, no lone surrogates. */
export const indexable = (text: null | string | undefined): string =>
  (text ?? '')
    .replace(/[\0\uE000\uE001]/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ')

/** A reader's words as searched: one normal form, no control, private-use or direction characters. */
export const normalizeQuery = (q: string): string =>
  indexable(q.normalize('NFKC'))
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, MAX_TERMS)
    .join(' ')
