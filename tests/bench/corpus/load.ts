/** A figure under load: autocannon's req/s and latency for one request shape, after a warm-up, with every unexpected answer counted. */
import autocannon from 'autocannon'

export const SECONDS = Number(process.env.BENCH_SECONDS || 5)
export const CONNECTIONS = 20

export type Measure = { name: string; rps: number; p50: number; p99: number; bad: number }

export const measure = async (
  name: string,
  options: autocannon.Options,
  ok: number[] = [200],
): Promise<Measure> => {
  await autocannon({ ...options, connections: CONNECTIONS, duration: 2 })
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: SECONDS })
  const stats =
    (result as unknown as { statusCodeStats?: Record<string, { count: number }> })
      .statusCodeStats ?? {}
  const bad =
    Object.entries(stats).reduce(
      (sum, [code, { count }]) => sum + (ok.includes(Number(code)) ? 0 : count),
      0,
    ) +
    result.errors +
    result.timeouts
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad,
  }
}
