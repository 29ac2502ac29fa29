/**
 * Counts events per client (a hashed address, see clientIp.ts) within a sliding window, in this
 * process's memory: at most `max` in any `windowMs`. Bounded: past `maxClients` the least recently
 * seen client is forgotten first.
 */
export type ClientThrottle = {
  /** Seconds until `key` may try again, or undefined when it is under the limit. */
  retryAfterSeconds: (key: string) => number | undefined
  record: (key: string) => void
}

export const clientThrottle = ({
  max,
  windowMs,
  maxClients = 50_000,
}: {
  max: number
  windowMs: number
  maxClients?: number
}): ClientThrottle => {
  const events = new Map<string, number[]>()
  const recent = (key: string, now: number) =>
    (events.get(key) ?? []).filter((at) => at > now - windowMs)
  return {
    retryAfterSeconds: (key) => {
      if (max <= 0) {
        return undefined
      }
      const now = Date.now()
      const times = recent(key, now)
      if (times.length < max) {
        return undefined
      }
      return Math.max(1, Math.ceil((times[times.length - max] + windowMs - now) / 1000))
    },
    record: (key) => {
      const now = Date.now()
      const times = [...recent(key, now), now].slice(-Math.max(max, 1))
      events.delete(key)
      events.set(key, times)
      if (events.size > maxClients) {
        events.delete(events.keys().next().value!)
      }
    },
  }
}
