import type { CollectionConfig, Field, FieldHook } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import {
  adminOrSelf,
  adminsOnly,
  adminsOnlyField,
  isAdmin,
  usersVisibleTo,
} from '../../src/plugin/access'
import { ROLES } from '../../src/plugin/vocabulary'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

/** An account's name, or the part of its email before "@" when it has none. */
const nameFromEmail: FieldHook = ({ value, siblingData }) => {
  if (typeof value === 'string' && value.trim()) {
    return value
  }
  const email = (siblingData as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.includes('@')
    ? email.slice(0, email.indexOf('@'))
    : value
}

/** The roles field the plugin adds to the users collection (its own or the host's). */
export const rolesField = (settings: NewsroomSettings): Field => ({
  name: 'roles',
  type: 'select',
  hasMany: true,
  required: true,
  defaultValue: ['editor'],
  options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
  saveToJWT: true,
  // Only an admin hands out roles; nobody promotes themselves.
  access: { create: adminsOnlyField, update: adminsOnlyField },
  hooks: { beforeChange: [makeFirstUserAdmin(settings)] },
  admin: {
    description:
      'Admins manage everything; editors manage articles, sources and quotes; moderators manage reader comments.',
  },
})

export const Users = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.users,
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    maxLoginAttempts: settings.loginLockout.maxLoginAttempts,
    lockTime: settings.loginLockout.lockTime,
    tokenExpiration: 60 * 60 * 8,
  },
  admin: {
    group: settings.groups.admin,
    // Colleagues are named by name in every picker, "Created by" and list, not by email.
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    // Only admins manage accounts; everyone still reaches their own account page.
    hidden: ({ user }) => !isAdmin(user),
  },
  access: {
    admin: ({ req }) => Boolean(req.user?.roles?.length),
    create: adminsOnly,
    read: usersVisibleTo,
    update: adminOrSelf,
    delete: adminsOnly,
    // Lockout protects staff accounts too: only an admin lifts it.
    unlock: adminsOnly,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      maxLength: 120,
      admin: {
        description:
          'Shown to colleagues, e.g. as the approving editor of an anonymous source. Empty: the part of the email before “@”.',
      },
      // Never "Untitled": an account saved without a name gets one, and an older one reads with one.
      hooks: { beforeValidate: [nameFromEmail], afterRead: [nameFromEmail] },
    },
    rolesField(settings),
  ],
})
