/**
 * Workflow: what workflow.ts sets up for every area (the newsroom, read once its beforeAll has
 * run), and what the areas share: a refusal's field errors, a story's latest draft, a story that
 * needs legal.
 */
import { makeAnonymousSource, makeQuote } from '../../helpers/fixtures'
import { type ApiResponse, type TestNewsroom } from '../../helpers/newsroom'

export type WorkflowSuite = {
  /** Set by workflow.ts's beforeAll: read in a hook or a test, never while the tests are declared. */
  readonly newsroom: TestNewsroom
}

export const fieldErrors = (res: ApiResponse) =>
  (res.body.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]

/** A story's latest draft as an editor reads it, and a new story that needs legal, on the suite's newsroom. */
export const storiesOf = (suite: WorkflowSuite) => {
  const latest = async (id: number | string) =>
    (await suite.newsroom.api('editor', 'GET', `/api/articles/${id}?draft=true&depth=0`)).body

  /** A story quoting an anonymous colleague and an unverified clip, as the seeded one does. */
  const sensitiveStory = async () => {
    const { payload } = suite.newsroom
    const colleague = await makeAnonymousSource(payload, suite.newsroom.userId('editor'))
    const clip = await payload.create({
      collection: 'sources',
      data: {
        kind: 'footage',
        description: 'a leaked security clip',
        provenance: { verificationStatus: 'unverified' },
      } as never,
      overrideAccess: true,
    })
    const first = await makeQuote(payload, {
      text: 'He was a good officer.',
      speaker: colleague.id,
    })
    const second = await makeQuote(payload, { text: 'Stay back.', speaker: clip.id })
    return { colleague, clip, quotes: [first.id, second.id] }
  }

  return { latest, sensitiveStory }
}
