/**
 * The corpus's authors, as a newsroom's staff: 180 writers (a few prolific, most not), 20
 * photographers and the "Staff" desk the seed made; and who is credited on each story (a writer or
 * the desk, sometimes a second writer, sometimes a photographer).
 */
import { joinNames } from '../../../src/plugin/bylines/printedByline'
import { toSlug } from '../../../src/plugin/fields/slug'
import { type AuthorRole } from '../../../src/plugin/vocabulary'
import { type Payload, type Row } from './database'
import { pick, random, sentence } from './words'

/** The next author id (ids are given here, so credits can name authors without reading them back). */
export type NextAuthorId = () => number

export type CorpusAuthor = { id: number; name: string; slug: string }
export type CorpusCredit = { author: CorpusAuthor; role: AuthorRole }

const WRITERS = 180
const PHOTOGRAPHERS = 20
/** Stories put out under the desk's byline (wire copy, briefs) rather than a writer's. */
const DESK_SHARE = 0.1
const CO_WRITER_SHARE = 0.25
const PHOTOS_SHARE = 0.3
/**
 * How unevenly stories fall to writers: the k-th writer leads in proportion to 1/k^0.7, so the busiest
 * leads about 7.5% of the stories (thousands at 100,000) and the least busy a fraction of a percent.
 */
const SKEW = 0.7

const FIRST_NAMES =
  'Amara Bruno Chiara Dev Elif Farid Grace Hugo Ines Jonas Kemi Luca Mei Nadia Oskar Priya Rafael Sofia Tomas Yara'.split(
    ' ',
  )
const LAST_NAMES =
  'Okafor Lindqvist Moreau Haddad Novak Castillo Brennan Sato Mensah Ferreira'.split(' ')
const BEATS = ['Crime', 'Courts', 'Politics', 'Health', 'Education', 'Transport', 'Business']

/** Staff member k's name: 200 distinct ones (20 first names by 10 last). */
const staffName = (k: number) =>
  `${FIRST_NAMES[k % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(k / FIRST_NAMES.length)]}`

/** The slug of the writer who leads the most stories, as the app would make it from the name: the author page measured. */
export const BUSIEST_WRITER_SLUG = toSlug(staffName(0))!

/** The desk's byline, as the seed makes it (seed/storyData.ts), found rather than made twice. */
const DESK = { name: 'Staff', slug: 'staff', kind: 'organization' } as const

/**
 * The staff's rows (authors, their links), the desk (the seeded one, or a row made here), and the
 * credits each story draws.
 */
export const authorRows = async (payload: Payload, next: NextAuthorId, now: string) => {
  const authors: Row[] = []
  const links: Row[] = []
  const staff = (k: number, jobTitle: string): CorpusAuthor => {
    const name = staffName(k)
    const author = { id: next(), name, slug: toSlug(name)! }
    authors.push({
      ...author,
      kind: 'person',
      jobTitle,
      bio: sentence(25),
      email: `${author.slug}@newsroom.test`,
      active: true,
      // Made public below, once the stories crediting them are written (what a publish would decide).
      publicProfile: false,
      createdAt: now,
      updatedAt: now,
    })
    // A third of the staff list a profile elsewhere (structured data's `sameAs`).
    if (k % 3 === 0) {
      links.push({
        _order: 1,
        _parentID: author.id,
        id: String(author.id).padStart(24, '0'),
        url: `https://social.example/@${author.slug}`,
      })
    }
    return author
  }
  const writers = Array.from({ length: WRITERS }, (_, k) =>
    staff(k, k < 20 ? `${BEATS[k % BEATS.length]} correspondent` : 'Reporter'),
  )
  const photographers = Array.from({ length: PHOTOGRAPHERS }, (_, k) =>
    staff(WRITERS + k, 'Photographer'),
  )
  const seeded = (
    await payload.db.find({
      collection: 'authors' as never,
      where: { slug: { equals: DESK.slug } },
      limit: 1,
      pagination: false,
    })
  ).docs[0] as CorpusAuthor | undefined
  const desk: CorpusAuthor = seeded
    ? { id: Number(seeded.id), name: seeded.name, slug: seeded.slug }
    : { id: next(), name: DESK.name, slug: DESK.slug }
  if (!seeded) {
    authors.push({ ...desk, kind: DESK.kind, publicProfile: false, createdAt: now, updatedAt: now })
  }
  // Cumulative weights of the writers, for a lead drawn by SKEW.
  const weights: number[] = []
  writers.forEach((_, k) => weights.push((weights[k - 1] ?? 0) + 1 / (k + 1) ** SKEW))
  const leadWriter = () => {
    const at = random() * weights.at(-1)!
    let low = 0
    let high = weights.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (weights[middle] < at) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return writers[low]
  }
  /** One story's credits, in the order editors list them. */
  const creditsOfStory = (): CorpusCredit[] => {
    const credits: CorpusCredit[] = []
    if (random() < DESK_SHARE) {
      credits.push({ author: desk, role: 'written-by' })
    } else {
      const lead = leadWriter()
      credits.push({ author: lead, role: 'written-by' })
      const second = random() < CO_WRITER_SHARE ? pick(writers) : lead
      if (second !== lead) {
        credits.push({ author: second, role: 'written-by' })
      }
    }
    if (random() < PHOTOS_SHARE) {
      credits.push({ author: pick(photographers), role: 'photos-by' })
    }
    return credits
  }
  return { authors, links, creditsOfStory }
}

/** A credit's array-row id (Payload's are ObjectId-like, 24 hex digits): the story's id, then its place. */
export const creditRowId = (articleId: number, k: number) =>
  `${String(articleId).padStart(20, '0')}${String(k).padStart(4, '0')}`

/** What readers should get for a story credited so: its byline (the writers' names) and its credits in byline order. */
export const expectedByline = (credits: CorpusCredit[]) => ({
  byline: joinNames(
    credits.filter((credit) => credit.role === 'written-by').map(({ author }) => author.name),
  ),
  authors: credits.map(({ author, role }) => ({ name: author.name, slug: author.slug, role })),
})

/** How many stories credit each author (a story crediting them twice counts once), by slug. */
export const storiesByAuthor = (storyCredits: Map<number, CorpusCredit[]>) => {
  const count = new Map<string, number>()
  for (const credits of storyCredits.values()) {
    for (const slug of new Set(credits.map(({ author }) => author.slug))) {
      count.set(slug, (count.get(slug) ?? 0) + 1)
    }
  }
  return count
}

/**
 * `publicProfile` of every author a story credits by name, as the app keeps it after a publish
 * (src/plugin/bylines/publicAuthors.ts): readers see those authors, and no one else.
 */
export const markCreditedAuthorsPublic = async (
  payload: Payload,
  storyCredits: Map<number, CorpusCredit[]>,
) => {
  const credited = new Set<number>()
  for (const credits of storyCredits.values()) {
    for (const { author } of credits) {
      credited.add(author.id)
    }
  }
  await payload.db.updateMany({
    collection: 'authors' as never,
    where: { id: { in: [...credited] } },
    data: { publicProfile: true },
    returning: false,
  })
  return credited.size
}
