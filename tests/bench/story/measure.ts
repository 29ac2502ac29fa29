/** One run of the story benchmark: autocannon against a URL after a warm-up, its req/s, latency, errors, unexpected statuses and the server's memory. */
import autocannon from 'autocannon'

import { rssMb } from '../../helpers/productionServer'

export const DURATION = Number(process.env.BENCH_SECONDS || 10)
export const WARMUP = 3
export const CONNECTIONS = 50

export type Row = {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  rssMb: number
}

export const run = async (
  name: string,
  pid: number,
  options: autocannon.Options,
  expected: number[] = [200],
): Promise<Row> => {
  await autocannon({ ...options, connections: CONNECTIONS, duration: WARMUP })
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: DURATION })
  const statusCounts =
    (result as unknown as { statusCodeStats?: Record<string, { count: number }> })
      .statusCodeStats ?? {}
  const unexpected = Object.entries(statusCounts)
    .filter(([code]) => !expected.includes(Number(code)))
    .reduce((sum, [, { count }]) => sum + count, 0)
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: unexpected,
    rssMb: rssMb(pid),
  }
}
