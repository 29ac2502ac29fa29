import type { CollectionBeforeChangeHook } from 'payload'

import { Forbidden, ValidationError } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { asCaller } from '../../../src/plugin/access/callerAccess'
import { idOf, isDatabaseId } from '../../../src/plugin/ids'

/**
 * Where a new comment may go: the article must take comments (403 when closed) and a reply may nest
 * at most `maxDepth` levels. Whether the article and parent exist, are published and approved, and
 * belong together is checked by the fields' own validation (their filterOptions), which also answers
 * a value that is no id at all (a slug): this looks nothing up for one.
 */
export const checkCommentThread =
  (settings: NewsroomSettings): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, req }) => {
    if (operation !== 'create') {
      return data
    }
    const articleId = idOf(data.article)
    if (isDatabaseId(articleId, req.payload.db)) {
      const { docs } = await req.payload.find({
        collection: settings.slugs.articles,
        where: { id: { equals: articleId } },
        depth: 0,
        limit: 1,
        select: { commentsOpen: true } as never,
        ...asCaller(req),
      })
      if ((docs[0] as { commentsOpen?: boolean } | undefined)?.commentsOpen === false) {
        throw new Forbidden(req.t)
      }
    }

    let depth = 1
    let parentId = idOf(data.parent)
    while (isDatabaseId(parentId, req.payload.db) && depth <= settings.comments.maxDepth) {
      depth++
      const { docs } = await req.payload.find({
        collection: collection.slug,
        where: { id: { equals: parentId } },
        depth: 0,
        limit: 1,
        select: { parent: true },
        ...asCaller(req),
      })
      parentId = idOf((docs[0] as { parent?: unknown } | undefined)?.parent)
    }
    if (depth > settings.comments.maxDepth) {
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [
            {
              path: 'parent',
              message: `Replies can nest at most ${settings.comments.maxDepth} levels deep; reply higher up the thread.`,
            },
          ],
          req,
        },
        req.t,
      )
    }
    return data
  }
