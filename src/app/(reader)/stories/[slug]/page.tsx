import type { DeliveryArticle } from 'newsroom-payload/fetch-client'
import type { Metadata } from 'next'

import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import React from 'react'

import { READER_PATHS } from '../../../../server/routes/readerPaths'
import { apiBase, newsroomApi, requestOrigin, siteUrl } from '../../readerApi'
import { LiveStory } from './LiveStory'
import { StoryView } from './StoryView'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const loadStory = async (slug: string) => {
  const api = await newsroomApi()
  return api.getStory(slug).catch((error) => {
    if (error?.status === 404) {
      return null
    }
    throw error
  })
}

/**
 * An editor's draft for preview, read over REST with the editor's own login (the admin's cookie):
 * anyone who may not read drafts gets the 404 a missing story gets. Never cached.
 */
const loadDraft = async (id: string) => {
  const token = (await cookies()).get('payload-token')?.value
  if (!token || !/^\d+$/.test(id)) {
    return null
  }
  const res = await fetch(`${apiBase()}/api/articles/${id}?draft=true&depth=3`, {
    headers: { authorization: `JWT ${token}` },
    cache: 'no-store',
  })
  return res.ok ? ((await res.json()) as { id: number | string } & Record<string, unknown>) : null
}

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  if ((await searchParams).preview) {
    return { title: 'Preview', robots: { index: false } }
  }
  const { slug } = await params
  const story = await loadStory(slug)
  if (!story) {
    return { title: 'Story not found' }
  }
  const url = `${siteUrl()}/stories/${story.slug}`
  const { title, description } = story.meta
  const image = sharePictureOf(story.meta.image)
  return {
    title,
    description: description ?? undefined,
    alternates: {
      canonical: url,
      // Feed readers find the story's own feed (its updates and corrections); a retracted story's answers 410.
      ...(story.retraction
        ? {}
        : {
            types: {
              'application/atom+xml': [
                { url: READER_PATHS.storyFeed(story.slug), title: 'Updates to this story' },
              ],
            },
          }),
    },
    openGraph: {
      type: 'article',
      url,
      title,
      description: description ?? undefined,
      publishedTime: story.publishedAt ?? undefined,
      modifiedTime: story.dateModified ?? undefined,
      ...(image ? { images: [image] } : {}),
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      description: description ?? undefined,
      ...(image ? { images: [image] } : {}),
    },
  }
}

/** The share picture as Open Graph wants it: the 16:9 crop (1200 wide) when there is one, absolute, with its alt text. */
const sharePictureOf = (image: DeliveryArticle['meta']['image']) => {
  if (!image) {
    return null
  }
  const picked = image.sizes.wide16x9 ?? {
    url: image.url,
    width: image.width ?? undefined,
    height: image.height ?? undefined,
  }
  return {
    url: new URL(picked.url, siteUrl()).href,
    width: picked.width,
    height: picked.height,
    alt: image.alt,
  }
}

/** One published story, as readers get it: the REST delivery document, rendered; or an editor's live preview. */
const StoryPage = async ({ params, searchParams }: Props) => {
  const { preview } = await searchParams
  if (typeof preview === 'string') {
    const draft = await loadDraft(preview)
    if (!draft) {
      notFound()
    }
    return <LiveStory draft={draft} serverURL={await requestOrigin()} />
  }
  const { slug } = await params
  const story = await loadStory(slug)
  if (!story) {
    notFound()
  }
  const api = await newsroomApi()
  const [jsonLd, editions] = await Promise.all([
    api.getStoryJsonLd(story.slug),
    story.retraction ? undefined : api.listEditions(story.slug).catch(() => undefined),
  ])
  return <StoryView story={story} jsonLd={jsonLd} editions={editions} />
}

export default StoryPage
