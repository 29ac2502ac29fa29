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
  // The stories' own row is looked at only for a filter, by its rowid inside a subquery: FTS5 stays
  // the outer loop, walking its index from the newest (a row's id grows with each publish) to the
  // cap. As a join, statistics that said the table was tiny (an ANALYZE when it was) made SQLite scan
  // the whole table for each match: 3 s a search at 10,000 stories instead of 3 ms.
  const filtered = filters.length
    ? `AND EXISTS (SELECT 1 FROM newsroom_search_docs d WHERE d.id = newsroom_search_fts.rowid ${filters.map((filter) => `AND ${filter}`).join(' ')})`
    : ''
  const offset = (params.page - 1) * params.limit
  // One statement. The newest CANDIDATES matches (+1, to know there are more), each with its bm25 rank
  // (title and quotes above the text) taken while FTS5's cursor is on it: found again by rowid, each
  // would read the words' whole index lists (seconds at 100,000 stories). Ranked among themselves and
  // counted; then the snippets, FTS5's dearest function (10 ms for 500 rows), for the page's rows
  // only, in a second walk of the index down to the page's oldest row.
  const rows = await runSql(
    payload,
    `WITH candidates AS (
       SELECT newsroom_search_fts.rowid AS id,
         bm25(newsroom_search_fts, 10.0, 5.0, 2.0, 1.0) AS rank
       FROM newsroom_search_fts
       WHERE newsroom_search_fts MATCH ${literal(match)}
         ${filtered}
       ORDER BY newsroom_search_fts.rowid DESC
       LIMIT ${CANDIDATES + 1}
     ),
     ranked AS (SELECT * FROM candidates ORDER BY id DESC LIMIT ${CANDIDATES}),
     page AS (
       SELECT ranked.*,
         (SELECT d.published_at FROM newsroom_search_docs d WHERE d.id = ranked.id) AS published
       FROM ranked
       ORDER BY ranked.rank, published DESC, ranked.id DESC
       LIMIT ${params.limit} OFFSET ${offset}
     ),
     snippets AS (
       SELECT newsroom_search_fts.rowid AS id,
         CASE WHEN newsroom_search_fts.rowid IN (SELECT id FROM page)
           THEN snippet(newsroom_search_fts, 3, char(57344), char(57345), '…', 24) END AS snippet
       FROM newsroom_search_fts
       WHERE newsroom_search_fts MATCH ${literal(match)}
         AND newsroom_search_fts.rowid >= (SELECT min(id) FROM page)
     )
     SELECT counted.found, d.article_id, d.slug, d.title, d.dek, d.byline, d.display,
       d.published_at, d.date_modified, snippets.snippet
     FROM (SELECT count(*) AS found FROM candidates) counted
       LEFT JOIN page ON 1
       LEFT JOIN newsroom_search_docs d ON d.id = page.id
       LEFT JOIN snippets ON snippets.id = page.id
     ORDER BY page.rank, page.published DESC, page.id DESC`,
  )
  const found = Number(rows[0]?.found ?? 0)
  const hits = rows.filter((row) => row.article_id !== null && row.article_id !== undefined)
  return pageOfHits(
    params,
    found,
    hits.map((row) => hitOf(settings, row)),
  )
}
