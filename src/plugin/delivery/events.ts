/**
 * Server-Sent Events for a published story: `GET …/slug/:slug/events`. Readers (and frontends) hold a
 * stream per story; whenever what readers see of the story changes, every stream gets an `event:
 * story` within a moment of the commit, with the new ETag, `dateModified`, the new log entry if any
 * and the approved comment count. The facts come from the public story document itself, so a draft
 * or an editor's bookkeeping, which changes nothing readers see, sends nothing.
 *
 * Cheap per stream: no timer or database poll per client (one heartbeat timer writes to all), the
 * streams of a story share one rebuild of the story per change, and a client that cannot keep up
 * (its socket buffer full) is dropped, to resume with `Last-Event-ID`.
 */
import { isStorySlug } from '../fields/slugFormat'
import { clientKey } from '../submissions/clientIp'
import { changedSince, deliveryGeneration } from './invalidation/generations'
import { onDeliveryInvalidated } from './invalidation/invalidateDelivery'
import { cacheTags } from './invalidation/tags'

/** Anything a stream can be written to: a Node response, a Web stream's controller. */
export type EventClient = { address: string; write: (chunk: string) => boolean; close: () => void }

type StoryState = {
  etag: string
  dateModified: null | string
  logEntryIds: string[]
  commentCount: number
}
type StoryEvent = { id: number; name: string; data: string }
/** The story as readers get it now (its JSON document and that document's ETag), or null when they cannot. */
export type StoryFetcher = (
  storyPath: string,
) => Promise<{ etag: string; document: Record<string, any> } | null>

/**
 * A story's listeners, keyed by its slug. Once its last listener leaves it is kept `resumeMs` for
 * clients that reconnect, then dropped. `seq` starts from the clock, so event ids keep rising across
 * a channel's lives: a client resuming with an id from an earlier one is sent the current state.
 */
type Channel = {
  slug: string
  path: string
  clients: Set<EventClient>
  state?: StoryState
  events: StoryEvent[]
  seq: number
  seen: boolean
  emptySince?: number
}
type Hub = {
  channels: Map<string, Channel>
  /** Open (or opening) streams per client: an IPv4 address, an IPv6 client's /64 (as flood control counts). */
  perAddress: Map<string, number>
  heartbeat?: ReturnType<typeof setInterval>
  refresh?: ReturnType<typeof setInterval>
  recheck?: ReturnType<typeof setTimeout>
  sweep?: ReturnType<typeof setTimeout>
  /** The cache tags changed since the last recheck ('all': every story). */
  changed?: 'all' | Set<string>
  fetcher?: StoryFetcher
  refreshMs: number
  resumeMs: number
  unsubscribe?: () => void
}

const HUB = Symbol.for('newsroom.storyEvents')
/** One hub per process, on globalThis: the hooks inside Next's bundle and the server in front share it. */
const hub = (): Hub =>
  ((globalThis as unknown as Record<symbol, Hub>)[HUB] ??= {
    channels: new Map(),
    perAddress: new Map(),
    refreshMs: 5000,
    resumeMs: 60_000,
  })

/** How many events a story keeps for clients that reconnect. */
const REPLAY = 100
const HEARTBEAT_MS = 20_000
/** Writes that land together (a save, then its commit) are looked at once. */
const SETTLE_MS = 25

export const EVENTS_SUFFIX = '/events'

const format = ({ id, name, data }: StoryEvent) => `id: ${id}\nevent: ${name}\ndata: ${data}\n\n`

const stateOf = (document: Record<string, any>, etag: string): StoryState => ({
  etag,
  dateModified: document.dateModified ?? null,
  logEntryIds: (document.updateLog ?? []).map((entry: { id: string }) => entry.id),
  commentCount: document.commentCount ?? 0,
})

const send = (channel: Channel, client: EventClient, chunk: string) => {
  // A client whose buffer is full is dropped rather than buffered without bound; it resumes with Last-Event-ID.
  if (!client.write(chunk)) {
    drop(channel, client)
  }
}

const release = (key: string) => {
  const left = (hub().perAddress.get(key) ?? 1) - 1
  if (left > 0) {
    hub().perAddress.set(key, left)
  } else {
    hub().perAddress.delete(key)
  }
}

const drop = (channel: Channel, client: EventClient) => {
  if (!channel.clients.delete(client)) {
    return
  }
  release(clientKey(client.address))
  if (!channel.clients.size) {
    channel.emptySince = Date.now()
    scheduleSweep()
  }
  client.close()
  stopHeartbeatIfIdle()
}

/** Drops the channels nobody has listened to for `resumeMs`; runs only while some channel is empty. */
const scheduleSweep = () => {
  const state = hub()
  if (state.sweep) {
    return
  }
  state.sweep = setTimeout(() => {
    state.sweep = undefined
    const now = Date.now()
    let waiting = false
    for (const [slug, channel] of state.channels) {
      if (channel.emptySince === undefined) {
        continue
      }
      if (now - channel.emptySince >= state.resumeMs) {
        state.channels.delete(slug)
      } else {
        waiting = true
      }
    }
    if (waiting) {
      scheduleSweep()
    }
  }, state.resumeMs)
  state.sweep.unref?.()
}

const stopHeartbeatIfIdle = () => {
  const state = hub()
  if (state.heartbeat && ![...state.channels.values()].some((channel) => channel.clients.size)) {
    clearInterval(state.heartbeat)
    clearInterval(state.refresh)
    state.heartbeat = state.refresh = undefined
  }
}

/**
 * Two timers per process, however many streams: the heartbeat, and a re-read of the stories being
 * listened to every `refreshMs` (changes another instance made to the shared database reach this
 * one's streams that way; this instance's own changes go out at once).
 */
const startTimers = () => {
  const state = hub()
  state.heartbeat ??= setInterval(() => {
    for (const channel of state.channels.values()) {
      for (const client of [...channel.clients]) {
        send(channel, client, ': heartbeat\n\n')
      }
    }
  }, HEARTBEAT_MS)
  state.heartbeat.unref?.()
  state.refresh ??= setInterval(() => scheduleRecheck(), state.refreshMs)
  state.refresh.unref?.()
}

/** Brings a story's channel up to what readers get now, telling its listeners if that changed. */
const applyFresh = (channel: Channel, fresh: { etag: string; document: Record<string, any> }) => {
  if (channel.state && fresh.etag === channel.state.etag) {
    return
  }
  // First sight of the story: nothing to tell, unless it was followed before (it came back).
  if (!channel.state && !channel.seen) {
    channel.seen = true
    channel.state = stateOf(fresh.document, fresh.etag)
    return
  }
  const seen = new Set(channel.state?.logEntryIds ?? [])
  const entry = channel.state
    ? ((fresh.document.updateLog ?? []).find(
        (candidate: { id: string }) => !seen.has(candidate.id),
      ) ?? null)
    : null
  channel.state = stateOf(fresh.document, fresh.etag)
  publish(channel, 'story', {
    etag: fresh.etag,
    dateModified: channel.state.dateModified,
    logEntry: entry,
    commentCount: channel.state.commentCount,
  })
}

/** After a change readers may see: rebuild each story it touched that has listeners, and tell them what changed. */
const recheckStories = async () => {
  const state = hub()
  if (!state.fetcher) {
    return
  }
  const changed = state.changed ?? 'all'
  state.changed = undefined
  const generation = deliveryGeneration()
  const rechecked: string[] = []
  for (const [slug, channel] of [...state.channels]) {
    if (!channel.clients.size || !channel.state) {
      continue
    }
    if (changed !== 'all' && !changed.has(cacheTags.story(slug))) {
      continue
    }
    rechecked.push(cacheTags.story(slug))
    const fresh = await state.fetcher(channel.path).catch(() => undefined)
    if (fresh === undefined) {
      continue
    }
    if (fresh === null) {
      publish(channel, 'story', { published: false })
      for (const client of [...channel.clients]) {
        drop(channel, client)
      }
      channel.state = undefined
      continue
    }
    applyFresh(channel, fresh)
  }
  // A write to one of them landed while they were rebuilt: they may have been built from the data before it.
  if (changedSince(generation, rechecked)) {
    scheduleRecheck(changed === 'all' ? undefined : [...changed])
  }
}

/** `tags`: what changed (undefined: anything, as the periodic re-read assumes). */
const scheduleRecheck = (tags?: readonly string[]) => {
  const state = hub()
  if (!tags) {
    state.changed = 'all'
  } else if (state.changed !== 'all') {
    const merged: Set<string> = state.changed ?? new Set()
    for (const tag of tags) {
      merged.add(tag)
    }
    state.changed = merged
  }
  if (state.recheck) {
    clearTimeout(state.recheck)
  }
  state.recheck = setTimeout(() => {
    state.recheck = undefined
    void recheckStories()
  }, SETTLE_MS)
  state.recheck.unref?.()
}

const publish = (channel: Channel, name: string, data: unknown) => {
  const event = { id: ++channel.seq, name, data: JSON.stringify(data) }
  channel.events.push(event)
  if (channel.events.length > REPLAY) {
    channel.events.shift()
  }
  const chunk = format(event)
  for (const client of [...channel.clients]) {
    send(channel, client, chunk)
  }
}

/**
 * The hub learns how to read a story (once per process) and starts listening for changes.
 * `refreshMs`: how often open stories are re-read anyway (the delivery cache's TTL is a good value).
 */
export const useStoryFetcher = (
  fetcher: StoryFetcher,
  { refreshMs = 5000, resumeMs = 60_000 }: { refreshMs?: number; resumeMs?: number } = {},
) => {
  const state = hub()
  if (!state.fetcher) {
    state.refreshMs = refreshMs
    state.resumeMs = resumeMs
  }
  state.fetcher ??= fetcher
  state.unsubscribe ??= onDeliveryInvalidated(scheduleRecheck)
}

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

/** Open streams in this process, for the benchmark and operators. */
export const openStreams = () =>
  [...hub().channels.values()].reduce((sum, channel) => sum + channel.clients.size, 0)

/** Stories with a channel in this process: those listened to, and for `resumeMs` those just left. */
export const openChannels = () => hub().channels.size

/**
 * The story an events path (`<storiesPath>/slug/<slug>/events`, as the client sent it, not decoded)
 * listens to, or undefined for any other path, and for a slug no story can have.
 */
export const storyOfEventsPath = (rawPath: string, storiesPath: string): StoryRef | undefined => {
  const prefix = `${storiesPath}/slug/`
  if (!rawPath.startsWith(prefix) || !rawPath.endsWith(EVENTS_SUFFIX)) {
    return undefined
  }
  const slug = rawPath.slice(prefix.length, -EVENTS_SUFFIX.length)
  return isStorySlug(slug) ? { slug, path: `${storiesPath}/slug/${slug}` } : undefined
}

export { stateOf as storyStateOf }
