import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { READER_PATHS } from '../../server/routes/readerPaths'
import { newsroomApi } from './readerApi'
import { newsroomFacts } from './syndication'
import './reader.css'

export const generateMetadata = async (): Promise<Metadata> => {
  const newsroom = await newsroomFacts(await newsroomApi())
  return {
    title: { default: newsroom.name, template: `%s — ${newsroom.name}` },
    alternates: {
      types: {
        'application/atom+xml': [
          { url: READER_PATHS.feed, title: `${newsroom.name}: latest stories` },
        ],
      },
    },
  }
}
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/** The reader site: every page a reader sees, server-rendered, readable without JavaScript. */
const ReaderLayout = async ({ children }: { children: React.ReactNode }) => {
  const newsroom = await newsroomFacts(await newsroomApi())
  return (
    <html lang={newsroom.language}>
      <body>
        <a className="skip" href="#content">
          Skip to the story
        </a>
        <header className="site-header">
          <a className="site-name" href="/">
            {newsroom.name}
          </a>
          <a className="site-search-link" href={READER_PATHS.search}>
            Search
          </a>
        </header>
        <main id="content">{children}</main>
        <footer className="site-footer">
          <p>
            Reader comments are moderated. To report an error in a story, use the form at its end.
          </p>
          <nav aria-label="Our standards">
            <ul className="policies">
              {newsroom.policies.map((policy) => (
                <li key={policy.key}>
                  <a href={policy.url}>{policy.title}</a>
                </li>
              ))}
              <li>
                <a href={READER_PATHS.feed}>Atom feed</a>
              </li>
            </ul>
          </nav>
        </footer>
      </body>
    </html>
  )
}

export default ReaderLayout
