/** The corpus's words, tags and comment states, and the seeded random generator every choice comes from (the same corpus on every run). */
export const TAGS = [
  'police',
  'courts',
  'council',
  'schools',
  'health',
  'transport',
  'housing',
  'weather',
  'business',
  'culture',
]
export const WORDS =
  'the officer council vigil camera footage statement inquiry residents station report mayor budget court witness street night morning neighbours'.split(
    ' ',
  )
export const STATUSES = ['approved', 'pending', 'rejected', 'spam'] as const

/**
 * mulberry32, in exact 32-bit integer arithmetic. The LCG here before multiplied in doubles, lost the
 * low bits past 2^53 and cycled after ~11,000 values: the corpus repeated itself, and only 112 of its
 * 200 authors were ever credited.
 */
let seed = 42
export const random = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
}
export const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
export const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ')
export const sentence = (count: number) => {
  const text = words(count)
  return `${text[0].toUpperCase()}${text.slice(1)}.`
}
