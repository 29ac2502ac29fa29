/** The story benchmark's report: its tables (runs, event streams, readers' lists) and the ratios against the ceilings and their targets. */
import { type WriteFigures } from '../editorsAtWork'
import { type FanOut } from '../eventStreams'
import { CONNECTIONS, DURATION, type Row, WARMUP } from './measure'

/** What the story benchmark measured, as `reportStoryBench` prints it. */
export type StoryFigures = {
  rows: Row[]
  listRows: [Row, Row, number][]
  fanOuts: [string, FanOut][]
  editorsAtWork: { autosaves: WriteFigures; publishes: WriteFigures } | undefined
  quotesBytes: number
  storyBytes: Buffer
  pageBytes: Buffer
  seedSeconds: number
  coldStartSeconds: number
  /** Open event streams per fan-out run (BENCH_STREAMS). */
  streams: number
}

/** Prints the story benchmark's tables and ratios. */
export const reportStoryBench = ({
  rows,
  listRows,
  fanOuts,
  editorsAtWork,
  quotesBytes,
  storyBytes,
  pageBytes,
  seedSeconds,
  coldStartSeconds,
  streams: STREAMS,
}: StoryFigures) => {
  const [ceilingRow, payloadRow, deliveryRow, , , pageCeilingRow, pageRow] = rows as [
    Row,
    Row,
    Row,
    Row,
    Row,
    Row,
    Row,
  ]
  console.log(
    `\nSeed (fresh database, migrate + seed, process start to exit): ${seedSeconds.toFixed(1)} s`,
  )
  console.log(
    `Cold start (process start → first 200 on /api/articles): ${coldStartSeconds.toFixed(1)} s`,
  )
  console.log(
    `autocannon: ${CONNECTIONS} connections, ${WARMUP} s warm-up, ${DURATION} s measured, story ${storyBytes.length} bytes\n`,
  )
  const header = [
    'run',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'unexpected status',
    'server RSS MB',
  ]
  const table = [
    header,
    ...rows.map((r) => [
      r.name,
      r.rps.toFixed(0),
      String(r.p50),
      String(r.p99),
      String(r.errors),
      String(r.non2xx),
      r.rssMb.toFixed(0),
    ]),
  ]
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)))
  for (const row of table) {
    console.log(`| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`)
  }
  const ratio = (a: number, b: number) => (a / b).toFixed(2)
  console.log(`\n3/1 req/s: ${ratio(deliveryRow.rps, ceilingRow.rps)} (target ≥ 0.80)`)
  console.log(`3/2 req/s: ${ratio(deliveryRow.rps, payloadRow.rps)} (target ≥ 10)`)
  console.log(`3/1 p99:   ${ratio(deliveryRow.p99, ceilingRow.p99)} (target ≤ 1.5)`)
  console.log(
    `7/6 req/s: ${ratio(pageRow.rps, pageCeilingRow.rps)} (target ≥ 0.80; page ${pageBytes.length} bytes)`,
  )
  console.log(`7/6 p99:   ${ratio(pageRow.p99, pageCeilingRow.p99)} (target ≤ 1.5)`)
  console.log(
    `10: the seeded story's quotes, ${quotesBytes} bytes (each quote's story populated as title, slug and dates)`,
  )
  const alone = rows.find((row) => row.name.startsWith('11 '))
  const busy = rows.find((row) => row.name.startsWith('12 '))
  if (alone && busy && editorsAtWork) {
    const { autosaves, publishes } = editorsAtWork
    console.log(
      `12/11 req/s: ${ratio(busy.rps, alone.rps)} (target ≥ 0.80); 12/11 p99: ${ratio(busy.p99, Math.max(1, alone.p99))} (target ≤ 1.5)`,
    )
    console.log(
      `  autosaves: ${autosaves.count}, p50 ${autosaves.p50} ms, p99 ${autosaves.p99} ms (target ≤ 300), not 2xx ${autosaves.failed} [${autosaves.statuses}]`,
    )
    console.log(
      `  published updates: ${publishes.count}, p50 ${publishes.p50} ms, p99 ${publishes.p99} ms, not 2xx ${publishes.failed} [${publishes.statuses}]`,
    )
  }

  console.log(
    `\nEvent streams: ${STREAMS} open streams (one socket and client address each), one update, time from the commit (the update's response) until each stream has the event\n`,
  )
  const streamHeader = [
    'run',
    'open s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'missed',
    'server MB per 1,000 streams',
  ]
  const streamTable = [
    streamHeader,
    ...fanOuts.map(([name, f]) => [
      name,
      f.openSeconds.toFixed(1),
      f.p50.toFixed(0),
      f.p99.toFixed(0),
      f.max.toFixed(0),
      String(f.missed),
      f.mbPerThousand.toFixed(1),
    ]),
  ]
  const streamWidths = streamHeader.map((_, i) =>
    Math.max(...streamTable.map((row) => row[i].length)),
  )
  for (const row of streamTable) {
    console.log(`| ${row.map((cell, i) => cell.padEnd(streamWidths[i])).join(' | ')} |`)
  }
  console.log(
    `\nReaders' lists and pages, each against Node's own http server answering the same bytes (${CONNECTIONS} connections)\n`,
  )
  const listHeader = [
    'surface',
    'bytes',
    'raw req/s (p99 ms)',
    'app req/s (p99 ms)',
    'app / raw',
    'p99 app / raw',
  ]
  const listTable = [
    listHeader,
    ...listRows.map(([raw, app, bytes]) => [
      app.name,
      String(bytes),
      `${raw.rps.toFixed(0)} (${raw.p99})`,
      `${app.rps.toFixed(0)} (${app.p99})`,
      ratio(app.rps, raw.rps),
      ratio(app.p99, Math.max(1, raw.p99)),
    ]),
  ]
  const listWidths = listHeader.map((_, i) => Math.max(...listTable.map((row) => row[i].length)))
  for (const row of listTable) {
    console.log(`| ${row.map((cell, i) => cell.padEnd(listWidths[i])).join(' | ')} |`)
  }
  const [bare, appStreams] = fanOuts.map(([, f]) => f) as [FanOut, FanOut]
  console.log(
    `\n9/8 p99 fan-out: ${ratio(appStreams.p99, Math.max(1, bare.p99))}; 9/8 memory per stream: ${ratio(appStreams.mbPerThousand, Math.max(0.1, bare.mbPerThousand))}`,
  )
}
