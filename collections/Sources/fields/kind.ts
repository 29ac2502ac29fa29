import type { SelectField } from 'payload'

import { editorsOnlyField } from '../../../src/plugin/access'
import { SOURCE_KINDS } from '../../../src/plugin/vocabulary'

/** What kind of source this is: it decides which of the other fields apply. */
export const kindField = (): SelectField => ({
  name: 'kind',
  type: 'select',
  required: true,
  options: [...SOURCE_KINDS],
  // Whether a source is anonymous or footage decides whether legal must review a story: a reporter
  // chooses it for a new source; changing it afterwards is an editor's decision.
  access: { update: editorsOnlyField },
  admin: {
    description:
      'Choose first: it decides what else the form asks (anonymity, provenance). Only an editor can change it later.',
  },
})
