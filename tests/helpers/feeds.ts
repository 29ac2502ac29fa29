/**
 * The Atom feed the reader site would serve of these story documents (the plugin's own `atomFeed`,
 * for a newsroom at news.example): the API suites check what a feed says of a story they fetched
 * over HTTP; the feeds themselves are fetched over HTTP in the browser suites (readerSite).
 */
import { atomFeed } from '../../src/plugin/syndication/feeds'

export const atomFeedOf = (stories: unknown[]) =>
  atomFeed({
    stories: stories as never,
    newsroom: {
      name: 'Test',
      url: 'https://news.example',
      language: 'en',
      policies: [],
    } as never,
    feedUrl: 'https://news.example/feed.xml',
    storyUrl: (slug) => `https://news.example/stories/${slug}`,
  })
