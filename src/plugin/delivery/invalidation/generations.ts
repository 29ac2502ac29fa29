const GENERATIONS = Symbol.for('newsroom.deliveryGenerations')

/**
 * Which invalidation was last, in all and per tag: a build (or a page rendering) that started before
 * an invalidation of one of its tags must not be cached after it, but one of another story must be:
 * in a busy newsroom some story is saved every second, and the story everyone reads must still stay cached.
 */
type Generations = { current: number; everything: number; byTag: Map<string, number> }
const generations = (): Generations =>
  ((globalThis as unknown as Record<symbol, Generations | undefined>)[GENERATIONS] ??= {
    current: 0,
    everything: 0,
    byTag: new Map(),
  })

/** Tags remembered at most: past this, older ones are forgotten and count as changed (never a stale entry kept). */
const MAX_REMEMBERED_TAGS = 10_000

/** The count of invalidations so far: note it when a build starts, and ask changedSince when it ends. */
export const deliveryGeneration = (): number => generations().current

/** Has anything carrying one of `tags` (or everything) been invalidated since `generation`? */
export const changedSince = (generation: number, tags: readonly string[]): boolean => {
  const { everything, byTag } = generations()
  return everything > generation || tags.some((tag) => (byTag.get(tag) ?? 0) > generation)
}

/** Counts an invalidation of `tags` (undefined: of everything); invalidateDelivery's first step. */
export const recordInvalidation = (tags?: readonly string[]) => {
  const state = generations()
  state.current += 1
  if (!tags || state.byTag.size + tags.length > MAX_REMEMBERED_TAGS) {
    state.everything = state.current
    state.byTag.clear()
  }
  if (tags) {
    for (const tag of tags) {
      state.byTag.set(tag, state.current)
    }
  }
}
