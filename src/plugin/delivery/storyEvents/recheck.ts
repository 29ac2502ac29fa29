/** Keeping listeners current: after a change (or every `refreshMs`) the stories listened to are re-read and what changed is told. */
import { changedSince, deliveryGeneration } from '../invalidation/generations'
import { cacheTags } from '../invalidation/tags'
import { drop, publish, send } from './fanOut'
import { type Channel, hub, type StoryState } from './hub'

const HEARTBEAT_MS = 20_000
/** Writes that land together (a save, then its commit) are looked at once. */
const SETTLE_MS = 25

export const stateOf = (document: Record<string, any>, etag: string): StoryState => ({
  etag,
  dateModified: document.dateModified ?? null,
  logEntryIds: (document.updateLog ?? []).map((entry: { id: string }) => entry.id),
  commentCount: document.commentCount ?? 0,
})

/**
 * Two timers per process, however many streams: the heartbeat, and a re-read of the stories being
 * listened to every `refreshMs` (changes another instance made to the shared database reach this
 * one's streams that way; this instance's own changes go out at once).
 */
export const startTimers = () => {
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
export const applyFresh = (
  channel: Channel,
  fresh: { etag: string; document: Record<string, any> },
) => {
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
  // Every entry this change published, oldest first (a page shows them as "N new updates").
  const entries = channel.state
    ? (fresh.document.updateLog ?? []).filter(
        (candidate: { id: string }) => !seen.has(candidate.id),
      )
    : []
  channel.state = stateOf(fresh.document, fresh.etag)
  publish(channel, 'story', {
    etag: fresh.etag,
    dateModified: channel.state.dateModified,
    logEntry: entries[0] ?? null,
    logEntries: entries,
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
export const scheduleRecheck = (tags?: readonly string[]) => {
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
