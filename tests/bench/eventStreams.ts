/**
 * The event-stream rows of `npm run bench`: N open `text/event-stream` connections (each its own
 * socket and client address), one update, and the time until every stream has it; plus the server's
 * memory per open stream. Measured on the app and on the bare server (tests/bench/ceiling.ts), which
 * writes the same event bytes to the same number of sockets and nothing else.
 */
import http from 'node:http'

import { rssMb } from '../helpers/productionServer'

export type FanOut = {
  streams: number
  openSeconds: number
  mbPerThousand: number
  p50: number
  p99: number
  max: number
  missed: number
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN

/** Opens `count` streams at `url`, `parallel` at a time; resolves once each has had its first event. */
const openStreams = async (url: string, count: number, parallel = 250) => {
  const sockets: http.ClientRequest[] = []
  const arrivals: (number | undefined)[] = new Array(count)
  let armed = false
  const open = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const request = http.get(
        url,
        {
          agent: false,
          headers: {
            accept: 'text/event-stream',
            'x-forwarded-for': `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
          },
        },
        (response) => {
          if (response.statusCode !== 200) {
            return reject(new Error(`stream ${index}: ${response.statusCode}`))
          }
          response.setEncoding('utf8')
          let opened = false
          response.on('data', (chunk: string) => {
            if (!opened) {
              opened = true
              resolve()
            }
            if (armed && arrivals[index] === undefined && chunk.includes('event: story')) {
              arrivals[index] = performance.now()
            }
          })
        },
      )
      request.on('error', reject)
      sockets.push(request)
    })
  for (let start = 0; start < count; start += parallel) {
    await Promise.all(
      Array.from({ length: Math.min(parallel, count - start) }, (_, i) => open(start + i)),
    )
  }
  return {
    arm: () => (armed = true),
    arrivals,
    close: () => {
      for (const socket of sockets) {
        socket.destroy()
      }
    },
  }
}

/**
 * Opens the streams, reads the server's RSS, runs `update` (which resolves when the change is
 * committed: the app's PATCH answered, the bare server's trigger answered) and waits for every stream.
 */
export const measureFanOut = async ({
  url,
  count,
  pid,
  update,
}: {
  url: string
  count: number
  pid: number
  update: () => Promise<void>
}): Promise<FanOut> => {
  global.gc?.()
  const before = rssMb(pid)
  const opening = performance.now()
  const streams = await openStreams(url, count)
  const openSeconds = (performance.now() - opening) / 1000
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const after = rssMb(pid)
  streams.arm()
  await update()
  const committed = performance.now()
  const deadline = committed + 15_000
  while (
    streams.arrivals.filter((time) => time !== undefined).length < count &&
    performance.now() < deadline
  ) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  const latencies = streams.arrivals
    .filter((time): time is number => time !== undefined)
    .map((time) => Math.max(0, time - committed))
    .sort((a, b) => a - b)
  streams.close()
  return {
    streams: count,
    openSeconds,
    mbPerThousand: ((after - before) / count) * 1000,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? NaN,
    missed: count - latencies.length,
  }
}
