/**
 * The issue's pressure test (#29): the hot story read by 50 connections while editors work, against
 * the same story read alone. Editors: `autosavesPerSecond` autosaves of other stories (drafts, as
 * Payload's admin sends them every 2 s while someone types: about 20 editors at 10 a second) and one
 * published update of the hot story a second. Open loop: a write starts on schedule whatever the
 * last one took, as editors' writes arrive. Every write's latency and status is kept.
 */
type Auth = { authorization: string }

export type WriteFigures = {
  count: number
  p50: number
  p99: number
  failed: number
  statuses: string
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0

/** Starts `perSecond` calls of `write` a second until stopped; returns their figures when stopped. */
const openLoop = (perSecond: number, write: (k: number) => Promise<Response>) => {
  const took: number[] = []
  const statuses = new Map<number, number>()
  const pending = new Set<Promise<void>>()
  let k = 0
  const timer = setInterval(() => {
    const started = performance.now()
    const done = write(k++)
      .then(async (res) => {
        await res.arrayBuffer()
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      })
      .catch(() => {
        statuses.set(0, (statuses.get(0) ?? 0) + 1)
      })
      .finally(() => {
        took.push(performance.now() - started)
        pending.delete(done)
      })
    pending.add(done)
  }, 1000 / perSecond)
  return async (): Promise<WriteFigures> => {
    clearInterval(timer)
    await Promise.all(pending)
    const sorted = [...took].sort((a, b) => a - b)
    const ok = [...statuses].filter(([status]) => status >= 200 && status < 300)
    return {
      count: took.length,
      p50: Math.round(percentile(sorted, 50)),
      p99: Math.round(percentile(sorted, 99)),
      failed: took.length - ok.reduce((sum, [, count]) => sum + count, 0),
      statuses: [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}×${count}`)
        .join(' '),
    }
  }
}

/** Makes `count` draft stories for editors to type in. */
export const makeDrafts = async (base: string, auth: Auth, count: number, body: unknown) => {
  const ids: (number | string)[] = []
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${base}/api/articles?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ title: `A story being typed ${i + 1}`, body }),
    })
    if (!res.ok) {
      throw new Error(`draft: ${res.status} ${await res.text()}`)
    }
    ids.push(((await res.json()) as { doc: { id: number | string } }).doc.id)
  }
  return ids
}

/** Runs `measure` while editors autosave `drafts` and publish an update of `hotStory` once a second. */
export const whileEditorsWork = async <T>(
  base: string,
  auth: Auth,
  {
    drafts,
    hotStory,
    autosavesPerSecond,
    paragraph,
  }: {
    drafts: (number | string)[]
    hotStory: number | string
    autosavesPerSecond: number
    paragraph: (text: string) => unknown
  },
  measure: () => Promise<T>,
): Promise<{ result: T; autosaves: WriteFigures; publishes: WriteFigures }> => {
  const stopAutosaves = openLoop(autosavesPerSecond, (k) =>
    // What the admin sends while someone types: the whole draft, autosave, depth 0.
    fetch(`${base}/api/articles/${drafts[k % drafts.length]}?draft=true&autosave=true&depth=0`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({
        title: `A story being typed ${(k % drafts.length) + 1}`,
        body: paragraph(`Typed so far: ${'word '.repeat(20 + (k % 200))}`),
      }),
    }),
  )
  const stopPublishes = openLoop(1, (k) =>
    fetch(`${base}/api/articles/${hotStory}?depth=0`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({
        _status: 'published',
        dek: `Developing: update ${k + 1}`,
      }),
    }),
  )
  try {
    const result = await measure()
    return { result, autosaves: await stopAutosaves(), publishes: await stopPublishes() }
  } catch (error) {
    await Promise.all([stopAutosaves(), stopPublishes()])
    throw error
  }
}
