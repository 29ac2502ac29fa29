import type { Endpoint, PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../options'
import type { StoredEdition } from './read'

import { systemAccess } from '../access/systemAccess'
import { deliver, deliveryCache, makeJsonEntry, singleFlight } from '../delivery/cache'
import { changedSince, deliveryGeneration } from '../delivery/invalidation/generations'
import { cacheTags } from '../delivery/invalidation/tags'
import { cacheControlFor } from '../endpoints/articleBySlug'
import { isStorySlug } from '../fields/slugFormat'
import { changesBetween } from './changes'
import { currentEdition } from './read'

const refusal = (status: 404 | 410, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/** What an editions endpoint answers: a JSON body to keep, or a refusal (not kept). */
type Built = { body: unknown } | { refusal: Response }

/**
 * Answers from the delivery cache like the story itself: kept under the path asked for and the
 * story's tag, so the publishes and safety changes that make editions drop it, and the server in
 * front of Payload answers it from memory (delivery/fastPath.ts).
 */
const cachedAnswer = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  build: () => Promise<Built>,
): Promise<Response> => {
  const key = decodeURIComponent(new URL(req.url!).pathname)
  const slug = String(req.routeParams?.slug ?? '')
  const cache = deliveryCache(settings.delivery.cacheTtlSeconds)
  const tags = [cacheTags.story(slug)]
  let refused: Response | undefined
  const entry =
    cache.get(key) ??
    (await singleFlight(key, tags, async () => {
      const generation = deliveryGeneration()
      const built = await build()
      if ('refusal' in built) {
        refused = built.refusal
        return null
      }
      const made = makeJsonEntry(built.body, cacheControlFor(settings), tags)
      if (!changedSince(generation, tags)) {
        cache.set(key, made)
      }
      return made
    }))
  if (!entry) {
    // A request that shared another's refused build answers as that one did.
    return (
      refused ??
      (await build().then((built) => ('refusal' in built ? built.refusal : refusal(404, NO_STORY))))
    )
  }
  const answer = deliver(entry, { ifNoneMatch: req.headers.get('if-none-match') })
  return new Response(answer.body ? new Uint8Array(answer.body) : null, {
    status: answer.status,
    headers: answer.headers,
  })
}

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
    // Not the stored JSON-LD, ninjs or comments: neither answer shows them.
    select: {
      number: true,
      current: true,
      reason: true,
      withheld: true,
      datePublished: true,
      document: true,
    },
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
  handler: (req) =>
    cachedAnswer(req, settings, async () => {
      const found = await editionsOfPublishedStory(req, settings, req.routeParams?.slug)
      if (!found) {
        return { refusal: refusal(404, NO_STORY) }
      }
      const slug = String(req.routeParams!.slug)
      const api = req.payload.config.routes.api
      return {
        body: {
          slug,
          current: found.current.number,
          editions: found.all.map((edition, index) =>
            summary(settings, slug, edition, found.all[index - 1], api),
          ),
        },
      }
    }),
})

/**
 * `GET /api/articles/slug/:slug/editions/:n`: edition n as it was published (the story's JSON then,
 * without comments), with `changes`: the words removed and added since edition n − 1. 410 for an
 * edition withheld since (a retraction, a source made anonymous); 404 for one that does not exist.
 */
export const readEdition = (settings: NewsroomSettings): Endpoint => ({
  path: '/slug/:slug/editions/:number',
  method: 'get',
  handler: (req) =>
    cachedAnswer(req, settings, async () => {
      const number = editionNumber(req.routeParams?.number)
      const found =
        number === null
          ? null
          : await editionsOfPublishedStory(req, settings, req.routeParams?.slug)
      const index = found ? found.all.findIndex((edition) => edition.number === number) : -1
      if (!found || index === -1) {
        return {
          refusal: refusal(404, found ? `This story has no edition ${number}.` : NO_STORY),
        }
      }
      const edition = found.all[index]
      if (edition.withheld) {
        return {
          refusal: refusal(410, `Edition ${number} is no longer served: ${edition.withheld}`),
        }
      }
      const previous = found.all[index - 1]
      const changes = previous && !previous.withheld ? changesBetween(previous, edition) : null
      return {
        body: {
          edition: number,
          datePublished: edition.datePublished,
          reason: edition.reason,
          document: edition.document,
          changes,
        },
      }
    }),
})
