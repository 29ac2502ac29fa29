import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { type EventClient, subscribe, unsubscribe, useStoryFetcher } from '../delivery/events'
import { storyEtag } from '../delivery/invalidation/storyEtag'
import { servedStory } from '../editions/served'
import { isStorySlug } from '../fields/slugFormat'

/**
 * `GET /api/articles/slug/:slug/events` through Payload, for a host without a server in front (this
 * app's server answers it before Payload; see the fast path). A Web stream per reader, fed by the
 * same hub: dropped when the reader does not keep up, resumed with Last-Event-ID.
 */
export const storyEvents = (settings: NewsroomSettings): Endpoint => ({
  path: '/slug/:slug/events',
  method: 'get',
  handler: async (req) => {
    const slug = req.routeParams?.slug
    // Only a slug a story can have (not `..%2F..`, `me?`): it names the channel and the path the story is read at.
    if (!isStorySlug(slug)) {
      return Response.json(
        { errors: [{ message: 'No published article has this slug.' }] },
        { status: 404, headers: { 'Cache-Control': 'no-store' } },
      )
    }
    const story = {
      slug,
      path: `${req.payload.config.routes.api}/${settings.slugs.articles}/slug/${slug}`,
    }
    useStoryFetcher(
      async (path) => {
        const story = await servedStory(
          req.payload,
          settings,
          path.slice(path.lastIndexOf('/') + 1),
        )
        return story
          ? { etag: storyEtag(story.document), document: story.document as Record<string, any> }
          : null
      },
      {
        refreshMs: settings.delivery.cacheTtlSeconds * 1000,
        resumeMs: settings.delivery.eventResumeSeconds * 1000,
      },
    )
    const encoder = new TextEncoder()
    let client: EventClient | undefined
    let gone = false
    const stream = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          client = {
            address: settings.clientIp(req) ?? 'unknown',
            write: (chunk) => {
              if ((controller.desiredSize ?? 0) <= 0) {
                return false
              }
              controller.enqueue(encoder.encode(chunk))
              return true
            },
            close: () => {
              try {
                controller.close()
              } catch {
                /* already closed */
              }
            },
          }
        },
        cancel() {
          gone = true
          if (client) {
            unsubscribe(slug, client)
          }
        },
      },
      new CountQueuingStrategy({ highWaterMark: 64 }),
    )
    const result = await subscribe(story, client!, {
      lastEventId: req.headers.get('last-event-id'),
      maxPerAddress: settings.delivery.eventStreamsPerClient,
      start: () => {},
      gone: () => gone || Boolean(req.signal?.aborted),
    })
    if (result.status !== 200) {
      return Response.json(
        { errors: [{ message: result.message }] },
        { status: result.status, headers: { 'Cache-Control': 'no-store' } },
      )
    }
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        'X-Accel-Buffering': 'no',
      },
    })
  },
})
