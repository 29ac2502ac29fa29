import type { Payload, PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../options'

import { servedStory } from '../editions/served'
import { absoluteUrl } from '../syndication/newsroomFacts'
import { storyEtag } from './invalidation/storyEtag'

/** The story's public URL: the `storyUrl` option, made absolute with serverURL when it can be. */
export const storyUrlFor = (
  settings: NewsroomSettings,
  serverURL: string | undefined,
  slug: string,
) => absoluteUrl(serverURL ?? '', settings.storyUrl({ slug }))

/**
 * The ETag readers get for the story's JSON (the delivery endpoint's) and the edition it serves, or
 * null when they get none; within `req`'s transaction, as the save being committed leaves the story.
 */
export const publicStoryFacts = async (
  payload: Payload,
  settings: NewsroomSettings,
  slug: string,
  req?: PayloadRequest,
): Promise<{ etag: string; edition: number } | null> => {
  const story = await servedStory(payload, settings, slug, req)
  return story ? { etag: storyEtag(story.document), edition: story.edition.number } : null
}
