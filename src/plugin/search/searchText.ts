/**
 * What search finds a story by: its current edition's words, exactly as readers get them (the
 * edition is built with a reader's access, so no draft, no withheld byline and no anonymous source's
 * name is in it). Pure, so the index writes and the unit tests share one rule.
 */
import type { EditionDocument } from '../editions/buildEdition'

import { editionText } from '../editions/changes'
import { indexable } from './searchWords'

/** The longest text indexed per story: PostgreSQL refuses a text search vector over 1 MB. */
const MAX_BODY = 200_000

/** One story's row in the search index: weighted fields, and what results show and filter by. */
export type SearchRow = {
  articleId: number | string
  slug: string
  /** Weight A. */
  title: string
  /** Weight B: the quotes' words and who said them (public names only). */
  quotes: string
  /** Weight C: the dek, the editor's note, tags and the authors' public names. */
  meta: string
  /** Weight D: the text with its quotes' words in place, and the live updates'. */
  body: string
  dek: string
  byline: string
  /** The tags, lower-cased: what the `tag` filter compares. */
  tags: string[]
  /** The public authors' slugs (a withheld byline has none). */
  authors: string[]
  /** What a result shows that the filters do not need: the tags as written, the public authors. */
  display: { tags: string[]; authors: { name: string; slug: string }[] }
  publishedAt: null | string
  dateModified: null | string
}

/** The index row of a story's current edition, or null when it has nothing to find (a retracted story answers 410). */
export const searchRowOf = (document: EditionDocument): null | SearchRow => {
  if (document.retraction) {
    return null
  }
  const speakers = new Map(
    document.sources
      .filter((source) => source.kind !== 'anonymous' && source.name)
      .map((source) => [String(source.id), source.name as string]),
  )
  const quotes = document.quotes.flatMap((quote) => [
    quote.text,
    speakers.get(String(quote.speaker)) ?? '',
    speakers.get(String(quote.via)) ?? '',
  ])
  const authors = (document.authors ?? []).filter((author) => author.id !== null && author.slug)
  const updates = document.updateLog
    .filter((entry) => entry.type === 'update')
    .flatMap((entry) => [
      entry.headline ?? '',
      entry.body ? editionText({ body: entry.body, quotes: document.quotes }) : entry.text,
    ])
  const join = (parts: (null | string | undefined)[]) =>
    indexable(parts.filter((part) => part && part.trim()).join('\n'))
  return {
    articleId: document.id,
    slug: document.slug,
    title: indexable(document.title),
    quotes: join(quotes),
    meta: join([
      document.dek,
      document.editorsNote,
      ...document.tags,
      ...(authors.length ? authors.map((author) => author.name) : [document.byline]),
    ]),
    body: join([editionText(document), ...updates]).slice(0, MAX_BODY),
    dek: indexable(document.dek),
    byline: indexable(document.byline),
    tags: document.tags.map((tag) => indexable(tag).toLowerCase()),
    authors: authors.map((author) => author.slug as string),
    display: {
      tags: document.tags.map((tag) => indexable(tag)),
      authors: authors.map((author) => ({
        name: indexable(author.name),
        slug: author.slug as string,
      })),
    },
    publishedAt: document.publishedAt,
    dateModified: document.dateModified ?? document.publishedAt,
  }
}
