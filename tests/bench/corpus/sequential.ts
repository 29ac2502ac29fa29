/** A figure one request at a time: each answer's latency on one kept-alive connection, and how many were not cache misses. */
import http from 'node:http'

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
export type Sequential = { count: number; p50: number; p99: number; notMiss: number; bad: number }

/** One request at a time on one kept-alive connection: each answer's latency, and how many were not misses. */
export const sequential = async (base: string, paths: string[]): Promise<Sequential> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const get = (path: string) =>
    new Promise<{ status: number; cache: string; ms: number }>((resolve, reject) => {
      const started = performance.now()
      http
        .get(`${base}${path}`, { agent }, (res) => {
          res.resume()
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              cache: String(res.headers['x-cache'] ?? ''),
              ms: performance.now() - started,
            }),
          )
        })
        .on('error', reject)
    })
  const times: number[] = []
  let notMiss = 0
  let bad = 0
  for (const path of paths) {
    const { status, cache, ms } = await get(path)
    times.push(ms)
    bad += status === 200 ? 0 : 1
    notMiss += cache === 'HIT' ? 1 : 0
  }
  agent.destroy()
  times.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 100) / 100
  return {
    count: paths.length,
    p50: round(percentile(times, 50)),
    p99: round(percentile(times, 99)),
    notMiss,
    bad,
  }
}
