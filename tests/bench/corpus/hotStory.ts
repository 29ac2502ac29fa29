/**
 * The hot story while editors save other stories 20 times a second, against the ceiling: a bare
 * express server returning the same bytes (tests/bench/ceiling.ts), measured the same way.
 */
import fs from 'node:fs'
import path from 'node:path'

import { freePort } from '../../helpers/appProcess'
import {
  type ProductionServer,
  stopProcess,
  STORY_SLUG,
  waitFor,
} from '../../helpers/productionServer'
import { type Measure, measure } from './load'

/** The ceiling's row, then the hot story's under saves of `others` (the saves a second in its name). */
export const measureHotStoryUnderSaves = async (
  server: ProductionServer,
  editor: { authorization: string },
  others: number[],
) => {
  const base = server.baseURL
  const rows: Measure[] = []
  const storyFile = path.join(server.work, 'story.json')
  fs.writeFileSync(
    storyFile,
    Buffer.from(await (await fetch(`${base}/api/articles/slug/${STORY_SLUG}`)).arrayBuffer()),
  )
  const ceilingPort = await freePort()
  const ceiling = server.node('tests/bench/ceiling.ts', [storyFile, String(ceilingPort)])
  try {
    await waitFor(`http://127.0.0.1:${ceilingPort}/story`)
    rows.push(
      await measure('ceiling: bare express, the same bytes', {
        url: `http://127.0.0.1:${ceilingPort}/story`,
      }),
    )
  } finally {
    await stopProcess(ceiling)
  }
  // Open loop: a save starts every 50 ms whatever the last one took (at most 20 in flight), as editors' saves arrive.
  let started = 0
  let saved = 0
  let inFlight = 0
  const saves = setInterval(() => {
    if (inFlight >= 20) {
      return
    }
    inFlight++
    const id = others[started++ % others.length]
    // depth=0, as the admin saves (the answer is the saved document, not its quotes and sources).
    fetch(`${base}/api/articles/${id}?depth=0`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...editor },
      body: JSON.stringify({ dek: `Edited ${Date.now()}`, _status: 'published' }),
    })
      .then(async (res) => {
        await res.arrayBuffer()
        if (res.ok) {
          saved++
        }
      })
      .catch(() => {})
      .finally(() => inFlight--)
  }, 50)
  const savingSince = Date.now()
  try {
    rows.push(
      await measure('delivery, hit, while other stories are saved', {
        url: `${base}/api/articles/slug/${STORY_SLUG}`,
      }),
    )
  } finally {
    clearInterval(saves)
  }
  rows.at(-1)!.name += ` (${(saved / ((Date.now() - savingSince) / 1000)).toFixed(1)} saves/s)`
  const [ceilingRow, underSaves] = [rows.at(-2)!, rows.at(-1)!]
  console.log(`  hot story under saves / ceiling: ${(underSaves.rps / ceilingRow.rps).toFixed(2)}×`)
  return rows
}
