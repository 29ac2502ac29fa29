import { LOG_REVISION_ACTIONS, STORY_STATUS_VALUES } from '../../vocabulary'
import { id, nullable, ref } from '../shared'

/** The published story in one document, as `GET …/slug/{slug}` answers it. */
export const deliveryArticleSchema = () => ({
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'slug',
    'title',
    'storyStatus',
    'body',
    'bodyHtml',
    'heroImage',
    'bodyImages',
    'meta',
    'quotes',
    'sources',
    'updateLog',
    'logRevisions',
    'commentsOpen',
    'commentCount',
    'comments',
  ],
  properties: {
    id,
    slug: { type: 'string' },
    title: { type: 'string' },
    dek: nullable({ type: 'string' }),
    byline: nullable({
      type: 'string',
      description:
        'As printed: made from `authors` (who wrote or reported it) unless the editors set their own line; the newsroom’s withheld name (“Staff”) when withheld',
    }),
    authors: {
      type: 'array',
      items: ref('DeliveryAuthor'),
      description:
        'Everyone credited, in byline order (absent from editions published before authors were kept)',
    },
    storyStatus: { enum: [...STORY_STATUS_VALUES] },
    tags: { type: 'array', items: { type: 'string' } },
    feedUrl: {
      type: 'string',
      description:
        'The story’s own Atom feed: each log entry (update, correction, clarification, retraction) as an entry, for readers who follow this story (the `storyFeedUrl` option, relative to the site; absent when the host has none, and from editions published before it was set)',
    },
    publishedAt: nullable({ type: 'string' }),
    dateModified: nullable({ type: 'string' }),
    embargoedUntil: nullable({
      type: 'string',
      description: 'The embargo the story was held under, if it had one',
    }),
    body: nullable({
      ...ref('LexicalBody'),
      description:
        'Lexical JSON; inline blocks of type "quote" carry fields.quote, an id in `quotes`; upload nodes carry value, an id in `bodyImages`, and fields.caption. Null once the story is retracted.',
    }),
    heroImage: nullable({ ...ref('DeliveryImage'), description: 'The story’s main picture' }),
    bodyImages: {
      type: 'array',
      items: ref('DeliveryImage'),
      description:
        'The pictures inside the body, in reading order, each once. Empty once the story is retracted.',
    },
    meta: {
      type: 'object',
      additionalProperties: false,
      required: ['title', 'description', 'image'],
      description:
        'For a page’s <head>, Open Graph and JSON-LD: the editors’ search and social fields, each falling back to the headline, dek and main picture. Once retracted, only the title.',
      properties: {
        title: { type: 'string' },
        description: nullable({ type: 'string' }),
        image: nullable(ref('DeliveryImage')),
      },
    },
    retraction: nullable({
      type: 'object',
      additionalProperties: false,
      required: ['id', 'text', 'date'],
      description:
        'Set once the story is retracted: the notice and its date. The story then has no body, dek, quotes or sources, and is answered 410 Gone.',
      properties: { id: { type: 'string' }, text: { type: 'string' }, date: { type: 'string' } },
    }),
    bodyHtml: {
      type: 'string',
      description:
        'The body as safe HTML: paragraphs; each quote a <q> (verbatim) or <span data-paraphrase> with data-quote (its id) and aria-describedby="source-<speaker id>". Render as is.',
    },
    quotes: { type: 'array', items: ref('Quote') },
    sources: { type: 'array', items: ref('Source') },
    updateLog: { type: 'array', items: ref('LogEntry') },
    editorsNote: nullable({
      type: 'string',
      description:
        'An editor’s note pinned to the top of a live story (absent from editions published before it was kept)',
    }),
    logRevisions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['entryId', 'action', 'changedAt'],
        properties: {
          entryId: { type: 'string' },
          action: { enum: [...LOG_REVISION_ACTIONS] },
          previousType: { type: 'string' },
          previousText: { type: 'string' },
          changedAt: { type: 'string' },
        },
      },
    },
    commentsOpen: { type: 'boolean' },
    edition: {
      type: 'integer',
      minimum: 1,
      description:
        'Which edition of the story this is: 1 for the first publish, one more for each publish that changed what readers see (see …/editions). Absent in a draft preview.',
    },
    commentCount: { type: 'integer', minimum: 0 },
    comments: ref('CommentThreads'),
  },
})
