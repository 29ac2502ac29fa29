/** Seeds a few clearly labelled demo comments into the moderation queue (`--demo-comments`). */
import { findFirst, findOrCreate, type Step, tallyLine } from './seedStep'

const DEMO_COMMENTS = [
  '[Demo comment, added by the seed] Thanks for including the full context of the clip.',
  '[Demo comment, added by the seed] Rules are rules, whatever the reason.',
  '[Demo comment, added by the seed] Is there an update on the investigation?',
]

export const seedDemoComments = async (step: Step) => {
  const { payload, req, report, log } = step
  for (const body of DEMO_COMMENTS) {
    await findOrCreate(
      () =>
        findFirst(step, 'comments', {
          and: [{ body: { equals: body } }, { article: { equals: report.articleId } }],
        }),
      () =>
        payload.create({
          collection: 'comments',
          data: {
            article: report.articleId,
            authorName: 'Demo reader',
            authorEmail: 'demo.reader@newsroom.test',
            body,
            status: 'pending',
          },
          req,
        }),
      report.demoComments,
    )
  }
  log(tallyLine('demo comments (pending)', report.demoComments))
}
