import type { DeliverySearchHit } from 'newsroom-payload/fetch-client'
import type { Metadata } from 'next'

import React from 'react'

import { READER_PATHS } from '../../../server/routes/readerPaths'
import { answerWithStatus } from '../pageStatus'
import { type SearchRefusal, type SearchRequest, searchStories } from '../readerApi'
import { Time } from '../stories/[slug]/storyWords'

export const dynamic = 'force-dynamic'

type Given = Record<string, string | string[] | undefined>
type Props = { searchParams: Promise<Given> }

/** The parameters a search page's address carries, in the order its links write them. */
const PASSED = ['q', 'page', 'limit', 'tag', 'author', 'from', 'to'] as const
/** The parameters that narrow a search, kept when the words or the page change. */
const FILTERS = ['limit', 'tag', 'author', 'from', 'to'] as const

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** A number as the reader gave it: not given (or empty) is the API's default; anything else is the API's to judge. */
const numberGiven = (value: string | undefined) => (value ? Number(value) : undefined)

/** The search the reader asked for, as given: the API checks it (a 400 naming the parameter). */
const searchOf = (given: Given, q: string): SearchRequest => ({
  q,
  page: numberGiven(first(given.page)),
  limit: numberGiven(first(given.limit)),
  tag: first(given.tag) || undefined,
  author: first(given.author) || undefined,
  from: first(given.from) || undefined,
  to: first(given.to) || undefined,
})

/** This page's address with the reader's parameters, some changed (undefined: left out); page 1 is the page without one. */
const searchHref = (given: Given, changes: Partial<Record<(typeof PASSED)[number], string>>) => {
  const params = new URLSearchParams()
  for (const name of PASSED) {
    const value = name in changes ? changes[name] : first(given[name])
    if (value && !(name === 'page' && value === '1')) {
      params.set(name, value)
    }
  }
  const query = params.toString()
  return query ? `${READER_PATHS.search}?${query}` : READER_PATHS.search
}

const count = new Intl.NumberFormat('en-GB')

/** The snippet is the API's safe HTML (escaped text, `<mark>`s); anything else is shown as text. */
const SAFE_SNIPPET = /^(?:[^<>]|<\/?mark>)*$/
const Snippet = ({ html }: { html: string }) =>
  SAFE_SNIPPET.test(html) ? (
    <p className="snippet" dangerouslySetInnerHTML={{ __html: html }} />
  ) : (
    <p className="snippet">{html}</p>
  )

export const generateMetadata = async ({ searchParams }: Props): Promise<Metadata> => {
  const q = first((await searchParams).q)?.trim()
  return {
    title: q ? `Search: ${q}` : 'Search',
    // Results pages are for readers, not for search engines' indexes.
    robots: { index: false, follow: true },
  }
}

/** The search form: a plain GET to this page, so it works without JavaScript; the filters in force go with it. */
const SearchForm = ({ given, refusal }: { given: Given; refusal?: SearchRefusal }) => {
  const wordsRefused = refusal?.parameter === 'q'
  return (
    <form
      action={READER_PATHS.search}
      method="get"
      role="search"
      className="reader-form search-form"
    >
      <div className="field">
        <label htmlFor="search-words">Search stories</label>
        <div className="search-row">
          <input
            id="search-words"
            name="q"
            type="search"
            defaultValue={first(given.q) ?? ''}
            autoComplete="off"
            aria-invalid={wordsRefused || undefined}
            aria-describedby={wordsRefused ? 'search-refused' : undefined}
          />
          <button type="submit">Search</button>
        </div>
      </div>
      {FILTERS.map((name) => {
        const value = first(given[name])
        return value ? <input key={name} type="hidden" name={name} value={value} /> : null
      })}
    </form>
  )
}

/** The filters in force, said in words, with a way to drop them. */
const Filters = ({ given }: { given: Given }) => {
  const tag = first(given.tag)
  const author = first(given.author)
  const from = first(given.from)
  const to = first(given.to)
  if (!tag && !author && !from && !to) {
    return null
  }
  const words = [
    tag ? `tagged “${tag}”` : '',
    author ? `by the author “${author}”` : '',
    from ? `published from ${from}` : '',
    to ? `published before ${to}` : '',
  ].filter(Boolean)
  return (
    <p className="hint">
      Only stories {words.join(', ')}.{' '}
      <a href={searchHref(given, { tag: '', author: '', from: '', to: '', page: '' })}>
        Search all stories
      </a>
    </p>
  )
}

const Hit = ({ hit, given }: { hit: DeliverySearchHit; given: Given }) => (
  <li>
    <h3>
      <a href={READER_PATHS.story(hit.slug)}>{hit.title}</a>
    </h3>
    {hit.dek ? <p className="dek">{hit.dek}</p> : null}
    {hit.snippet ? <Snippet html={hit.snippet} /> : null}
    {hit.byline || hit.publishedAt ? (
      <p className="meta">
        {hit.byline ? <>By {hit.byline}. </> : null}
        {hit.publishedAt ? <Time value={hit.publishedAt} /> : null}
      </p>
    ) : null}
    {hit.tags.length ? (
      <p className="meta tags">
        Tagged{' '}
        {hit.tags.map((tag, index) => (
          <React.Fragment key={tag}>
            {index ? ', ' : null}
            <a href={searchHref(given, { tag, page: '' })}>{tag}</a>
          </React.Fragment>
        ))}
      </p>
    ) : null}
  </li>
)

/**
 * Search: the reader's words sent to `GET /api/search`, the stories found with their snippets'
 * words marked, a page at a time. Not kept by the page cache (a page with a query never is): the API
 * keeps its answers until a story changes, which is what a search page is built from.
 */
const SearchPage = async ({ searchParams }: Props) => {
  const given = await searchParams
  const q = first(given.q) ?? ''
  const heading = <h1 id="search-title">Search</h1>
  if (!q.trim()) {
    return (
      <section aria-labelledby="search-title">
        {heading}
        <SearchForm given={given} />
        <Filters given={given} />
      </section>
    )
  }
  const answer = await searchStories(searchOf(given, q))
  if ('refused' in answer) {
    await answerWithStatus(answer.refused.status)
    return (
      <section aria-labelledby="search-title">
        {heading}
        <SearchForm given={given} refusal={answer.refused} />
        <p id="search-refused" className="notice notice--error">
          {answer.refused.message}
        </p>
        <Filters given={given} />
        {answer.refused.parameter === 'page' ? (
          <p>
            <a href={searchHref(given, { page: '' })}>See the first page of results</a>
          </p>
        ) : null}
      </section>
    )
  }
  const { results } = answer
  const total = results.totalExact
    ? count.format(results.totalDocs)
    : `${count.format(results.totalDocs)} or more`
  return (
    <section aria-labelledby="search-title">
      {heading}
      <SearchForm given={given} />
      <Filters given={given} />
      <section aria-labelledby="search-results">
        <h2 id="search-results">
          {results.totalDocs === 0
            ? `No stories found for “${results.query}”`
            : `${total} ${results.totalDocs === 1 ? 'result' : 'results'} for “${results.query}”`}
        </h2>
        {results.totalDocs === 0 ? (
          <p>
            Check the spelling, try fewer or other words
            {given.tag || given.author || given.from || given.to ? ', or search all stories' : ''}.
            Or <a href="/">see the latest stories</a>.
          </p>
        ) : null}
        {results.totalDocs > 0 && results.docs.length === 0 ? (
          <p>
            There is no page {results.page} of these results: they fill{' '}
            {results.totalPages === 1 ? 'one page' : `${results.totalPages} pages`}.{' '}
            <a href={searchHref(given, { page: '' })}>See the first page</a>
          </p>
        ) : null}
        {results.docs.length ? (
          <ol className="story-list search-results">
            {results.docs.map((hit) => (
              <Hit key={hit.id} hit={hit} given={given} />
            ))}
          </ol>
        ) : null}
        {results.totalPages > 1 && results.docs.length ? (
          <nav aria-label="Pages of results" className="pages">
            {results.page > 1 ? (
              <a href={searchHref(given, { page: String(results.page - 1) })} rel="prev">
                Previous page
              </a>
            ) : null}{' '}
            <span>
              Page {results.page} of {results.totalPages}
            </span>{' '}
            {results.hasNextPage ? (
              <a href={searchHref(given, { page: String(results.page + 1) })} rel="next">
                Next page
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </section>
  )
}

export default SearchPage
