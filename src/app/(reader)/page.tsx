import React from 'react'

import { newsroomApi } from './readerApi'

export const dynamic = 'force-dynamic'

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

/** The front page: published stories, newest first, read over REST like any frontend. */
const FrontPage = async () => {
  const api = await newsroomApi()
  const { docs } = await api.listArticles({ limit: 50 })
  return (
    <section aria-labelledby="latest">
      <h1 id="latest">Latest stories</h1>
      {docs.length === 0 ? <p>No stories are published yet.</p> : null}
      <ul className="story-list">
        {docs.map((story) => (
          <li key={story.id}>
            <h2>
              <a href={`/stories/${story.slug}`}>{story.title}</a>
            </h2>
            {story.dek ? <p className="dek">{story.dek}</p> : null}
            {story.publishedAt ? (
              <p className="meta">
                <time dateTime={story.publishedAt}>
                  {dateFormat.format(new Date(story.publishedAt))}
                </time>
                {story.storyStatus === 'developing' ? (
                  <span className="badge">Developing</span>
                ) : null}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}

export default FrontPage
