/** The corpus benchmark's report: its tables (figures by N, a miss one at a time), the figures recorded for the chart, and the SQL one miss sends. */
import { machineDescription, recordCorpusFigures, surfaceName } from '../chart'
import { type benchOne } from './benchOne'
import { CONNECTIONS, SECONDS } from './load'

/** Prints the corpus benchmark's tables for `results` (one per N) and records its figures (docs/bench/). */
export const reportCorpusBench = (
  results: { n: number; result: Awaited<ReturnType<typeof benchOne>> }[],
  { postgres, missOnly, label }: { postgres: boolean; missOnly: boolean; label: string },
) => {
  const names = results[0].result.rows.map((row) => row.name)
  const header = [
    'req/s (p99 ms)',
    ...results.map(({ n }) => `N = ${n.toLocaleString('en')}`),
    `largest / smallest`,
  ]
  const table = [
    header,
    ...names.map((name, i) => {
      const cells = results.map(({ result }) => result.rows[i])
      const first = cells[0]
      const last = cells.at(-1)!
      return [
        name,
        ...cells.map(
          (cell) => `${cell.rps.toFixed(0)} (${cell.p99})${cell.bad ? ` ${cell.bad} bad` : ''}`,
        ),
        `${(last.rps / first.rps).toFixed(2)}× req/s, ${(last.p99 / Math.max(1, first.p99)).toFixed(2)}× p99`,
      ]
    }),
    ...(missOnly
      ? []
      : [
          [
            'seed on the corpus (s)',
            ...results.map(({ result }) => result.seedSeconds.toFixed(1)),
            '',
          ],
        ]),
    [
      'generating the corpus (s)',
      ...results.map(({ result }) => String(result.generated.seconds)),
      '',
    ],
    [
      '… of which its editions (s)',
      ...results.map(({ result }) => String(result.generated.editionSeconds)),
      '',
    ],
  ]
  const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)))
  console.log('')
  for (const row of table) {
    console.log(`| ${row.map((cell, i) => (cell ?? '').padEnd(widths[i])).join(' | ')} |`)
  }
  // A miss, one at a time: the latency of one, in-process and over HTTP against the bare server.
  const missHeader = [
    'one miss at a time (ms)',
    ...results.map(({ n }) => `N = ${n.toLocaleString('en')}`),
  ]
  const cell = (m: { p50: number; p99: number }) => `${m.p50} / ${m.p99}`
  const missTable = [
    missHeader,
    [
      'servedStory() in-process, p50 / p99',
      ...results.map(({ result }) => cell(result.miss.inProcess)),
    ],
    [
      'SQL statements a miss (statements × misses)',
      ...results.map(({ result }) =>
        Object.entries(result.miss.inProcess.queries.misses)
          .map(([count, misses]) => `${count} × ${misses}`)
          .join(', '),
      ),
    ],
    ['HTTP, the app, p50 / p99', ...results.map(({ result }) => cell(result.miss.http))],
    [
      'HTTP, routing alone (anonymous /api/users/me), p50 / p99',
      ...results.map(({ result }) => cell(result.miss.routing)),
    ],
    [
      'HTTP, bare server, same bytes, p50 / p99',
      ...results.map(({ result }) => cell(result.miss.ceiling)),
    ],
    [
      'app / bare server, p50 / p99',
      ...results.map(
        ({ result: { miss } }) =>
          `${(miss.http.p50 / miss.ceiling.p50).toFixed(1)}× / ${(miss.http.p99 / miss.ceiling.p99).toFixed(1)}×`,
      ),
    ],
  ]
  const missWidths = missHeader.map((_, i) =>
    Math.max(...missTable.map((row) => (row[i] ?? '').length)),
  )
  console.log('')
  for (const row of missTable) {
    console.log(`| ${row.map((c, i) => (c ?? '').padEnd(missWidths[i])).join(' | ')} |`)
  }
  recordCorpusFigures(postgres ? 'postgres' : 'sqlite', {
    date: new Date().toISOString().slice(0, 10),
    machine: machineDescription(),
    seconds: SECONDS,
    connections: CONNECTIONS,
    sizes: results.map(({ n, result }) => ({
      n,
      surfaces: result.rows.map((row) => ({
        name: surfaceName(row.name),
        rps: Math.round(row.rps),
        p50: row.p50,
        p99: row.p99,
        bad: row.bad,
      })),
    })),
  })
  console.log(`\nThe SQL one miss sends (${label}):`)
  for (const { n, result } of results) {
    console.log(`N = ${n.toLocaleString('en')}:`)
    result.miss.inProcess.statements.forEach((statement, i) => {
      console.log(`  ${statement}\n    plan: ${result.miss.inProcess.plans[i]}`)
    })
  }
}
