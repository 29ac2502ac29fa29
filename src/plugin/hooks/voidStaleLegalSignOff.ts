import type { CollectionBeforeChangeHook } from 'payload'

import { isSignOffCurrent, type LegalSignOff } from '../workflow/legalReview'

/**
 * A sign-off is for the text legal read: once the body's words change, it is cleared (the
 * history says so), and a story that was `ready` goes back to `legal-review`.
 */
export const voidStaleLegalSignOff: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const signOff = (data.legalSignOff ?? originalDoc?.legalSignOff) as LegalSignOff | undefined
  const text = { body: data.body ?? originalDoc?.body }
  if (!signOff?.fingerprint || isSignOffCurrent(signOff, text)) return data
  data.legalSignOff = { signedBy: null, signedAt: null, note: null, fingerprint: null }
  if ((data.stage ?? originalDoc?.stage) === 'ready') data.stage = 'legal-review'
  req.context.newsroomStageNote = 'Legal sign-off voided: the text changed after it was given.'
  return data
}
