import type { Validate } from 'payload'

/** A takedown stops publication until legal lifts it; refused with the reason otherwise. */
export const validateNotTakenDown: Validate = (value, { data, siblingData }) =>
  (data as { _status?: string })?._status === 'published' &&
  value &&
  !(siblingData as { liftedAt?: unknown })?.liftedAt
    ? 'This story is under a legal takedown: legal must lift it (Lift takedown) before the story can be published again.'
    : true
