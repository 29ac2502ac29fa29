import type { Metadata, Viewport } from 'next'

import React from 'react'

import './reader.css'

export const metadata: Metadata = { title: { default: 'Newsroom', template: '%s — Newsroom' } }
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/** The reader site: every page a reader sees, server-rendered, readable without JavaScript. */
const ReaderLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="en">
    <body>
      <a className="skip" href="#content">
        Skip to the story
      </a>
      <header className="site-header">
        <a className="site-name" href="/">
          Newsroom
        </a>
      </header>
      <main id="content">{children}</main>
      <footer className="site-footer">
        <p>
          Reader comments are moderated. To report an error in a story, use the form at its end.
        </p>
      </footer>
    </body>
  </html>
)

export default ReaderLayout
