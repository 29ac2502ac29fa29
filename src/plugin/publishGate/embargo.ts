import type { DateField, DateFieldValidation } from 'payload'

import { editorialStaffOnlyField, editorsOnlyField } from '../access'

const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`

/**
 * The embargo half of the publish gate: before `embargoUntil` the article cannot be published, by
 * anyone, through any API. Payload's scheduled publish runs the same save at its time, so a publish
 * scheduled for the embargo or later goes through, and one scheduled earlier is refused when it runs.
 */
export const validateEmbargo: DateFieldValidation = (value, { data }) => {
  if (!value || (data as { _status?: string })?._status !== 'published') {
    return true
  }
  const until = new Date(value)
  if (Number.isNaN(until.getTime()) || until.getTime() <= Date.now()) {
    return true
  }
  return `Embargoed until ${utc(until)}: this article cannot be published before then. Schedule the publish for that time or later (Publish ▸ Schedule).`
}

export const embargoUntilField: DateField = {
  name: 'embargoUntil',
  type: 'date',
  label: 'Embargo until',
  index: true,
  validate: validateEmbargo,
  // Readers learn of an embargo only once the story is out (it is then history, which partners' ninjs carries).
  // Setting or lifting an embargo is an editor's decision: a reporter's value is dropped.
  access: {
    read: ({ req, doc }) =>
      editorialStaffOnlyField({ req } as never) || doc?._status === 'published',
    create: editorsOnlyField,
    update: editorsOnlyField,
  },
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description:
      'Nothing of this article reaches readers, feeds, event streams or webhooks before this time. Schedule the publish for it.',
  },
}
