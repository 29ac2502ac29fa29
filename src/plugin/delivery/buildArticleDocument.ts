import type { Payload, Where } from 'payload'

import { createLocalReq } from 'payload'

import type { NewsroomSettings } from '../options'
import type { DeliveryArticle, DeliveryComment, DeliveryQuote, DeliverySource } from './types'

import { systemAccess } from '../access/systemAccess'
import { idOf } from '../ids'
import { quoteRefsIn } from '../richText/lexical'

const idsOf = (values: unknown[]) => [...new Set(values.map(idOf).filter((id): id is number | string => id !== undefined && id !== null))]

/**
 * The public story, as an anonymous reader may see it: every read goes through the Local API with
 * no user and `overrideAccess: false`, so the collections' access rules (published only, no true
 * identities, approved comments only) decide what is in it, never this code. A handful of queries,
 * one per kind of document, never one per item.
 */
export const buildArticleDocument = async (payload: Payload, settings: NewsroomSettings, slug: string): Promise<DeliveryArticle | null> => {
  const { docs } = await payload.find({ collection: settings.slugs.articles, where: { slug: { equals: slug } }, limit: 1, overrideAccess: false, depth: 0 })
  const article = docs[0] as Record<string, any> | undefined
  if (!article) return null

  const quoteIds = idsOf(quoteRefsIn(article.body))
  const quotes = quoteIds.length
    ? ((await payload.find({ collection: settings.slugs.quotes, where: { id: { in: quoteIds } }, limit: quoteIds.length, pagination: false, overrideAccess: false, depth: 0 }))
        .docs as Record<string, any>[])
    : []
  // Readers are not shown which quotes an anonymous source gave (that would link them across
  // stories); this story itself attributes its own quotes, so the links are read for it alone.
  const hidden = quotes.filter((quote) => quote.speaker === undefined || quote.via === undefined).map((quote) => quote.id)
  if (hidden.length) {
    const req = await createLocalReq({}, payload)
    const { docs } = await payload.find({ collection: settings.slugs.quotes, where: { id: { in: hidden } }, pagination: false, limit: 0, depth: 0, select: { speaker: true, via: true }, ...systemAccess(req) })
    const links = new Map(docs.map((doc) => [doc.id, doc as Record<string, any>]))
    for (const quote of quotes) if (links.has(quote.id)) Object.assign(quote, { speaker: links.get(quote.id)!.speaker, via: links.get(quote.id)!.via })
  }
  const sourceIds = idsOf(quotes.flatMap((quote) => [quote.speaker, quote.via]))
  const sources = sourceIds.length
    ? ((
        await payload.find({
          collection: settings.slugs.sources,
          where: { id: { in: sourceIds } },
          limit: sourceIds.length,
          pagination: false,
          select: { description: true, kind: true, name: true, role: true, anonymity: true, provenance: true },
          overrideAccess: false,
          depth: 0,
        })
      ).docs as Record<string, any>[])
    : []
  // An anonymous source appears under an id of this story's own ("anonymous-1"), never its database
  // id, which would be the same in every story that quotes them.
  const alias = new Map<unknown, number | string>()
  for (const source of sources) if (source.kind === 'anonymous') alias.set(source.id, `anonymous-${alias.size + 1}`)
  const publicId = (id: unknown) => (id == null ? null : (alias.get(idOf(id)) ?? (idOf(id) as number | string)))

  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    dek: article.dek ?? null,
    byline: article.byline ?? null,
    storyStatus: article.storyStatus,
    tags: article.tags ?? [],
    publishedAt: article.publishedAt ?? null,
    dateModified: article.dateModified ?? null,
    body: article.body ?? null,
    quotes: quotes.map(
      (quote): DeliveryQuote => ({
        id: quote.id,
        text: quote.text,
        kind: quote.kind,
        speaker: publicId(quote.speaker),
        speakerTitle: quote.speakerTitle ?? null,
        via: publicId(quote.via),
        context: quote.context ?? null,
        saidAt: quote.saidAt ?? null,
      }),
    ),
    sources: sources.map(
      (source): DeliverySource => ({
        id: publicId(source.id)!,
        description: source.description,
        kind: source.kind,
        name: source.name ?? null,
        role: source.role ?? null,
        anonymity: source.kind === 'anonymous' ? { reason: source.anonymity?.reason ?? null } : null,
        provenance:
          source.kind === 'footage'
            ? {
                howObtained: source.provenance?.howObtained ?? null,
                recordedAt: source.provenance?.recordedAt ?? null,
                verificationStatus: source.provenance?.verificationStatus ?? null,
              }
            : null,
      }),
    ),
    updateLog: (article.updateLog ?? []).filter((entry: any) => entry.date).map(({ id, type, text, date }: any) => ({ id, type, text, date })),
    logRevisions: (article.logRevisions ?? []).map(({ entryId, action, previousType, previousText, changedAt }: any) => ({
      entryId,
      action,
      previousType,
      previousText,
      changedAt,
    })),
    commentsOpen: article.commentsOpen !== false,
    commentCount: article.commentCount ?? 0,
    comments: await firstPageOfComments(payload, settings, article.id),
  }
}

const commentSelect = { authorName: true, body: true, pinned: true, createdAt: true, parent: true } as const

/** The first page of approved top-level comments, pinned first then oldest, each with its approved replies nested. */
const firstPageOfComments = async (payload: Payload, settings: NewsroomSettings, articleId: number | string): Promise<DeliveryArticle['comments']> => {
  const onArticle: Where = { article: { equals: articleId } }
  const top = await payload.find({
    collection: settings.slugs.comments,
    where: { and: [onArticle, { parent: { exists: false } }] },
    sort: ['-pinned', 'createdAt'],
    limit: settings.delivery.commentsPageSize,
    select: commentSelect as never,
    overrideAccess: false,
    depth: 0,
  })
  const toNode = (comment: any): DeliveryComment => ({
    id: comment.id,
    authorName: comment.authorName,
    body: comment.body,
    pinned: Boolean(comment.pinned),
    createdAt: comment.createdAt,
    replies: [],
  })
  const roots = top.docs.map(toNode)
  let level = roots
  for (let depth = 2; depth <= settings.comments.maxDepth && level.length; depth++) {
    const byId = new Map(level.map((node) => [node.id, node]))
    const replies = await payload.find({
      collection: settings.slugs.comments,
      where: { and: [onArticle, { parent: { in: [...byId.keys()] } }] },
      sort: 'createdAt',
      limit: settings.comments.maxPageSize,
      select: commentSelect as never,
      overrideAccess: false,
      depth: 0,
    })
    level = replies.docs.map((reply: any) => {
      const node = toNode(reply)
      byId.get(idOf(reply.parent)!)?.replies.push(node)
      return node
    })
  }
  return { docs: roots, totalTopLevel: top.totalDocs, hasMore: top.hasNextPage }
}
