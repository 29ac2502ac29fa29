import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { asCaller } from '../../../src/plugin/access/callerAccess'
import { creditingAuthor } from '../../../src/plugin/bylines/credits'

/**
 * An author credited on a story (or on one of its updates) is not deleted (the story would lose its byline and its record of who
 * did the work): editors make them inactive instead, or take the credit off the stories first.
 */
export const refuseDeleteWhileCredited =
  (settings: NewsroomSettings): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const { totalDocs } = await req.payload.count({
      collection: settings.slugs.articles,
      where: creditingAuthor(id),
      ...asCaller(req),
    })
    if (totalDocs > 0) {
      throw new APIError(
        `authors: this author is credited on ${totalDocs} ${totalDocs === 1 ? 'story' : 'stories'}; make them inactive instead, or remove the credits first.`,
        409,
        [{ path: 'authors', message: 'Credited on a story.' }],
        true,
      )
    }
  }
