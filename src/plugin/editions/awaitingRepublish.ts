import type { Endpoint, PayloadRequest } from 'payload'

import { isDeepStrictEqual } from 'node:util'
import { ValidationError } from 'payload'

import type { NewsroomSettings } from '../options'
import type { EditionDocument } from './buildEdition'
import type { StoredEdition } from './read'

import { isEditorialStaff } from '../access/roles'
import { toDeliveryQuote } from '../delivery/buildArticleDocument'
import { toDeliveryImage, toDeliverySource } from '../delivery/shapes'
import { notFound, refuseUnless } from '../endpoints/requestHelpers'
import { describeIds, idOf, isDatabaseId } from '../ids'

type Id = number | string
type Row = Record<string, any>

/** The records a published story cites, by the query parameter that names one. */
export const CITED_RECORDS = ['quote', 'source', 'media'] as const
export type CitedRecord = (typeof CITED_RECORDS)[number]

/** One published story whose current edition shows a record otherwise than it is now. */
export type AwaitingStory = {
  id: Id
  title: string
  slug: string
  edition: number
  datePublished: null | string
}

/** The same JSON, whatever the order of keys and however an absent value is spelled. */
const same = (a: unknown, b: unknown) =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)))
const isAlias = (id: unknown) => typeof id === 'string' && /^anonymous-\d+$/.test(id)
/** An anonymous source's place in a quote, compared as such: which alias a story gave it is the story's affair. */
const ANONYMOUS = 'anonymous'
const asText = (id: unknown) => (id == null ? null : String(id))

/**
 * Does the edition show the quote as it is now: its words, kind, title, context, date and who said
 * it (a named source by id; an anonymous one as anonymous, whichever alias the story gave it)?
 * `anonymous`: the ids of the sources that are anonymous now.
 */
export const showsQuoteAsNow = (
  document: EditionDocument,
  quote: Row,
  anonymous: Set<string>,
): boolean => {
  const entry = document.quotes.find((candidate) => String(candidate.id) === String(quote.id))
  if (!entry) {
    return false
  }
  const identity = (id: unknown) =>
    id == null ? null : isAlias(id) || anonymous.has(String(id)) ? ANONYMOUS : String(id)
  const now = toDeliveryQuote(quote, (id) => idOf(id) ?? null)
  return same(
    { ...now, id: String(now.id), speaker: identity(now.speaker), via: identity(now.via) },
    { ...entry, id: String(entry.id), speaker: identity(entry.speaker), via: identity(entry.via) },
  )
}

/**
 * Does the edition show the source as it is now? It is found under its id, or (an anonymous source,
 * which a story shows under an alias of its own) under whatever the story's quotes that cite it point
 * at: `citing`, the quotes that cite it now. Compared as readers get a source, never by its name when
 * anonymous.
 */
export const showsSourceAsNow = (
  document: EditionDocument,
  source: Row,
  citing: Row[],
): boolean => {
  const shownAs = new Set<string>()
  if (source.kind !== 'anonymous') {
    shownAs.add(String(source.id))
  }
  for (const quote of citing) {
    const entry = document.quotes.find((candidate) => String(candidate.id) === String(quote.id))
    if (!entry) {
      continue
    }
    if (asText(idOf(quote.speaker)) === String(source.id) && entry.speaker != null) {
      shownAs.add(String(entry.speaker))
    }
    if (asText(idOf(quote.via)) === String(source.id) && entry.via != null) {
      shownAs.add(String(entry.via))
    }
  }
  const entries = document.sources.filter((entry) => shownAs.has(String(entry.id)))
  if (!entries.length) {
    return false
  }
  return entries.every((entry) => {
    const publicId =
      source.kind === 'anonymous' ? (isAlias(entry.id) ? entry.id : ANONYMOUS) : String(source.id)
    return same(
      toDeliverySource(source, () => publicId),
      { ...entry, id: String(entry.id) },
    )
  })
}

/** Does the edition show the picture as it is now, wherever it shows it (main picture, share picture, body)? */
export const showsPictureAsNow = (document: EditionDocument, media: Row): boolean => {
  const now = toDeliveryImage(media)
  const shown = [document.heroImage, document.meta?.image, ...(document.bodyImages ?? [])].filter(
    (image) => image && String(image.id) === String(media.id),
  )
  if (!shown.length) {
    return now === null
  }
  return shown.every((image) => same(image, withoutNewEmptyFields(image ?? {}, now)))
}

/**
 * A picture's shape as now, less the fields an edition built before they existed does not have
 * while they are empty (`digitalSourceType`, `aiLabel`, `contentCredentials`: null for a picture
 * without them): a deploy does not make every published picture look changed.
 */
const withoutNewEmptyFields = (shown: object, now: null | object) =>
  now &&
  Object.fromEntries(Object.entries(now).filter(([key, value]) => key in shown || value !== null))

const LABELS: Record<CitedRecord, string> = { quote: 'quote', source: 'source', media: 'picture' }

const refuseQuery = (
  req: PayloadRequest,
  settings: NewsroomSettings,
  path: string,
  message: string,
): never => {
  throw new ValidationError(
    { collection: settings.slugs.articles, errors: [{ path, message }], req },
    req.t,
  )
}

/** The current editions of these articles, read with the caller's access (editorial staff read editions). */
const currentEditionsOf = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  articles: Id[],
): Promise<StoredEdition[]> => {
  if (!articles.length) {
    return []
  }
  const { docs } = await req.payload.find({
    collection: settings.slugs.editions,
    where: { and: [{ article: { in: articles } }, { current: { equals: true } }] },
    sort: '-datePublished',
    pagination: false,
    limit: 0,
    depth: 0,
    overrideAccess: false,
    req,
  })
  return docs as unknown as StoredEdition[]
}

const idsIn = (values: unknown): Id[] =>
  (Array.isArray(values) ? values : [])
    .map(idOf)
    .filter((id): id is Id => id !== undefined && id !== null)

/** For one record: which of its published stories' current editions show it otherwise than it is now. */
const staleStories = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  kind: CitedRecord,
  record: Row,
): Promise<AwaitingStory[]> => {
  const editions = await currentEditionsOf(req, settings, idsIn(record.publishedIn))
  if (!editions.length) {
    return []
  }
  let shows: (document: EditionDocument) => boolean
  if (kind === 'quote') {
    const speakers = idsIn([record.speaker, record.via])
    const anonymous = speakers.length
      ? (
          await req.payload.find({
            collection: settings.slugs.sources,
            where: { and: [{ id: { in: speakers } }, { kind: { equals: 'anonymous' } }] },
            pagination: false,
            limit: 0,
            depth: 0,
            select: { kind: true } as never,
            overrideAccess: false,
            req,
          })
        ).docs.map((doc) => String((doc as Row).id))
      : []
    shows = (document) => showsQuoteAsNow(document, record, new Set(anonymous))
  } else if (kind === 'source') {
    const { docs: citing } = await req.payload.find({
      collection: settings.slugs.quotes,
      where: {
        and: [
          { or: [{ speaker: { equals: record.id } }, { via: { equals: record.id } }] },
          { publishedIn: { exists: true } },
        ],
      },
      pagination: false,
      limit: 0,
      depth: 0,
      select: { speaker: true, via: true } as never,
      overrideAccess: false,
      req,
    })
    shows = (document) => showsSourceAsNow(document, record, citing)
  } else {
    shows = (document) => showsPictureAsNow(document, record)
  }
  return editions
    .filter((edition) => !shows(edition.document))
    .map((edition) => ({
      id: idOf(edition.article)!,
      title: edition.document.title,
      slug: edition.slug,
      edition: edition.number,
      datePublished: edition.datePublished,
    }))
}

/**
 * `GET /api/articles/awaiting-republish?quote=<id>` (or `source=` / `media=`; exactly one), editorial
 * staff only: the published stories whose current edition shows this record otherwise than it is
 * now. A change to a quote, source or picture reaches readers only when a story is republished; the
 * record's admin page lists these stories and offers editors to republish each.
 */
export const awaitingRepublish = (settings: NewsroomSettings): Endpoint => ({
  path: '/awaiting-republish',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, isEditorialStaff, 'Staff only: log in.')
    if (refused) {
      return refused
    }
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const given = CITED_RECORDS.filter((name) => params.has(name))
    if (given.length !== 1) {
      refuseQuery(
        req,
        settings,
        given.join(', ') || 'quote',
        'Name exactly one record: quote, source or media, with its id.',
      )
    }
    const kind = given[0]
    const value = params.get(kind)
    if (params.getAll(kind).length !== 1 || !isDatabaseId(value, req.payload.db)) {
      refuseQuery(
        req,
        settings,
        kind,
        `Must be the id of a ${LABELS[kind]}: ${describeIds(req.payload.db)}.`,
      )
    }
    const collection = {
      quote: settings.slugs.quotes,
      source: settings.slugs.sources,
      media: settings.slugs.media,
    }[kind]
    const record = (await req.payload.findByID({
      collection,
      id: value!,
      depth: 0,
      overrideAccess: false,
      req,
      disableErrors: true,
    })) as null | Row
    if (!record) {
      return notFound(`No ${LABELS[kind]} has this id.`)
    }
    const stories = await staleStories(req, settings, kind, record)
    return Response.json(
      { stories, total: stories.length },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
})
