import type { Tab } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { editorialNotesJoin, stageHistoryField } from '../../../src/plugin/fields/workflow'

/** The “Workflow” tab: staff's own record of the story, kept apart from what is published. */
export const workflowTab = (settings: NewsroomSettings): Tab => ({
  label: 'Workflow',
  description:
    'Internal: who moved the story where, and the notes staff left on it. Never published.',
  fields: [stageHistoryField(settings), editorialNotesJoin(settings)],
})
