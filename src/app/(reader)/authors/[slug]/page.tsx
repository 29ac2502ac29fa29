import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import { READER_PATHS } from '../../../../server/routes/readerPaths'
import { newsroomApi } from '../../readerApi'

export const dynamic = 'force-dynamic'

type Params = {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })
const ROLE_WORDS: Record<string, string> = {
  'written-by': 'Written',
  'reporting-by': 'Reporting',
  'additional-reporting': 'Additional reporting',
  'photos-by': 'Photos',
  'video-by': 'Video',
  'graphics-by': 'Graphics',
}

/** The page asked for: a whole number from 1, else the first (a page past the last lists no stories). */
const pageOf = (raw: string | string[] | undefined) => {
  const value = Array.isArray(raw) ? raw[0] : raw
  return value && /^\d{1,5}$/.test(value) && Number(value) >= 1 ? Number(value) : 1
}

const readAuthor = async ({ params, searchParams }: Params) => {
  const api = await newsroomApi()
  return api.getAuthor((await params).slug, { page: pageOf((await searchParams).page) })
}

export const generateMetadata = async (args: Params): Promise<Metadata> => {
  const found = await readAuthor(args)
  if (!found) {
    return { title: 'Not found' }
  }
  const { author } = found
  return {
    title: author.name,
    description: author.bio ?? author.jobTitle ?? undefined,
    alternates: {
      types: {
        'application/atom+xml': [
          { url: READER_PATHS.authorFeed(author.slug), title: `Stories by ${author.name}` },
        ],
      },
    },
  }
}

/** An author's page: who they are, their links, and their published stories newest first, 20 a page. */
const AuthorPage = async (args: Params) => {
  const found = await readAuthor(args)
  if (!found) {
    notFound()
  }
  const { author, stories } = found
  const photo = author.photo
  const thumbnail = photo?.sizes.thumbnail ?? photo?.sizes.small
  return (
    <article className="author" aria-labelledby="author-name">
      <header className="author-header">
        {photo ? (
          <img
            src={thumbnail?.url ?? photo.url}
            width={thumbnail?.width ?? photo.width ?? undefined}
            height={thumbnail?.height ?? photo.height ?? undefined}
            alt={photo.alt}
            className="author-photo"
          />
        ) : null}
        <h1 id="author-name">{author.name}</h1>
        {author.jobTitle ? <p className="dek">{author.jobTitle}</p> : null}
        {author.bio ? <p>{author.bio}</p> : null}
        {author.sameAs.length ? (
          <ul className="author-links" aria-label={`${author.name} elsewhere`}>
            {author.sameAs.map((url) => (
              <li key={url}>
                <a href={url} rel="me noopener">
                  {url.replace(/^https?:\/\//, '')}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <a href={READER_PATHS.authorFeed(author.slug)}>
            Follow {author.name}’s stories (Atom feed)
          </a>
        </p>
      </header>
      <section aria-labelledby="author-stories">
        <h2 id="author-stories">Stories</h2>
        {stories.docs.length === 0 ? <p>No stories on this page.</p> : null}
        <ul className="story-list">
          {stories.docs.map((story) => (
            <li key={story.id}>
              <h3>
                <a href={READER_PATHS.story(story.slug)}>
                  {story.retracted ? `Retracted: ${story.title}` : story.title}
                </a>
              </h3>
              {story.dek ? <p className="dek">{story.dek}</p> : null}
              <p className="meta">
                {story.publishedAt ? (
                  <time dateTime={story.publishedAt}>
                    {dateFormat.format(new Date(story.publishedAt))}
                  </time>
                ) : null}{' '}
                {story.roles.map((role) => ROLE_WORDS[role] ?? role).join(', ')}
              </p>
            </li>
          ))}
        </ul>
        {stories.totalPages > 1 ? (
          <nav aria-label="Pages of stories" className="pages">
            {stories.page > 1 ? (
              <a href={`${READER_PATHS.author(author.slug)}?page=${stories.page - 1}`} rel="prev">
                Newer stories
              </a>
            ) : null}{' '}
            <span>
              Page {stories.page} of {stories.totalPages}
            </span>{' '}
            {stories.hasNextPage ? (
              <a href={`${READER_PATHS.author(author.slug)}?page=${stories.page + 1}`} rel="next">
                Older stories
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </article>
  )
}

export default AuthorPage
