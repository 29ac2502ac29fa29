import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

/**
 * Turning saves into webhook deliveries. Each delivery record and its job are written with the
 * save's own `req`, so they commit (or roll back) with the change itself: an event is never lost
 * between the commit and the queue, and never sent for a change that did not happen.
 */
import crypto from 'node:crypto'

import type { NewsroomSettings } from '../options'
import type { WebhookEvent } from '../vocabulary'

import { systemAccess } from '../access/systemAccess'
import { publicStoryFacts, storyUrlFor } from '../delivery/storyFacts'
import {
  articleEventsBetween,
  type MainRow,
  newKeyEventsBetween,
  type PublicFacts,
  publicFactsOf,
} from './articleEvents'
import { DELIVER_WEBHOOK_TASK } from './deliverWebhook'

type Id = number | string
type Subject = {
  id: Id
  slug: string
  commentId?: Id
  /** article.key_event: the update, its headline and its place on the story page. */
  update?: { id: string; headline: string }
}

/** The most receivers one event goes to. */
const MAX_WEBHOOKS = 100

/** Queues one delivery per active webhook that subscribes to the event. */
export const queueWebhookEvent = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  type: WebhookEvent,
  subject: Subject,
) => {
  const { docs: webhooks } = await req.payload.find({
    collection: settings.slugs.webhooks,
    where: { and: [{ active: { equals: true } }, { events: { in: [type] } }] },
    limit: MAX_WEBHOOKS,
    depth: 0,
    pagination: false,
    ...systemAccess(req),
  })
  if (!webhooks.length) {
    return
  }
  // The story's ETag as this save leaves it (read in its transaction): what a receiver's fetch gets.
  const gone =
    type === 'article.unpublished' || type === 'article.deleted' || type === 'article.taken-down'
  const facts = gone ? null : await publicStoryFacts(req.payload, settings, subject.slug, req)
  const data: Record<string, unknown> = {
    id: subject.id,
    slug: subject.slug,
    url: storyUrlFor(settings, req.payload.config.serverURL, subject.slug),
    etag: facts?.etag ?? null,
    edition: facts?.edition ?? null,
  }
  if (subject.commentId !== undefined) {
    data.commentId = subject.commentId
  }
  if (subject.update) {
    data.update = {
      id: subject.update.id,
      headline: subject.update.headline,
      url: `${data.url}#update-${encodeURIComponent(subject.update.id)}`,
    }
  }
  const payload = { type, timestamp: new Date().toISOString(), data }
  for (const webhook of webhooks) {
    const delivery = await req.payload.create({
      collection: settings.slugs.webhookDeliveries,
      data: {
        webhook: webhook.id,
        event: type,
        messageId: `msg_${crypto.randomUUID()}`,
        payload,
        status: 'pending',
        attempts: 0,
      } as never,
      depth: 0,
      ...systemAccess(req),
    })
    await req.payload.jobs.queue({
      task: DELIVER_WEBHOOK_TASK as never,
      input: { delivery: String(delivery.id) } as never,
      queue: settings.webhooks.queue,
      req,
    })
  }
}

/** The article's main row, which holds what readers get (drafts live in versions), read in the save's transaction. */
const publicFacts = async (req: PayloadRequest, settings: NewsroomSettings, id: Id) =>
  publicFactsOf(
    await req.payload.db.findOne<{ id: Id } & MainRow>({
      collection: settings.slugs.articles,
      where: { id: { equals: id } },
      req,
    }),
  )

const beforeKey = (id: Id) => `newsroom.publicFactsBefore.${id}`

/** Notes what readers saw of the article before this save, for queueArticleEvents to compare. */
export const rememberPublicFacts =
  (settings: NewsroomSettings): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, context, req }) => {
    if (operation === 'update' && originalDoc?.id !== undefined) {
      context[beforeKey(originalDoc.id)] =
        (await publicFacts(req, settings, originalDoc.id)) ?? null
    }
    return data
  }

/** Queues article.published, .unpublished, .corrected or .updated when the save changed what readers see. */
export const queueArticleEvents =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, operation, context, req }) => {
    const before =
      operation === 'create'
        ? undefined
        : ((context[beforeKey(doc.id)] as null | PublicFacts | undefined) ?? undefined)
    const after = await publicFacts(req, settings, doc.id)
    for (const event of articleEventsBetween(before, after)) {
      const slug =
        (event === 'article.unpublished' || event === 'article.taken-down'
          ? before?.slug
          : after?.slug) ?? doc.slug
      await queueWebhookEvent(req, settings, event, { id: doc.id, slug })
    }
    for (const update of newKeyEventsBetween(before, after)) {
      await queueWebhookEvent(req, settings, 'article.key_event', {
        id: doc.id,
        slug: after!.slug,
        update,
      })
    }
    return doc
  }

/** A published article deleted: its readers' copies (CDNs, partners) should go too. */
export const queueArticleDeleted =
  (settings: NewsroomSettings): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (doc?._status === 'published') {
      await queueWebhookEvent(req, settings, 'article.deleted', { id: doc.id, slug: doc.slug })
    }
    return doc
  }

/** A comment newly approved on a published article. */
export const queueCommentApproved =
  (settings: NewsroomSettings): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const approvedNow =
      doc.status === 'approved' && (operation === 'create' || previousDoc?.status !== 'approved')
    if (!approvedNow) {
      return doc
    }
    const articleId = typeof doc.article === 'object' && doc.article ? doc.article.id : doc.article
    const article = await publicFacts(req, settings, articleId)
    if (article?.published) {
      await queueWebhookEvent(req, settings, 'comment.approved', {
        id: articleId,
        slug: article.slug,
        commentId: doc.id,
      })
    }
    return doc
  }
