import type { Payload, PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../options'

import { buildArticleDocument, readerViewOf } from './buildArticleDocument'
import { absoluteUrl } from '../syndication/newsroomFacts'
import { storyEtag } from './invalidation/storyEtag'

/** The story's public URL: the `storyUrl` option, made absolute with serverURL when it can be. */
export const storyUrlFor = (settings: NewsroomSettings, serverURL: string | undefined, slug: string) => absoluteUrl(serverURL ?? '', settings.storyUrl({ slug }))

/**
 * The ETag readers get for the story's JSON (the delivery endpoint's), or null when they get none;
 * within `req`'s transaction, as the save being committed leaves the story.
 */
export const publicStoryEtag = async (payload: Payload, settings: NewsroomSettings, slug: string, req?: PayloadRequest): Promise<string | null> => {
  const document = await buildArticleDocument(payload, settings, slug, req ? { req: readerViewOf(req) } : {})
  return document ? storyEtag(document) : null
}
