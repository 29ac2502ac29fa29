/** The event streams' shared state: each story's channel of listeners, one hub per process on globalThis. */

/** Anything a stream can be written to: a Node response, a Web stream's controller. */
export type EventClient = { address: string; write: (chunk: string) => boolean; close: () => void }

export type StoryState = {
  etag: string
  dateModified: null | string
  logEntryIds: string[]
  commentCount: number
}
export type StoryEvent = { id: number; name: string; data: string }
/** The story as readers get it now (its JSON document and that document's ETag), or null when they cannot. */
export type StoryFetcher = (
  storyPath: string,
) => Promise<{ etag: string; document: Record<string, any> } | null>

/**
 * A story's listeners, keyed by its slug. Once its last listener leaves it is kept `resumeMs` for
 * clients that reconnect, then dropped. `seq` starts from the clock, so event ids keep rising across
 * a channel's lives: a client resuming with an id from an earlier one is sent the current state.
 */
export type Channel = {
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
export const hub = (): Hub =>
  ((globalThis as unknown as Record<symbol, Hub>)[HUB] ??= {
    channels: new Map(),
    perAddress: new Map(),
    refreshMs: 5000,
    resumeMs: 60_000,
  })
