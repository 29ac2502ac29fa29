/**
 * Reading the search index: a reader's words turned into a query each database can run safely
 * (PostgreSQL's `websearch_to_tsquery`, FTS5 phrases), ranked (title and quotes above the text),
 * one highlighted snippet per story, made safe HTML here (neither database escapes anything).
 */
import type { Payload } from 'payload'

import escapeHtml from 'escape-html'
import { createLocalReq } from 'payload'

import type {
  DeliverySearchHit as SearchHit,
  DeliverySearchResults as SearchResults,
} from '../delivery/types'
import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { runSql, sqlDialectOf } from '../database/sqlTables'
import { literal, regconfig } from './searchIndex'
import { MARK_END, MARK_START, MAX_PAGE, type SearchParams } from './searchWords'

/**
 * The newest matches ranked, at most: a word in every story would otherwise have every story ranked
 * (seconds at 100,000 stories); news readers want the recent ones, and 500 fill every page a reader
 * pages to. Counted up to this many too (beyond: "500 or more").
 */
export const CANDIDATES = 500
const COUNT_CAP = CANDIDATES

export type { SearchHit, SearchParams, SearchResults }

/** The database's snippet (with its marks) as safe HTML: escaped, then the marks made `<mark>`s. */
export const snippetHtml = (snippet: unknown): string =>
  escapeHtml(String(snippet ?? ''))
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
    .replace(/<mark>(\s*)<\/mark>/g, '$1')

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

type Display = { tags?: string[]; authors?: { name: string; slug: string }[] }

const hitOf = (settings: NewsroomSettings, row: Record<string, unknown>): SearchHit => {
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

const pagesOf = (params: SearchParams, total: number, exact: boolean, docs: SearchHit[]) => {
  const totalPages = Math.min(Math.ceil(Math.min(total, CANDIDATES) / params.limit), MAX_PAGE)
  return {
    query: params.q,
    page: params.page,
    limit: params.limit,
    totalDocs: total,
    totalExact: exact,
    totalPages,
    hasNextPage: params.page < totalPages,
    docs,
  }
}

const emptyResults = (params: SearchParams): SearchResults => pagesOf(params, 0, true, [])

/** One page of the stories the words find, best first (then newest). */
export const searchStories = async (
  payload: Payload,
  settings: NewsroomSettings,
  params: SearchParams,
): Promise<SearchResults> => {
  if (!settings.search || !params.q) {
    return emptyResults(params)
  }
  const dialect = sqlDialectOf(payload)
  if (dialect === 'postgres') {
    return postgresSearch(payload, settings, params, settings.search.language)
  }
  if (dialect === 'sqlite') {
    return sqliteSearch(payload, settings, params)
  }
  return headlineSearch(payload, settings, params)
}

const postgresSearch = async (
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
  const matching = `FROM newsroom_search s, q WHERE s.vector @@ q.query ${filters.map((filter) => `AND ${filter}`).join(' ')}`
  // A query of only stop words, or only exclusions (`-word`), would match everything or nothing: nothing.
  const withQuery = `WITH q AS (SELECT websearch_to_tsquery(${config}, ${literal(params.q)}) AS query)`
  const [{ usable }] = await runSql(
    payload,
    `${withQuery} SELECT querytree(query) NOT IN ('', 'T') AS usable FROM q`,
  )
  if (!usable) {
    return emptyResults(params)
  }
  const offset = (params.page - 1) * params.limit
  const rows = await runSql(
    payload,
    `${withQuery},
     candidates AS (
       SELECT s.article_id, s.published_at ${matching}
       ORDER BY s.published_at DESC NULLS LAST, s.article_id DESC
       LIMIT ${CANDIDATES}
     ),
     page AS (
       SELECT c.article_id, c.published_at,
         ts_rank_cd('{0.1, 0.2, 0.6, 1.0}', s.vector, q.query) AS rank
       FROM candidates c JOIN newsroom_search s USING (article_id), q
       ORDER BY rank DESC, c.published_at DESC NULLS LAST, c.article_id DESC
       LIMIT ${params.limit} OFFSET ${offset}
     )
     SELECT s.article_id, s.slug, s.title, s.dek, s.byline, s.display, s.published_at, s.date_modified,
       ts_headline(s.config, s.dek || E'\\n' || s.quotes || E'\\n' || s.body, q.query,
         'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) ||
         ', MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "') AS snippet
     FROM page JOIN newsroom_search s USING (article_id), q
     ORDER BY page.rank DESC, page.published_at DESC NULLS LAST, page.article_id DESC`,
  )
  const [{ found }] = await runSql(
    payload,
    `${withQuery} SELECT count(*) AS found FROM (SELECT 1 ${matching} LIMIT ${COUNT_CAP + 1}) counted`,
  )
  const total = Math.min(Number(found), COUNT_CAP)
  return pagesOf(
    params,
    total,
    Number(found) <= COUNT_CAP,
    rows.map((row) => hitOf(settings, row)),
  )
}

const sqliteSearch = async (
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
  // The newest matches (a row's id grows with each publish), then ranked among themselves.
  const rows = await runSql(
    payload,
    `SELECT d.article_id, d.slug, d.title, d.dek, d.byline, d.display, d.published_at, d.date_modified,
       snippet(newsroom_search_fts, 3, char(57344), char(57345), '…', 24) AS snippet
     ${matching}
       AND newsroom_search_fts.rowid IN (SELECT d.id ${matching} ORDER BY d.id DESC LIMIT ${CANDIDATES})
     ORDER BY bm25(newsroom_search_fts, 10.0, 5.0, 2.0, 1.0), d.published_at DESC, d.id DESC
     LIMIT ${params.limit} OFFSET ${offset}`,
  )
  const [{ found }] = await runSql(
    payload,
    `SELECT count(*) AS found FROM (SELECT 1 ${matching} LIMIT ${COUNT_CAP + 1})`,
  )
  const total = Math.min(Number(found), COUNT_CAP)
  return pagesOf(
    params,
    total,
    Number(found) <= COUNT_CAP,
    rows.map((row) => hitOf(settings, row)),
  )
}

/** MongoDB keeps no index: the current editions whose headline has every word, newest first. */
const headlineSearch = async (
  payload: Payload,
  settings: NewsroomSettings,
  params: SearchParams,
): Promise<SearchResults> => {
  const words = params.q.split(' ').filter((word) => word && !word.startsWith('-'))
  if (!words.length) {
    return emptyResults(params)
  }
  const { docs, totalDocs } = await payload.find({
    collection: settings.slugs.editions,
    where: {
      and: [
        { current: { equals: true } },
        ...words.map((word) => ({ title: { like: word } })),
        ...(params.from ? [{ datePublished: { greater_than_equal: params.from } }] : []),
        ...(params.to ? [{ datePublished: { less_than: params.to } }] : []),
      ],
    },
    sort: '-datePublished',
    page: params.page,
    limit: params.limit,
    depth: 0,
    ...systemAccess(await createLocalReq({}, payload)),
  })
  const hits = (docs as unknown as { document: Record<string, any> }[])
    .map(({ document }) => document)
    .filter((document) => !document.retraction)
    .filter((document) => !params.tag || document.tags?.includes(params.tag))
    .filter(
      (document) =>
        !params.author ||
        (document.authors ?? []).some((author: { slug?: string }) => author.slug === params.author),
    )
    .map((document) =>
      hitOf(settings, {
        article_id: document.id,
        slug: document.slug,
        title: document.title,
        dek: document.dek,
        byline: document.byline,
        display: {
          tags: document.tags ?? [],
          authors: (document.authors ?? [])
            .filter((author: { id: unknown; slug?: string }) => author.id !== null && author.slug)
            .map(({ name, slug }: { name: string; slug: string }) => ({ name, slug })),
        },
        published_at: document.publishedAt,
        date_modified: document.dateModified,
        snippet: document.dek ?? '',
      }),
    )
  return pagesOf(params, totalDocs, true, hits)
}
