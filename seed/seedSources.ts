/** Seeds the story's sources (the anonymous one approved by an editor), matched by description. */
import { type DocID, findFirst, findOrCreate, type Step, tallyLine } from './seedStep'
import { type SeedSource, SOURCES } from './storyData'

/** The story's sources, by their description as printed. */
export const seedSources = async (step: Step, approver: DocID) => {
  const { payload, req, report, log } = step
  const sourceIds: Record<SeedSource['key'], DocID> = {}
  for (const source of SOURCES) {
    const { key, anonymity, ...fields } = source
    const doc = await findOrCreate(
      () => findFirst(step, 'sources', { description: { equals: source.description } }),
      () =>
        payload.create({
          collection: 'sources',
          data: {
            ...fields,
            ...(anonymity ? { anonymity: { ...anonymity, approvedBy: approver } } : {}),
          },
          req,
        }),
      report.sources,
    )
    sourceIds[key] = doc.id
  }
  log(tallyLine('sources', report.sources))
  return sourceIds
}
