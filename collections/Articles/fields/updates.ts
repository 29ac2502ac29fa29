import type { Tab } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import {
  dateModifiedField,
  editorsNoteField,
  logRevisionsField,
  materialUpdateField,
  updateLogField,
} from '../../../src/plugin/fields/updateLog'
import { STORY_STATUSES } from '../../../src/plugin/vocabulary'
import { updateBody } from './articleBody'

/** The “Updates and corrections” tab: the story status beside the public log of how it changed. */
export const updatesTab = (settings: NewsroomSettings): Tab => ({
  label: 'Updates and corrections',
  description:
    'What readers are told about how this story has changed. The story status is shown with the log.',
  fields: [
    {
      name: 'storyStatus',
      type: 'select',
      required: true,
      defaultValue: 'developing',
      options: [...STORY_STATUSES],
      admin: { description: 'Tells readers whether the story is still moving.' },
    },
    materialUpdateField,
    dateModifiedField,
    editorsNoteField,
    updateLogField(settings, updateBody(settings)),
    logRevisionsField(settings),
  ],
})
