/** Readers' lists and pages measured against Node's own http server answering the same bytes. */
import fs from 'node:fs'

import { freePort } from '../../helpers/appProcess'
import {
  STORY_SLUG as SLUG,
  type startProductionServer,
  stopProcess,
  waitFor,
} from '../../helpers/productionServer'
import { type Row, run } from './measure'

/**
 * Readers' lists and pages (the front page, the feed, the sitemaps, a story's editions page and its
 * comment pages), warm, each against Node's own http server answering the same bytes: what the
 * cache in front of Next and Payload leaves of a framework's cost.
 */
export const measureLists = async (
  base: string,
  server: Awaited<ReturnType<typeof startProductionServer>>,
  articleId: number | string,
): Promise<[Row, Row, number][]> => {
  const surfaces = [
    ['front page', '/'],
    ['Atom feed', '/feed.xml'],
    ['sitemap', '/sitemap.xml'],
    ['news sitemap', '/news-sitemap.xml'],
    ['story’s editions page', `/stories/${SLUG}/editions`],
    ['comments, page 1', `/api/articles/${articleId}/comments`],
    ['comments, page 2', `/api/articles/${articleId}/comments?page=2`],
  ] as const
  const routes: { path: string; file: string; headers: [string, string][] }[] = []
  const sizes = new Map<string, number>()
  for (const [, path] of surfaces) {
    // Twice: the first rendering fills the cache, the second is what readers get from then on.
    await (await fetch(`${base}${path}`)).arrayBuffer()
    const res = await fetch(`${base}${path}`)
    if (res.status !== 200) {
      throw new Error(`${path}: ${res.status}`)
    }
    const bytes = Buffer.from(await res.arrayBuffer())
    const file = path.replace(/[^a-z0-9]+/gi, '_') || 'front'
    const full = `${server.work}/list-${file}`
    fs.writeFileSync(full, bytes)
    sizes.set(path, bytes.length)
    // The same bytes: the body and the headers (Node writes its own date, length and connection).
    const headers = [...res.headers.entries()].filter(
      ([name]) =>
        ![
          'connection',
          'content-encoding',
          'content-length',
          'date',
          'keep-alive',
          'transfer-encoding',
        ].includes(name),
    )
    routes.push({ path, file: full, headers })
  }
  const port = await freePort()
  const manifest = `${server.work}/list-routes.json`
  fs.writeFileSync(manifest, JSON.stringify(routes))
  const raw = server.node('tests/bench/rawCeiling.ts', [String(port), manifest])
  await waitFor(`http://127.0.0.1:${port}/`)
  const measured: [Row, Row, number][] = []
  try {
    for (const [name, path] of surfaces) {
      const ceiling = await run(`raw node:http, ${name}`, raw.pid!, {
        url: `http://127.0.0.1:${port}${path}`,
      })
      const app = await run(name, server.pid, { url: `${base}${path}` })
      measured.push([ceiling, app, sizes.get(path)!])
    }
  } finally {
    await stopProcess(raw)
  }
  return measured
}
