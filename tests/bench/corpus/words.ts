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

let seed = 42
export const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
export const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
export const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ')
export const sentence = (count: number) => {
  const text = words(count)
  return `${text[0].toUpperCase()}${text.slice(1)}.`
}
