/**
 * The corpus benchmark's figures, kept and drawn: `recordCorpusFigures` writes a database's run to
 * `docs/bench/corpus-<database>.json` and redraws `docs/bench/corpus.svg` from every file there (req/s
 * and p99 against corpus size, one line per surface, a column per database). Generated: run
 * `npm run bench -- --corpus …` (or `npm run bench:chart` to redraw from the JSON), never edit by hand.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../helpers/appProcess'

export type CorpusFigures = {
  date: string
  machine: string
  seconds: number
  connections: number
  sizes: {
    n: number
    surfaces: { name: string; rps: number; p50: number; p99: number; bad: number }[]
  }[]
}

const DIR = path.join(projectRoot, 'docs', 'bench')
const DATABASES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const
type Database = keyof typeof DATABASES

/** This machine, as the figures are dated with it. */
export const machineDescription = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`

/** A row's surface without what one run adds to its name ("(12.3 saves/s)", "(40% from the cache)"). */
export const surfaceName = (name: string) =>
  name.replace(/\s*\([^()]*(saves\/s|from the cache)\)$/, '')

export const recordCorpusFigures = (database: Database, figures: CorpusFigures) => {
  fs.mkdirSync(DIR, { recursive: true })
  fs.writeFileSync(
    path.join(DIR, `corpus-${database}.json`),
    `${JSON.stringify(figures, null, 2)}\n`,
  )
  drawCorpusChart()
}

const COLOURS = [
  '#1b6ca8',
  '#d1495b',
  '#2e933c',
  '#edae49',
  '#6a4c93',
  '#00798c',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#17becf',
  '#bcbd22',
  '#393b79',
  '#ff7f0e',
  '#637939',
]
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const PANEL = { width: 540, height: 260, left: 64, top: 42, right: 32, bottom: 40 }

/** One panel: a measure (req/s or p99) against N on log-log axes, a line per surface. */
const panel = (
  figures: CorpusFigures,
  measure: 'p99' | 'rps',
  title: string,
  x0: number,
  y0: number,
  colourOf: (name: string) => string,
) => {
  const sizes = figures.sizes.map((size) => size.n)
  const values = figures.sizes.flatMap((size) =>
    size.surfaces
      .filter((surface) => surface.rps > 0)
      .map((surface) => Math.max(1, surface[measure])),
  )
  const [minN, maxN] = [Math.min(...sizes), Math.max(...sizes)]
  const lowY = 10 ** Math.floor(Math.log10(Math.min(...values)))
  const highY = 10 ** Math.ceil(Math.log10(Math.max(...values)))
  const plotW = PANEL.width - PANEL.left - PANEL.right
  const plotH = PANEL.height - PANEL.top - PANEL.bottom
  const x = (n: number) =>
    x0 +
    PANEL.left +
    (maxN === minN
      ? plotW / 2
      : ((Math.log10(n) - Math.log10(minN)) / (Math.log10(maxN) - Math.log10(minN))) * plotW)
  const y = (value: number) =>
    y0 +
    PANEL.top +
    plotH -
    ((Math.log10(Math.max(1, value)) - Math.log10(lowY)) / (Math.log10(highY) - Math.log10(lowY))) *
      plotH
  const parts: string[] = [
    `<text x="${x0 + PANEL.left}" y="${y0 + 24}" font-weight="bold">${escape(title)}</text>`,
    `<rect x="${x0 + PANEL.left}" y="${y0 + PANEL.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
  ]
  for (let tick = lowY; tick <= highY; tick *= 10) {
    parts.push(
      `<line x1="${x0 + PANEL.left}" x2="${x0 + PANEL.left + plotW}" y1="${y(tick)}" y2="${y(tick)}" stroke="#eee"/>`,
      `<text x="${x0 + PANEL.left - 6}" y="${y(tick) + 4}" text-anchor="end" font-size="11">${tick.toLocaleString('en')}</text>`,
    )
  }
  for (const n of sizes) {
    parts.push(
      `<text x="${x(n)}" y="${y0 + PANEL.top + plotH + 16}" text-anchor="middle" font-size="11">${n.toLocaleString('en')}</text>`,
    )
  }
  parts.push(
    `<text x="${x0 + PANEL.left + plotW / 2}" y="${y0 + PANEL.height - 6}" text-anchor="middle" font-size="11">stories in the database (N)</text>`,
  )
  const names = [...new Set(figures.sizes.flatMap((size) => size.surfaces.map((s) => s.name)))]
  for (const name of names) {
    const points = figures.sizes.flatMap((size) => {
      const surface = size.surfaces.find((s) => s.name === name)
      // No answer within the run (a stalled server) is no point, not a point at the axis.
      return surface && surface.rps > 0 ? [[x(size.n), y(surface[measure])] as const] : []
    })
    parts.push(
      `<polyline fill="none" stroke="${colourOf(name)}" stroke-width="2" points="${points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}"><title>${escape(name)}</title></polyline>`,
      ...points.map(
        ([px, py]) =>
          `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3" fill="${colourOf(name)}"/>`,
      ),
    )
  }
  return parts.join('\n')
}

/** Redraws docs/bench/corpus.svg from the JSON files beside it. */
export const drawCorpusChart = () => {
  const runs = (Object.keys(DATABASES) as Database[]).flatMap((database) => {
    const file = path.join(DIR, `corpus-${database}.json`)
    return fs.existsSync(file)
      ? [{ database, figures: JSON.parse(fs.readFileSync(file, 'utf8')) as CorpusFigures }]
      : []
  })
  if (!runs.length) {
    return
  }
  const names = [
    ...new Set(
      runs.flatMap(({ figures }) =>
        figures.sizes.flatMap((size) => size.surfaces.map((s) => s.name)),
      ),
    ),
  ]
  const colourOf = (name: string) => COLOURS[names.indexOf(name) % COLOURS.length]
  const legendTop = 2 * PANEL.height + 40
  const width = runs.length * PANEL.width
  const height = legendTop + 18 * Math.ceil(names.length / 2) + 20
  const parts = runs.flatMap(({ database, figures }, column) => {
    const x0 = column * PANEL.width
    const when = `${figures.date}, ${figures.connections} connections, ${figures.seconds} s a figure`
    return [
      panel(figures, 'rps', `${DATABASES[database]}: req/s (${when})`, x0, 0, colourOf),
      panel(figures, 'p99', `${DATABASES[database]}: p99 latency, ms`, x0, PANEL.height, colourOf),
    ]
  })
  const legend = names.map((name, i) => {
    const lx = 16 + (i % 2) * (width / 2)
    const ly = legendTop + 18 * Math.floor(i / 2)
    return `<rect x="${lx}" y="${ly - 9}" width="12" height="4" fill="${colourOf(name)}"/><text x="${lx + 18}" y="${ly}" font-size="12">${escape(name)}</text>`
  })
  const machines = [...new Set(runs.map(({ figures }) => figures.machine))].join('; ')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 16}" viewBox="0 0 ${width} ${height + 16}" font-family="sans-serif" font-size="12" role="img" aria-label="Corpus benchmark: requests per second and p99 latency against the number of stories">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
${legend.join('\n')}
<text x="16" y="${height + 8}" font-size="11" fill="#555">${escape(`Generated by npm run bench -- --corpus … (tests/bench/chart.ts) on ${machines}`)}</text>
</svg>
`
  fs.writeFileSync(path.join(DIR, 'corpus.svg'), svg)
}
