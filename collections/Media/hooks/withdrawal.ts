import type { CollectionBeforeChangeHook, TextareaFieldValidation } from 'payload'

/** A withdrawal says why: the next editor (and legal) must know what may not come back. */
export const reasonWhenWithdrawn: TextareaFieldValidation = (value, { siblingData }) =>
  (siblingData as { withdrawn?: unknown }).withdrawn === true &&
  !(typeof value === 'string' && value.trim())
    ? 'Say why the picture is withdrawn (rights, safety…).'
    : true

/** When the picture was withdrawn, kept by the system; cleared if an editor puts it back. */
export const recordWithdrawal: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const withdrawn = data.withdrawn ?? originalDoc?.withdrawn
  if (withdrawn === true && !originalDoc?.withdrawn) {
    data.withdrawnAt = new Date().toISOString()
  }
  if (withdrawn === false) {
    data.withdrawnAt = null
  }
  return data
}
