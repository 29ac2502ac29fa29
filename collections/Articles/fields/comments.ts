import type { CheckboxField, NumberField } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { countApprovedComments } from '../hooks/countApprovedComments'

/** Whether readers may add comments: a closed thread stays readable. */
export const commentsOpenField = (): CheckboxField => ({
  name: 'commentsOpen',
  type: 'checkbox',
  label: 'Comments open',
  defaultValue: true,
  admin: {
    position: 'sidebar',
    description: 'Untick to close the thread: readers can still read comments but not add any.',
  },
})

/** The approved comments, counted when read: no stored counter to drift. */
export const commentCountField = (settings: NewsroomSettings): NumberField => ({
  name: 'commentCount',
  type: 'number',
  virtual: true,
  admin: { position: 'sidebar', readOnly: true, description: 'Approved comments.' },
  hooks: { afterRead: [countApprovedComments(settings)] },
})
