/** One corpus size measured: a fresh server, the corpus generated, a miss's cost three ways, then each read and write a newsroom does. */
import { startProductionServer } from '../../helpers/productionServer'
import { measureAuthorPage } from './authorPage'
import { measureHotStoryUnderSaves } from './hotStory'
import { type Measure } from './load'
import { measureDeliveryUnderLoad, measureMisses, type MissFigures } from './misses'
import { generateCorpus, timeSeed } from './scripts'
import { measureSearch } from './search'
import { measureReads, measureWrites, otherStories, setUpSurfaces } from './surfaces'

export const benchOne = async (
  n: number,
  databaseUri: string | undefined,
  missOnly: boolean,
): Promise<{
  generated: Record<string, number>
  seedSeconds: number
  rows: Measure[]
  miss: MissFigures
}> => {
  const server = await startProductionServer('corpus', { databaseUri })
  const base = server.baseURL
  try {
    const generated = generateCorpus(server, n)
    const { miss, rest } = await measureMisses(server, n)
    const newsroom = await setUpSurfaces(base, server.env)

    // BENCH_ONLY=search: search's rows alone (after the misses, which the report needs).
    if (process.env.BENCH_ONLY === 'search') {
      return { generated, seedSeconds: 0, rows: await measureSearch(base), miss }
    }
    const rows: Measure[] = await measureDeliveryUnderLoad(base, rest)
    if (missOnly) {
      return { generated, seedSeconds: 0, rows, miss }
    }
    rows.push(...(await measureReads(base, newsroom)))
    rows.push(...(await measureAuthorPage(base, generated.busiestWriterStories)))
    rows.push(...(await measureSearch(base)))
    const others = await otherStories(base, newsroom.editor)
    rows.push(...(await measureWrites(base, newsroom, others)))
    rows.push(...(await measureHotStoryUnderSaves(server, newsroom.editor, others)))
    return { generated, seedSeconds: timeSeed(server), rows, miss }
  } finally {
    await server.stop()
  }
}
