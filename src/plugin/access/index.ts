import type { Access, FieldAccess, Where } from 'payload'

import { APPROVING_ROLES } from '../vocabulary'
import { isAdmin, isEditor, isModerator } from './roles'

export { hasRole, isAdmin, isEditor, isModerator } from './roles'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const adminsOnly: Access = ({ req }) => isAdmin(req.user)
export const editorsOnly: Access = ({ req }) => isEditor(req.user)
export const moderatorsOnly: Access = ({ req }) => isModerator(req.user)

const published: Where = { _status: { equals: 'published' } }

/** Readers see published articles; editors see drafts too. */
export const publishedOrEditor: Access = ({ req }) => isEditor(req.user) || published

/**
 * Readers see a quote or a source only once a published story uses it (its `publishedIn`, kept from
 * the published bodies by refreshCitations), so a draft's quotes and the sources lined up for a story
 * that has not run never leak early.
 */
export const citedByPublishedOrEditor: Access = ({ req }) => isEditor(req.user) || { publishedIn: { exists: true } }

/** Readers see approved comments; moderators see the whole queue. */
export const approvedOrModerator: Access = ({ req }) =>
  isModerator(req.user) || { status: { equals: 'approved' } }

/** Admins manage every account; editors may look up editors (to name an approving editor); everyone sees themselves. */
export const usersVisibleTo: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  const self: Where = { id: { equals: user.id } }
  return isEditor(user) ? { or: [self, { roles: { in: APPROVING_ROLES } }] } : self
}

export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  return isAdmin(user) || { id: { equals: user.id } }
}

export const adminsOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)
export const editorsOnlyField: FieldAccess = ({ req }) => isEditor(req.user)
export const moderatorsOnlyField: FieldAccess = ({ req }) => isModerator(req.user)
/** A field only the server writes (its hooks), never a request. */
export const nobodyField: FieldAccess = () => false
