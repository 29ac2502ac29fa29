/** The corpus's rows, as the app's migrations lay them out: its sources, and each story with its credits, quotes, tags, published version, comments and reports. */
import type { StoryComments } from '../../../src/plugin/editions/storyComments'

import { lexicalBody, paragraphNode, quoteNode } from '../../../src/plugin/richText/lexical'
import { type settingsOf } from '../../../src/plugin/settings'
import { type CorpusCredit, creditRowId } from './authors'
import { type Row } from './database'
import { pick, random, sentence, STATUSES, TAGS, WORDS } from './words'

/** The next id of a table the generator writes (ids are given here, so rows can name each other). */
export type NextId = (table: 'articles' | 'authors' | 'comments' | 'quotes' | 'sources') => number

const year = 365 * 86_400_000

/** The sources stories quote: N/5 (at least 10), a third of them officials, the rest people. */
export const sourceRows = (N: number, next: NextId, now: string) => {
  const sourceIds: number[] = []
  const sources: Row[] = []
  for (let i = 0; i < Math.max(10, Math.round(N / 5)); i++) {
    const id = next('sources')
    sourceIds.push(id)
    sources.push(
      i % 3 === 0
        ? {
            id,
            kind: 'official',
            description: `the ${pick(WORDS)} office ${i}`,
            role: 'Spokesperson',
            createdAt: now,
            updatedAt: now,
          }
        : {
            id,
            kind: 'person',
            name: `Person ${i}`,
            description: `a ${pick(WORDS)} witness ${i}`,
            role: 'Resident',
            createdAt: now,
            updatedAt: now,
          },
    )
  }
  return { sourceIds, sources }
}

/** A round of stories' rows, table by table, in the order they are inserted. */
export const batchRows = () => ({
  articles: [] as Row[],
  articles_texts: [] as Row[],
  articles_authors: [] as Row[],
  _articles_v: [] as Row[],
  _articles_v_texts: [] as Row[],
  _articles_v_version_authors: [] as Row[],
  quotes: [] as Row[],
  quotes_rels: [] as Row[],
  sources_rels: [] as Row[],
  comments: [] as Row[],
  comment_reports: [] as Row[],
})

/** What every story's rows draw on, and the maps they fill for the editions recorded afterwards. */
export type StoryCorpus = {
  next: NextId
  sourceIds: number[]
  /** A story's credits, drawn from the staff (authors.ts). */
  creditsOfStory: () => CorpusCredit[]
  /** Each story's credits, by its id: who its edition names and how many stories each author's page lists. */
  storyCredits: Map<number, CorpusCredit[]>
  /** How many stories cite each source so far (its `publishedIn` order). */
  sourceCitations: Map<number, number>
  /** Each story's publication instant, by its id. */
  publishedAt: Map<number, string>
  /** Each story's comments as its edition keeps them, by its id. */
  storyComments: Map<number, StoryComments>
  settings: ReturnType<typeof settingsOf>
}

/**
 * Story i's rows, added to `rows`: the published article (a body quoting its two quotes), its
 * credits and tags, its version with the same (numbered once the round's versions are), its quotes,
 * three comments in any state (the first approved) and a report on some.
 */
export const addStory = (
  rows: ReturnType<typeof batchRows>,
  i: number,
  {
    next,
    sourceIds,
    creditsOfStory,
    storyCredits,
    sourceCitations,
    publishedAt,
    storyComments,
    settings,
  }: StoryCorpus,
) => {
  const published = Date.now() - random() * 5 * year
  const when = new Date(published).toISOString()
  // Distinct instants keep every list's order the same however it is read (no ties).
  const at = (offsetMs: number) => new Date(published + offsetMs).toISOString()
  const articleId = next('articles')
  const quoteIds = [next('quotes'), next('quotes')]
  const speakers = [pick(sourceIds), pick(sourceIds)]
  // Each source is cited by the stories quoting it (its `publishedIn`), which makes it public.
  for (const speaker of new Set(speakers)) {
    const order = (sourceCitations.get(speaker) ?? 0) + 1
    sourceCitations.set(speaker, order)
    rows.sources_rels.push({
      order,
      parent: speaker,
      path: 'publishedIn',
      articlesID: articleId,
    })
  }
  quoteIds.forEach((quoteId, q) => {
    rows.quotes.push({
      id: quoteId,
      text: sentence(10),
      kind: q ? 'paraphrase' : 'verbatim',
      speaker: speakers[q],
      article: articleId,
      createdAt: at(q),
      updatedAt: at(q),
    })
    rows.quotes_rels.push({
      order: 1,
      parent: quoteId,
      path: 'publishedIn',
      articlesID: articleId,
    })
  })
  const body = lexicalBody(
    paragraphNode(sentence(40)),
    paragraphNode(
      `${sentence(12)} One said: “`,
      quoteNode(quoteIds[0], `c${String(i).padStart(11, '0')}a`.padEnd(24, 'a')),
      '”',
    ),
    paragraphNode(sentence(50)),
    paragraphNode(
      `Another added that `,
      quoteNode(quoteIds[1], `c${String(i).padStart(11, '0')}b`.padEnd(24, 'b')),
      '.',
    ),
  )
  const tags = [pick(TAGS), pick(TAGS)]
  const article = {
    title: `${sentence(6).slice(0, -1)} (${i})`,
    slug: `corpus-story-${i}`,
    dek: sentence(12),
    // No `byline`: that is the editors' hand-set line, normally empty; readers' is made from the credits.
    body,
    storyStatus: 'developing',
    commentsOpen: true,
    stage: 'published',
    publishedAt: when,
    dateModified: when,
    createdAt: when,
    updatedAt: when,
  }
  rows.articles.push({ id: articleId, ...article, _status: 'published' })
  rows._articles_v.push({
    parent: articleId,
    ...Object.fromEntries(Object.entries(article).map(([key, value]) => [`version_${key}`, value])),
    version__status: 'published',
    latest: true,
    autosave: false,
    createdAt: when,
    updatedAt: when,
  })
  tags.forEach((text, k) => {
    rows.articles_texts.push({ order: k + 1, parent: articleId, path: 'tags', text })
    // The version's parent is its own row: numbered below, once the versions' ids are known.
    rows._articles_v_texts.push({ order: k + 1, parent: -1, path: 'version.tags', text })
  })
  const credits = creditsOfStory()
  credits.forEach(({ author, role }, k) => {
    const id = creditRowId(articleId, k)
    rows.articles_authors.push({ _order: k + 1, _parentID: articleId, id, author: author.id, role })
    // The version keeps the row's id as `_uuid` (its own ids are the database's), as Payload writes
    // it; its parent is the story until the versions are numbered (numberVersions).
    rows._articles_v_version_authors.push({
      _order: k + 1,
      _parentID: articleId,
      _uuid: id,
      author: author.id,
      role,
    })
  })
  storyCredits.set(articleId, credits)
  publishedAt.set(articleId, when)
  const comments: Row[] = []
  for (let c = 0; c < 3; c++) {
    const id = next('comments')
    const status = c === 0 ? 'approved' : pick(STATUSES)
    const comment = {
      id,
      article: articleId,
      authorName: `Reader ${i}-${c}`,
      authorEmail: `reader${i}-${c}@example.com`,
      emailKey: `reader${i}-${c}@example.com`,
      body: sentence(20),
      excerpt: null,
      status,
      pinned: false,
      ipHash: `corpus${i}x${c}`,
      reportCount: 0,
      createdAt: at(60_000 * (c + 1)),
      updatedAt: at(60_000 * (c + 1)),
    }
    comments.push(comment)
    if (status === 'approved' && i % 10 === 0) {
      rows.comment_reports.push({
        comment: id,
        reason: 'Off topic',
        ipHash: `reporter${i}`,
        createdAt: comment.createdAt,
        updatedAt: comment.createdAt,
      })
    }
  }
  rows.comments.push(...comments)
  storyComments.set(articleId, commentsOf(comments, settings.delivery.commentsPageSize))
}

/**
 * The round's versions numbered from `versionBase + 1` (each version's tags and credits name it);
 * how many there were.
 */
export const numberVersions = (rows: ReturnType<typeof batchRows>, versionBase: number) => {
  rows._articles_v.forEach((version, k) => {
    version.id = versionBase + 1 + k
  })
  // Two tags a story, in the versions' order.
  rows._articles_v_texts.forEach((text, k) => {
    text.parent = versionBase + 1 + Math.floor(k / 2)
  })
  const versionOf = new Map(rows._articles_v.map((version) => [version.parent, version.id]))
  rows._articles_v_version_authors.forEach((credit) => {
    credit._parentID = versionOf.get(credit._parentID)
  })
  return rows._articles_v.length
}

/** A story's comments as its edition keeps them (readStoryComments's shape), from the rows written. */
const commentsOf = (rows: Row[], pageSize: number): StoryComments => {
  const approved = rows
    .filter((row) => row.status === 'approved' && row.parent == null)
    .sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)))
  return {
    commentCount: rows.filter((row) => row.status === 'approved').length,
    comments: {
      docs: approved.slice(0, pageSize).map((row) => ({
        id: row.id as number,
        authorName: row.authorName as string,
        body: row.body as string,
        pinned: false,
        createdAt: row.createdAt as string,
        replies: [],
      })),
      page: 1,
      totalTopLevel: approved.length,
      hasMore: approved.length > pageSize,
    },
  }
}
