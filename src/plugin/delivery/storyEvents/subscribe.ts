/** Opening and closing a client's stream on a story: the limits per client, the `ready` event and what it missed. */
import { isStorySlug } from '../../fields/slugFormat'
import { clientKey } from '../../submissions/clientIp'
import { drop, format, release, send } from './fanOut'
import { type EventClient, hub, type StoryFetcher } from './hub'
import { applyFresh, startTimers } from './recheck'

export type SubscribeResult = { status: 200 } | { status: 404 | 429; message: string }

/** The story a stream follows: its slug (the channel's key) and the path its fetcher reads it at. */
export type StoryRef = { slug: string; path: string }

/**
 * Opens a story's stream for a client: 404 when readers cannot see the story, 429 past
 * `maxPerAddress` streams from one client (an IPv6 client counts by its /64). Sends `ready` with the
 * current ETag, then whatever the client missed since `lastEventId` (or, if that is older than what
 * is kept, the current state). `gone`: the client left while the story was read (its stream is not kept).
 */
export const subscribe = async (
  story: StoryRef,
  client: EventClient,
  {
    lastEventId,
    maxPerAddress,
    start,
    gone = () => false,
  }: {
    lastEventId?: null | string
    maxPerAddress: number
    start: () => void
    gone?: () => boolean
  },
): Promise<SubscribeResult> => {
  const state = hub()
  if (!state.fetcher) {
    return { status: 404, message: 'Events are not available here.' }
  }
  if (!isStorySlug(story.slug)) {
    return { status: 404, message: 'No published article has this slug.' }
  }
  const key = clientKey(client.address)
  if ((state.perAddress.get(key) ?? 0) >= maxPerAddress) {
    return {
      status: 429,
      message: `At most ${maxPerAddress} open event streams per client. Close one and try again.`,
    }
  }
  // The slot is taken before the story is read, so streams opened side by side count each other.
  state.perAddress.set(key, (state.perAddress.get(key) ?? 0) + 1)
  let fresh: Awaited<ReturnType<StoryFetcher>>
  try {
    fresh = await state.fetcher(story.path)
  } catch (error) {
    release(key)
    throw error
  }
  if (!fresh || gone()) {
    release(key)
    return { status: 404, message: 'No published article has this slug.' }
  }
  let channel = state.channels.get(story.slug)
  if (!channel) {
    state.channels.set(
      story.slug,
      (channel = {
        slug: story.slug,
        path: story.path,
        clients: new Set(),
        events: [],
        seq: Date.now(),
        seen: false,
      }),
    )
  }
  // Nobody listened for a while: what changed meanwhile becomes an event, so a client resuming gets it.
  applyFresh(channel, fresh)
  channel.clients.add(client)
  channel.emptySince = undefined
  startTimers()
  start()
  client.write(
    `retry: 3000\nid: ${channel.seq}\nevent: ready\ndata: ${JSON.stringify({ etag: channel.state!.etag })}\n\n`,
  )
  const last = lastEventId == null || lastEventId === '' ? undefined : Number(lastEventId)
  if (last !== undefined && Number.isFinite(last) && last < channel.seq) {
    const missed = channel.events.filter((event) => event.id > last)
    if (missed.length && missed[0].id === last + 1) {
      for (const event of missed) {
        send(channel, client, format(event))
      }
    } else {
      const current = channel.state!
      send(
        channel,
        client,
        format({
          id: channel.seq,
          name: 'story',
          data: JSON.stringify({
            etag: current.etag,
            dateModified: current.dateModified,
            logEntry: null,
            commentCount: current.commentCount,
          }),
        }),
      )
    }
  }
  return { status: 200 }
}

/** The client went away. */
export const unsubscribe = (slug: string, client: EventClient) => {
  const channel = hub().channels.get(slug)
  if (channel) {
    drop(channel, client)
  }
}
