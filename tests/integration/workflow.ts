import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { type TestNewsroom } from '../helpers/newsroom'
import { type WorkflowSuite } from './workflow/context'
import { editorialNotes } from './workflow/editorialNotes'
import { legalSignOffInThePublishGate } from './workflow/legalSignOff'
import { aReporter } from './workflow/reporter'
import { restoringAVersion } from './workflow/restoringAVersion'
import { legalTakedown } from './workflow/takedown'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  /**
   * The newsroom's workflow over HTTP, as each role meets it: a reporter's draft, an editor's stages
   * and assignment, the legal half of the publish gate (sign-off, voided by a change to the text), a
   * legal takedown and its lifting, and staff-only notes.
   *
   * Its areas are modules in tests/integration/workflow/, called here in the order this file has
   * always run them; context.ts there holds what they share.
   */
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom()
  })
  afterAll(async () => newsroom?.close())

  const suite: WorkflowSuite = {
    get newsroom() {
      return newsroom
    },
  }

  aReporter(suite)
  legalSignOffInThePublishGate(suite)
  restoringAVersion(suite)
  legalTakedown(suite)
  editorialNotes(suite)
}
