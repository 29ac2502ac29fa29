import type { ServerProps } from 'payload'

import React from 'react'

type Props = { commentsSlug?: string } & ServerProps

/**
 * A nav link to what a moderator opens first: the comment list filtered to pending, with how many
 * wait. Shown only to those who may moderate (the count uses the viewer's own access).
 */
export const ModerationQueueLink = async ({ payload, user, commentsSlug = 'comments' }: Props) => {
  if (!user) {
    return null
  }
  const { totalDocs } = await payload
    .count({
      collection: commentsSlug as 'comments',
      where: { status: { equals: 'pending' } },
      overrideAccess: false,
      user,
    })
    .catch(() => ({ totalDocs: -1 }))
  const roles = (user as { roles?: string[] }).roles ?? []
  if (totalDocs < 0 || !roles.some((role) => role === 'admin' || role === 'moderator')) {
    return null
  }
  const href = `${payload.config.routes.admin}/collections/${commentsSlug}?where[or][0][and][0][status][equals]=pending&sort=createdAt`
  return (
    <a
      className="nav__link"
      href={href}
      id="nav-moderation-queue"
      style={{ display: 'block', padding: '4px 0', fontWeight: 600 }}
    >
      Moderation queue ({totalDocs} pending)
    </a>
  )
}
