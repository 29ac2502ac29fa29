import type { Endpoint, PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../options'
import type { StoredEdition } from './editions'

import { systemAccess } from '../access/systemAccess'
import { cacheControlFor } from '../endpoints/articleBySlug'
import { isStorySlug } from '../fields/slugFormat'
import { changesBetween } from './changes'
import { currentEdition } from './editions'

const answer = (settings: NewsroomSettings, body: unknown, status = 200) =>
  Response.json(body, {
    status,
    headers: { 'Cache-Control': status === 200 ? cacheControlFor(settings) : 'no-store' },
  })
const refusal = (settings: NewsroomSettings, status: 404 | 410, message: string) =>
  answer(settings, { errors: [{ message }] }, status)

const NO_STORY = 'No published article has this slug.'

/** The edition number in the path: a whole number from 1, or nothing. */
const editionNumber = (value: unknown): null | number =>
  typeof value === 'string' && /^[1-9]\d{0,6}$/.test(value) ? Number(value) : null

/**
 * A published story's editions, oldest first, read as the system (the collection is staff-only);
 * only while the story is published: an unpublished or taken-down story has none to show.
 */
const editionsOfPublishedStory = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  slug: unknown,
): Promise<{ current: StoredEdition; all: StoredEdition[] } | null> => {
  if (!isStorySlug(slug)) {
    return null
  }
  const current = await currentEdition(req.payload, settings, slug)
  if (!current) {
    return null
  }
  const { docs } = await req.payload.find({
    collection: settings.slugs.editions,
    where: { article: { equals: current.article } },
    sort: 'number',
    pagination: false,
    limit: 0,
    depth: 0,
    ...systemAccess(req),
  })
  return { current, all: docs as unknown as StoredEdition[] }
}

const summary = (
  settings: NewsroomSettings,
  slug: string,
  edition: StoredEdition,
  previous: StoredEdition | undefined,
  api: string,
) => {
  const earlier = new Set((previous?.document.updateLog ?? []).map((entry) => entry.id))
  return {
    number: edition.number,
    datePublished: edition.datePublished,
    dateModified: edition.document.dateModified,
    reason: edition.reason,
    current: edition.current,
    // An earlier edition no longer served says why (a retraction, a source's safety), never what it said.
    withheld: edition.withheld ?? null,
    logEntries: edition.document.updateLog.filter((entry) => !earlier.has(entry.id)),
    url: edition.withheld
      ? null
      : `${api}/${settings.slugs.articles}/slug/${slug}/editions/${edition.number}`,
  }
}

/**
 * `GET /api/articles/slug/:slug/editions`: every edition of a published story, oldest first: its
 * number, when it was published, why (first publish, correction, republish…), the log entries it
 * added, and where to read it. 404 while the story is not published.
 */
export const listEditions = (settings: NewsroomSettings): Endpoint => ({
  path: '/slug/:slug/editions',
  method: 'get',
  handler: async (req) => {
    const found = await editionsOfPublishedStory(req, settings, req.routeParams?.slug)
    if (!found) {
      return refusal(settings, 404, NO_STORY)
    }
    const slug = String(req.routeParams!.slug)
    const api = req.payload.config.routes.api
    return answer(settings, {
      slug,
      current: found.current.number,
      editions: found.all.map((edition, index) =>
        summary(settings, slug, edition, found.all[index - 1], api),
      ),
    })
  },
})

/**
 * `GET /api/articles/slug/:slug/editions/:n`: edition n as it was published (the story's JSON then,
 * without comments), with `changes`: the words removed and added since edition n − 1. 410 for an
 * edition withheld since (a retraction, a source made anonymous); 404 for one that does not exist.
 */
export const readEdition = (settings: NewsroomSettings): Endpoint => ({
  path: '/slug/:slug/editions/:number',
  method: 'get',
  handler: async (req) => {
    const number = editionNumber(req.routeParams?.number)
    const found =
      number === null ? null : await editionsOfPublishedStory(req, settings, req.routeParams?.slug)
    const index = found ? found.all.findIndex((edition) => edition.number === number) : -1
    if (!found || index === -1) {
      return refusal(settings, 404, found ? `This story has no edition ${number}.` : NO_STORY)
    }
    const edition = found.all[index]
    if (edition.withheld) {
      return refusal(settings, 410, `Edition ${number} is no longer served: ${edition.withheld}`)
    }
    const previous = found.all[index - 1]
    const changes = previous && !previous.withheld ? changesBetween(previous, edition) : null
    return answer(settings, {
      edition: number,
      datePublished: edition.datePublished,
      reason: edition.reason,
      document: edition.document,
      changes,
    })
  },
})
