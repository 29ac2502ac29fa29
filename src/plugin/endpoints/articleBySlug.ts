import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { deliver, deliveryCache, makeEntry, singleFlight } from '../delivery/cache'
import { changedSince, deliveryGeneration } from '../delivery/invalidation/generations'
import { cacheTags } from '../delivery/invalidation/tags'
import { servedStory } from '../editions/served'

export const cacheControlFor = ({ delivery }: NewsroomSettings) =>
  `public, max-age=0, s-maxage=${delivery.sMaxAge}, stale-while-revalidate=${delivery.staleWhileRevalidate}`

/**
 * `GET /api/articles/slug/:slug`: the published story in one document (body, public fields of its
 * quotes and sources, update log, first page of approved comments, comment count), or schema.org
 * JSON-LD with `?format=jsonld` / `Accept: application/ld+json`: its current edition, as it was
 * published (src/plugin/editions/), with today's comments. Serialized once into the process-wide
 * cache, which the express server answers from without entering Next.
 */
export const articleBySlug = (settings: NewsroomSettings): Endpoint => ({
  path: '/slug/:slug',
  method: 'get',
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    // Cached under the path it was asked for, which is what a fast path in front of Payload sees.
    const key = decodeURIComponent(new URL(req.url!).pathname)
    const cache = deliveryCache(settings.delivery.cacheTtlSeconds)
    const tags = [cacheTags.story(slug)]
    const entry =
      cache.get(key) ??
      (await singleFlight(key, tags, async () => {
        const generation = deliveryGeneration()
        // The story's current edition as stored (one indexed read), with its comments as they are now.
        const story = await servedStory(req.payload, settings, slug)
        if (!story) {
          return null
        }
        const built = makeEntry(
          story.document,
          story.jsonld,
          cacheControlFor(settings),
          story.ninjs,
          tags,
          story.document.retraction ? 410 : 200,
        )
        // A write to this story landed while it was read from the data before it: answer, but do not keep it.
        if (!changedSince(generation, tags)) {
          cache.set(key, built)
        }
        return built
      }))
    if (!entry) {
      return Response.json(
        { errors: [{ message: 'No published article has this slug.' }] },
        { status: 404, headers: { 'Cache-Control': 'no-store' } },
      )
    }
    const answer = deliver(entry, {
      format: req.searchParams.get('format'),
      accept: req.headers.get('accept'),
      ifNoneMatch: req.headers.get('if-none-match'),
    })
    return new Response(answer.body ? new Uint8Array(answer.body) : null, {
      status: answer.status,
      headers: answer.headers,
    })
  },
})
