import type { Access, FieldAccess, Where } from 'payload'

import { APPROVING_ROLES, EDITORIAL_ROLES, SIGN_OFF_ROLES } from '../vocabulary'
import {
  isAdmin,
  isEditor,
  isEditorialStaff,
  isLegal,
  isModerator,
  seesIdentities,
  writesStories,
} from './roles'

export {
  hasRole,
  isAdmin,
  isEditor,
  isEditorialStaff,
  isLegal,
  isModerator,
  isReporter,
  seesIdentities,
  writesStories,
} from './roles'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const adminsOnly: Access = ({ req }) => isAdmin(req.user)
export const editorsOnly: Access = ({ req }) => isEditor(req.user)
export const moderatorsOnly: Access = ({ req }) => isModerator(req.user)
/** Editors, reporters and legal (and admins). */
export const editorialStaffOnly: Access = ({ req }) => isEditorialStaff(req.user)
export const editorsOrLegal: Access = ({ req }) => isEditor(req.user) || isLegal(req.user)
/** Editors and reporters write articles, quotes and sources. */
export const storyWriters: Access = ({ req }) => writesStories(req.user)

/**
 * Quotes, sources and pictures are shared records without versions: once a published story uses one
 * (its `publishedIn`), changing it changes what readers read at once, with no log and no legal
 * review, which is an editor's act. Reporters edit the others; editors (and admins) edit any.
 */
export const writersUntilPublished: Access = ({ req: { user } }) => {
  if (isEditor(user)) {
    return true
  }
  return writesStories(user) ? { publishedIn: { exists: false } } : false
}

/** Editors edit every article; a reporter only those they created. Legal edits none (it signs off through its endpoint). */
export const editorOrOwnReporter: Access = ({ req: { user } }) => {
  if (isEditor(user)) {
    return true
  }
  if (!writesStories(user) || !user) {
    return false
  }
  return { createdBy: { equals: user.id } }
}

const published: Where = { _status: { equals: 'published' } }

/** Readers see published articles; editorial staff see drafts too. */
export const publishedOrStaff: Access = ({ req }) => isEditorialStaff(req.user) || published

/**
 * Readers see a quote or a source only once a published story uses it (its `publishedIn`, kept from
 * the published bodies by refreshCitations), so a draft's quotes and the sources lined up for a story
 * that has not run never leak early.
 */
export const citedByPublishedOrStaff: Access = ({ req }) =>
  isEditorialStaff(req.user) || { publishedIn: { exists: true } }

/** Readers see approved comments; moderators see the whole queue. */
export const approvedOrModerator: Access = ({ req }) =>
  isModerator(req.user) || { status: { equals: 'approved' } }

/**
 * Admins manage every account; editorial staff see their colleagues (reporters, editors, legal,
 * admins: who wrote a story, approved a source, signed off); moderators see themselves.
 */
export const usersVisibleTo: Access = ({ req: { user } }) => {
  if (!user) {
    return false
  }
  if (isAdmin(user)) {
    return true
  }
  const self: Where = { id: { equals: user.id } }
  // The people who write, edit and sign off stories see each other (names on stories, pickers, approvals).
  return isEditorialStaff(user)
    ? {
        or: [
          self,
          {
            roles: {
              in: [...new Set([...EDITORIAL_ROLES, ...APPROVING_ROLES, ...SIGN_OFF_ROLES])],
            },
          },
        ],
      }
    : self
}

export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) {
    return false
  }
  return isAdmin(user) || { id: { equals: user.id } }
}

export const adminsOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)
export const editorsOnlyField: FieldAccess = ({ req }) => isEditor(req.user)
export const moderatorsOnlyField: FieldAccess = ({ req }) => isModerator(req.user)
export const editorialStaffOnlyField: FieldAccess = ({ req }) => isEditorialStaff(req.user)
/** Who an anonymous source is: editors and legal only, never reporters or readers. */
export const identitiesField: FieldAccess = ({ req }) => seesIdentities(req.user)
/** A field only the server writes (its hooks), never a request. */
export const nobodyField: FieldAccess = () => false

/**
 * Readers see an author once a published story credits them by name (`publicProfile`, kept by the
 * system at each publish), never while their byline is withheld; editorial staff see every author.
 */
export const publicAuthorOrStaff: Access = ({ req }) => isEditorialStaff(req.user) || publicAuthor

const publicAuthor: Where = {
  and: [{ publicProfile: { equals: true } }, { 'withholdByline.withheld': { not_equals: true } }],
}

/**
 * Editors edit every author; a reporter their own profile (the staff account it belongs to) and the
 * guest contributors no published story credits yet (as for sources and quotes).
 */
export const editorOwnOrUnpublishedAuthor: Access = ({ req: { user } }) => {
  if (isEditor(user)) {
    return true
  }
  if (!writesStories(user) || !user) {
    return false
  }
  const own: Where = { user: { equals: user.id } }
  const unpublishedGuest: Where = {
    and: [{ user: { exists: false } }, { publicProfile: { not_equals: true } }],
  }
  return { or: [own, unpublishedGuest] }
}
