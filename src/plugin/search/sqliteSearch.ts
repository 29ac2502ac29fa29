/**
 * SQLite's search: the words as an FTS5 query of quoted strings (no word is ever FTS5 syntax), the
 * newest CANDIDATES matches ranked with `bm25` (title and quotes above the text), FTS5's `snippet`.
 */
import type { Payload } from 'payload'

import type { NewsroomSettings } from '../options'
import type { SearchParams, SearchResults } from './searchResults'

import { runSql } from '../database/sqlTables'
import { literal } from './searchIndex'
import { CANDIDATES, emptyResults, hitOf, pageOfHits } from './searchResults'

/**
 * The words as an FTS5 query: each word (or "quoted phrase") a string, so no word is read as FTS5's
 * syntax; `or` between two words is OR; `-word` leaves stories with it out.
 */
export const fts5Query = (q: string): string => {
  const tokens = [...q.matchAll(/(-?)"([^"]*)"|(\S+)/g)].map((match) =>
    match[3] !== undefined
      ? { not: match[3].startsWith('-') && match[3].length > 1, text: match[3].replace(/^-/, '') }
      : { not: match[1] === '-', text: match[2] },
  )
  const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`
  const wanted: string[] = []
  const unwanted: string[] = []
  tokens.forEach((token, at) => {
    const text = token.text.replace(/"/g, ' ').trim()
    if (!text) {
      return
    }
    if (!token.not && /^or$/i.test(text) && wanted.length && at < tokens.length - 1) {
      wanted.push('OR')
      return
    }
    ;(token.not ? unwanted : wanted).push(phrase(text))
  })
  while (wanted.at(-1) === 'OR') {
    wanted.pop()
  }
  if (!wanted.length) {
    return ''
  }
  return [wanted.join(' '), ...unwanted.map((one) => `NOT ${one}`)].join(' ')
}

export const sqliteSearch = async (
  payload: Payload,
  settings: NewsroomSettings,
  params: SearchParams,
): Promise<SearchResults> => {
  const match = fts5Query(params.q)
  if (!match) {
    return emptyResults(params)
  }
  const filters = [
    params.tag
      ? `EXISTS (SELECT 1 FROM json_each(d.tags) WHERE json_each.value = ${literal(params.tag.toLowerCase())})`
      : '',
    params.author
      ? `EXISTS (SELECT 1 FROM json_each(d.authors) WHERE json_each.value = ${literal(params.author)})`
      : '',
    params.from ? `d.published_at >= ${literal(params.from)}` : '',
    params.to ? `d.published_at < ${literal(params.to)}` : '',
  ].filter(Boolean)
  const matching = `FROM newsroom_search_fts JOIN newsroom_search_docs d ON d.id = newsroom_search_fts.rowid
    WHERE newsroom_search_fts MATCH ${literal(match)} ${filters.map((filter) => `AND ${filter}`).join(' ')}`
  const offset = (params.page - 1) * params.limit
  // Three steps, each on as few rows as it needs. The newest matches: FTS5 walks its index by rowid
  // (a row's id grows with each publish) from the newest and stops at the cap, so a common word costs
  // CANDIDATES rows, not every story that has it. Those ranked with bm25 (title and quotes above the
  // text), each found again by its rowid; then the page's snippets only, FTS5's snippet() being the
  // dearest part of a hit.
  const rows = await runSql(
    payload,
    `WITH candidates AS (
       SELECT newsroom_search_fts.rowid AS id ${matching}
       ORDER BY newsroom_search_fts.rowid DESC LIMIT ${CANDIDATES}
     ),
     page AS (
       SELECT c.id, d.published_at, bm25(newsroom_search_fts, 10.0, 5.0, 2.0, 1.0) AS rank
       FROM candidates c JOIN newsroom_search_fts ON newsroom_search_fts.rowid = c.id
         JOIN newsroom_search_docs d ON d.id = c.id
       WHERE newsroom_search_fts MATCH ${literal(match)}
       ORDER BY rank, d.published_at DESC, c.id DESC
       LIMIT ${params.limit} OFFSET ${offset}
     )
     SELECT d.article_id, d.slug, d.title, d.dek, d.byline, d.display, d.published_at, d.date_modified,
       snippet(newsroom_search_fts, 3, char(57344), char(57345), '…', 24) AS snippet
     FROM page JOIN newsroom_search_fts ON newsroom_search_fts.rowid = page.id
       JOIN newsroom_search_docs d ON d.id = page.id
     WHERE newsroom_search_fts MATCH ${literal(match)}
     ORDER BY page.rank, page.published_at DESC, page.id DESC`,
  )
  const [{ found }] = await runSql(
    payload,
    `SELECT count(*) AS found FROM (SELECT 1 ${matching} LIMIT ${CANDIDATES + 1})`,
  )
  return pageOfHits(
    params,
    Number(found),
    rows.map((row) => hitOf(settings, row)),
  )
}
