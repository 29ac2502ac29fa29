/**
 * Reading the search index: a reader's words turned into a query the newsroom's database runs safely,
 * ranked, one highlighted snippet per story (searchResults.ts). One module per database beside this
 * one; the index they read is written by searchIndex.ts.
 */
import type { Payload } from 'payload'

import type { NewsroomSettings } from '../options'

import { sqlDialectOf } from '../database/sqlTables'
import { headlineSearch } from './headlineSearch'
import { postgresSearch } from './postgresSearch'
import { emptyResults, type SearchParams, type SearchResults } from './searchResults'
import { sqliteSearch } from './sqliteSearch'

export type { SearchHit, SearchParams, SearchResults } from './searchResults'

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
