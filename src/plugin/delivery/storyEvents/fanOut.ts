/** Writing to a story's listeners: events sent to every stream, slow clients dropped, empty channels swept. */
import { clientKey } from '../../submissions/clientIp'
import { type Channel, type EventClient, hub, type StoryEvent } from './hub'

/** How many events a story keeps for clients that reconnect. */
const REPLAY = 100

export const format = ({ id, name, data }: StoryEvent) =>
  `id: ${id}\nevent: ${name}\ndata: ${data}\n\n`

export const send = (channel: Channel, client: EventClient, chunk: string) => {
  // A client whose buffer is full is dropped rather than buffered without bound; it resumes with Last-Event-ID.
  if (!client.write(chunk)) {
    drop(channel, client)
  }
}

export const release = (key: string) => {
  const left = (hub().perAddress.get(key) ?? 1) - 1
  if (left > 0) {
    hub().perAddress.set(key, left)
  } else {
    hub().perAddress.delete(key)
  }
}

export const drop = (channel: Channel, client: EventClient) => {
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

export const publish = (channel: Channel, name: string, data: unknown) => {
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
