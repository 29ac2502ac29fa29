import type { Role } from '../vocabulary'

type MaybeUser = { roles?: null | readonly Role[] | Role[]; collection?: string } | null | undefined

/** The one place that decides what a role may do. Admins hold every power. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => role === 'admin' || roles.includes(role)))

export const isAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')
/** Editors manage articles, sources and quotes, and publish. */
export const isEditor = (user: MaybeUser): boolean => hasRole(user, 'editor')
/** Reporters write and edit their own drafts; they cannot publish. */
export const isReporter = (user: MaybeUser): boolean => hasRole(user, 'reporter')
/** Legal reads everything and signs stories off; it edits nothing else. */
export const isLegal = (user: MaybeUser): boolean => hasRole(user, 'legal')
/** Moderators manage reader comments. */
export const isModerator = (user: MaybeUser): boolean => hasRole(user, 'moderator')
/** The newsroom's editorial staff: they see drafts, unpublished quotes and sources, and internal notes. */
export const isEditorialStaff = (user: MaybeUser): boolean =>
  hasRole(user, 'editor', 'reporter', 'legal')
/** Who may know who an anonymous source is: the editors who approve anonymity, and the lawyers. */
export const seesIdentities = (user: MaybeUser): boolean => hasRole(user, 'editor', 'legal')
/** Who writes articles, quotes and sources. */
export const writesStories = (user: MaybeUser): boolean => hasRole(user, 'editor', 'reporter')
