/**
 * PostgreSQL's search: the words through `websearch_to_tsquery` in the newsroom's language, the newest
 * CANDIDATES matches ranked with `ts_rank_cd` (title A and quotes B above the text), `ts_headline`'s
 * snippet for the page's hits only; one statement.
 */
import type { Payload } from 'payload'

import type { NewsroomSettings } from '../options'
import type { SearchParams, SearchResults } from './searchResults'

import { runSql } from '../database/sqlTables'
import { literal, regconfig } from './searchIndex'
import { CANDIDATES, hitOf, pageOfHits } from './searchResults'

export const postgresSearch = async (
  payload: Payload,
  settings: NewsroomSettings,
  params: SearchParams,
  language: string,
): Promise<SearchResults> => {
  const config = regconfig(language)
  const filters = [
    params.tag ? `s.tags @> ARRAY[${literal(params.tag.toLowerCase())}]::text[]` : '',
    params.author ? `s.authors @> ARRAY[${literal(params.author)}]::text[]` : '',
    params.from ? `s.published_at >= ${literal(params.from)}::timestamptz` : '',
    params.to ? `s.published_at < ${literal(params.to)}::timestamptz` : '',
  ].filter(Boolean)
  // The query as a constant in the statement, not a CTE's column: PostgreSQL folds the (immutable)
  // websearch_to_tsquery at planning and reads the words' frequencies from the statistics. Behind a
  // CTE it assumed every query rare (0.5% of rows) and always gathered every match through the GIN
  // index before sorting them by date: at 100,000 stories, a common word meant 90,000 rows a query.
  // Now a common word walks the newest stories by the date index and stops at CANDIDATES matches.
  const query = `websearch_to_tsquery(${config}, ${literal(params.q)})`
  // A query of only stop words, or only exclusions (`-word`), would match everything or nothing:
  // nothing. `querytree` is folded at planning too: such a query reads no row at all.
  // The filters before the words: PostgreSQL checks them in the order written, and a tag's array is
  // cheaper to look at than a vector (a quarter less time for a tag's newest matches).
  const matching = `FROM newsroom_search s
    WHERE querytree(${query}) NOT IN ('', 'T')
    ${filters.map((filter) => `AND ${filter}`).join(' ')}
    AND s.vector @@ ${query}`
  const offset = (params.page - 1) * params.limit
  // One pass over the matches: the newest CANDIDATES (+1, to know there are more) each ranked as it
  // is read (its vector read once, not again by a join and a count), the count made of them,
  // the page's snippets only. A page past the last still answers the count (the outer join).
  const rows = await runSql(
    payload,
    `WITH candidates AS (
       SELECT s.article_id, s.published_at,
         ts_rank_cd('{0.1, 0.2, 0.6, 1.0}', s.vector, ${query}) AS rank
       ${matching}
       ORDER BY s.published_at DESC NULLS LAST, s.article_id DESC
       LIMIT ${CANDIDATES + 1}
     ),
     ranked AS (
       SELECT * FROM candidates
       ORDER BY published_at DESC NULLS LAST, article_id DESC
       LIMIT ${CANDIDATES}
     ),
     page AS (
       SELECT * FROM ranked
       ORDER BY rank DESC, published_at DESC NULLS LAST, article_id DESC
       LIMIT ${params.limit} OFFSET ${offset}
     ),
     hits AS (
       SELECT s.article_id, s.slug, s.title, s.dek, s.byline, s.display, s.published_at,
         s.date_modified, page.rank,
         ts_headline(s.config, s.dek || E'\\n' || s.quotes || E'\\n' || s.body, ${query},
           'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) ||
           ', MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "') AS snippet
       FROM page JOIN newsroom_search s USING (article_id)
     )
     SELECT counted.found, hits.*
     FROM (SELECT count(*) AS found FROM candidates) counted LEFT JOIN hits ON true
     ORDER BY hits.rank DESC, hits.published_at DESC NULLS LAST, hits.article_id DESC`,
  )
  const found = Number(rows[0]?.found ?? 0)
  const hits = rows.filter((row) => row.article_id !== null && row.article_id !== undefined)
  return pageOfHits(
    params,
    found,
    hits.map((row) => hitOf(settings, row)),
  )
}
