import type { ServerProps, Where } from 'payload'

import { createLocalReq } from 'payload'
import React from 'react'

import { failedSchedules } from '../workflow/scheduledPublishing'

type Props = {
  articlesSlug?: string
  notesSlug?: string
  commentsSlug?: string
  mediaSlug?: string
} & ServerProps
type Row = { id: number | string; title?: string; stage?: string; updatedAt?: string }

const STAGE_LABELS: Record<string, string> = {
  draft: 'Draft',
  'in-edit': 'In edit',
  'legal-review': 'Legal review',
  ready: 'Ready',
  published: 'Published',
}

/**
 * The dashboard's first panel: what waits for the person looking at it. Editors see the stories
 * assigned to them that are in edit or ready to publish; legal, every story in legal review;
 * reporters, their own stories not yet sent on; each with its open editorial notes. Read with the
 * viewer's own access (latest drafts included).
 */
export const WaitingForYou = async ({
  payload,
  user,
  articlesSlug = 'articles',
  notesSlug = 'editorial-notes',
  commentsSlug = 'comments',
  mediaSlug = 'media',
}: Props) => {
  if (!user) {
    return null
  }
  const roles = (user as { roles?: string[] }).roles ?? []
  const has = (role: string) => roles.includes('admin') || roles.includes(role)
  const queues: { title: string; where: Where }[] = []
  if (has('editor')) {
    queues.push({
      title: 'Assigned to you',
      where: {
        and: [
          { assignedEditor: { equals: user.id } },
          { stage: { in: ['in-edit', 'legal-review', 'ready'] } },
        ],
      },
    })
  }
  if (has('legal')) {
    queues.push({ title: 'Waiting for legal review', where: { stage: { equals: 'legal-review' } } })
  }
  if (roles.includes('reporter')) {
    queues.push({
      title: 'Your stories in progress',
      where: { and: [{ createdBy: { equals: user.id } }, { stage: { in: ['draft', 'in-edit'] } }] },
    })
  }
  const moderation = has('moderator')
    ? await moderationQueue(payload, user, commentsSlug)
    : undefined
  const failures =
    has('editor') || roles.includes('reporter')
      ? await failedScheduledPublishes(payload, user, articlesSlug, has('editor'))
      : []
  const expiring = has('editor') ? await rightsExpiringSoon(payload, user, mediaSlug) : []
  if (!queues.length && !moderation && !failures.length && !expiring.length) {
    return null
  }

  const admin = payload.config.routes.admin
  const lists = await Promise.all(
    queues.map(async ({ title, where }) => {
      const { docs, totalDocs } = await payload
        .find({
          collection: articlesSlug as 'articles',
          where,
          draft: true,
          depth: 0,
          limit: 20,
          sort: '-updatedAt',
          select: { title: true, stage: true, updatedAt: true } as never,
          overrideAccess: false,
          user,
        })
        .catch(() => ({ docs: [] as Row[], totalDocs: 0 }))
      return { title, docs: docs as Row[], totalDocs }
    }),
  )
  const ids = [...new Set(lists.flatMap((list) => list.docs.map((doc) => doc.id)))]
  const openNotes = new Map<string, number>()
  if (ids.length) {
    const { docs } = await payload
      .find({
        collection: notesSlug as 'editorial-notes',
        where: { and: [{ article: { in: ids } }, { resolved: { not_equals: true } }] },
        depth: 0,
        limit: 500,
        pagination: false,
        select: { article: true } as never,
        overrideAccess: false,
        user,
      })
      .catch(() => ({ docs: [] }))
    for (const note of docs as { article?: number | string }[]) {
      openNotes.set(String(note.article), (openNotes.get(String(note.article)) ?? 0) + 1)
    }
  }

  return (
    <section id="waiting-for-you" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 style={{ marginBottom: 'var(--base)' }}>Waiting for you</h2>
      {failures.length ? (
        <div id="schedule-failures-waiting" role="alert" style={{ marginBottom: 'var(--base)' }}>
          <h4>Scheduled publishing that failed ({failures.length})</h4>
          <ul>
            {failures.map((failure) => (
              <li key={String(failure.jobId)}>
                <a
                  href={`${payload.config.routes.admin}/collections/${articlesSlug}/${failure.documentId}`}
                >
                  {failure.title}
                </a>
                : the {failure.type}
                {failure.scheduledFor
                  ? ` scheduled for ${new Date(failure.scheduledFor).toLocaleString()}`
                  : ''}{' '}
                failed ({failure.error}). Open the story for what stops it.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {expiring.length ? (
        <div id="rights-expiring" role="alert" style={{ marginBottom: 'var(--base)' }}>
          <h4>Pictures whose usage rights expire within a week ({expiring.length})</h4>
          <ul>
            {expiring.map((picture) => (
              <li key={String(picture.id)}>
                <a href={`${admin}/collections/${mediaSlug}/${picture.id}`}>
                  {picture.alt || `Picture ${picture.id}`}
                </a>
                : withdrawn from every story on{' '}
                {new Date(picture.rights!.expiresAt!).toLocaleString('en-GB', { timeZone: 'UTC' })}{' '}
                UTC unless the rights are extended.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {moderation ? (
        <div id="moderation-waiting" style={{ marginBottom: 'var(--base)' }}>
          <h4>Comments waiting for moderation ({moderation.pending})</h4>
          <p>
            {moderation.pending ? (
              <a href={moderation.href}>Open the moderation queue</a>
            ) : (
              'Nothing right now.'
            )}
          </p>
        </div>
      ) : null}
      {lists.map(({ title, docs, totalDocs }) => (
        <div key={title} style={{ marginBottom: 'var(--base)' }}>
          <h4>
            {title} ({totalDocs})
          </h4>
          {docs.length ? (
            <ul>
              {docs.map((doc) => {
                const notes = openNotes.get(String(doc.id)) ?? 0
                return (
                  <li key={doc.id}>
                    <a href={`${admin}/collections/${articlesSlug}/${doc.id}`}>
                      {doc.title || `Article ${doc.id}`}
                    </a>{' '}
                    · {STAGE_LABELS[doc.stage ?? ''] ?? doc.stage}
                    {notes ? ` · ${notes} open note${notes === 1 ? '' : 's'}` : ''}
                  </li>
                )
              })}
            </ul>
          ) : (
            <p>Nothing right now.</p>
          )}
        </div>
      ))}
    </section>
  )
}

/** Pictures not withdrawn whose usage rights end within the next seven days, soonest first (the viewer's access). */
const rightsExpiringSoon = async (
  payload: Props['payload'],
  user: NonNullable<Props['user']>,
  mediaSlug: string,
) => {
  const now = Date.now()
  const { docs } = await payload
    .find({
      collection: mediaSlug as 'media',
      where: {
        and: [
          { 'rights.expiresAt': { greater_than: new Date(now).toISOString() } },
          { 'rights.expiresAt': { less_than_equal: new Date(now + 7 * 86_400_000).toISOString() } },
          { withdrawn: { not_equals: true } },
        ],
      },
      sort: 'rights.expiresAt',
      depth: 0,
      limit: 50,
      select: { alt: true, rights: true } as never,
      overrideAccess: false,
      user,
    })
    .catch(() => ({ docs: [] }))
  return docs as unknown as {
    id: number | string
    alt?: string
    rights?: { expiresAt?: string }
  }[]
}

/** How many comments wait for a moderator (the viewer's own access), and the queue's address. */
const moderationQueue = async (
  payload: Props['payload'],
  user: NonNullable<Props['user']>,
  commentsSlug: string,
) => {
  const { totalDocs } = await payload
    .count({
      collection: commentsSlug as 'comments',
      where: { status: { equals: 'pending' } },
      overrideAccess: false,
      user,
    })
    .catch(() => ({ totalDocs: 0 }))
  return {
    pending: totalDocs,
    href: `${payload.config.routes.admin}/collections/${commentsSlug}?where[or][0][and][0][status][equals]=pending&sort=createdAt`,
  }
}

/**
 * Scheduled publishes that failed and whose story is still not published: every one for an editor,
 * a reporter's own otherwise (who scheduled it is told here, on their dashboard).
 */
const failedScheduledPublishes = async (
  payload: Props['payload'],
  user: NonNullable<Props['user']>,
  articlesSlug: string,
  everyone: boolean,
) => {
  const req = await createLocalReq({ user }, payload)
  const failed = (await failedSchedules(req, { collection: articlesSlug }).catch(() => [])).filter(
    (failure) => everyone || String(failure.scheduledBy) === String(user.id),
  )
  if (!failed.length) {
    return []
  }
  const { docs } = await payload
    .find({
      collection: articlesSlug as 'articles',
      where: { id: { in: [...new Set(failed.map((failure) => failure.documentId))] } },
      draft: true,
      depth: 0,
      limit: 100,
      select: { title: true, _status: true } as never,
      overrideAccess: false,
      user,
    })
    .catch(() => ({ docs: [] as Row[] }))
  const stories = new Map(
    (docs as ({ _status?: string } & Row)[]).map((doc) => [String(doc.id), doc]),
  )
  const seen = new Set<string>()
  return failed.flatMap((failure) => {
    const story = stories.get(failure.documentId)
    // Published since (or unreadable, or a second failure of the same story): nothing to say.
    if (!story || story._status === 'published' || seen.has(failure.documentId)) {
      return []
    }
    seen.add(failure.documentId)
    return [{ ...failure, title: story.title || `Article ${failure.documentId}` }]
  })
}
