import type { Role } from '../vocabulary'

type MaybeUser = { roles?: readonly Role[] | Role[] | null; collection?: string } | null | undefined

/** The one place that decides what a role may do. Admins hold every power. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => role === 'admin' || roles.includes(role)))

export const isAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')
/** Editors manage articles, sources and quotes. */
export const isEditor = (user: MaybeUser): boolean => hasRole(user, 'editor')
/** Moderators manage reader comments. */
export const isModerator = (user: MaybeUser): boolean => hasRole(user, 'moderator')
