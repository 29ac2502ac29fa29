/** Seeds the story's byline as an author (matched by slug): the newsroom's desk byline, “Staff”. */
import { type DocID, findFirst, findOrCreate, type Step, tallyLine } from './seedStep'
import { BYLINE } from './storyData'

/** The author the story is credited to, and the credit itself. */
export const seedAuthors = async (step: Step) => {
  const { payload, req, report, log } = step
  const author = await findOrCreate(
    () => findFirst(step, 'authors', { slug: { equals: BYLINE.slug } }),
    () => payload.create({ collection: 'authors', data: { ...BYLINE }, req }),
    report.authors,
  )
  log(tallyLine('authors', report.authors))
  return [{ author: author.id as DocID, role: 'written-by' as const }]
}
