import escapeHtml from 'escape-html'
import { Feed } from 'feed'
import crypto from 'node:crypto'

import type { DeliveryArticle, DeliveryAuthor, DeliveryImage } from '../delivery/types'
import type { NewsroomFacts } from './newsroomFacts'

import { bodyToHtml, figcaption } from '../delivery/bodyHtml'
import { logEntryUrl } from '../delivery/jsonld'
import { againstBase, srcsetOf } from '../delivery/shapes'
import { BYLINE_ROLES } from '../vocabulary'

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF): dropped, or no reader parses the feed. */
const xmlChars = (text: string) =>
  text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
const LOG_WORDS = {
  update: 'Update',
  correction: 'Correction',
  clarification: 'Clarification',
  retraction: 'Retraction',
} as const

/** The main picture, its addresses absolute (a feed reader has no page to resolve them against). */
const pictureHtml = (image: DeliveryImage, base?: string) => {
  const absolute = againstBase(base)
  return `<figure><img src="${escapeHtml(absolute(image.sizes.medium?.url ?? image.url))}" srcset="${escapeHtml(srcsetOf(image, absolute))}" alt="${escapeHtml(image.alt)}">${figcaption(image, image.caption ?? '')}</figure>`
}

/**
 * A story as a feed entry shows it: its corrections first (as the story page does), the main
 * picture, the body (its pictures' addresses made absolute against `base`), then the log of updates.
 */
export const storyEntryHtml = (story: DeliveryArticle, base?: string) => {
  const corrections = story.updateLog.filter((entry) => entry.type !== 'update')
  const updates = story.updateLog.filter((entry) => entry.type === 'update')
  const list = (entries: DeliveryArticle['updateLog']) =>
    `<ul>${[...entries]
      .reverse()
      .map(
        (entry) =>
          `<li><strong>${LOG_WORDS[entry.type]}</strong> (<time datetime="${entry.date}">${entry.date.slice(0, 16).replace('T', ' ')} UTC</time>): ${escapeHtml(entry.text)}</li>`,
      )
      .join('')}</ul>`
  // A retracted story is its notice: the text is gone from every surface.
  if (story.retraction) {
    return `<section class="retraction"><h2>This story has been retracted</h2><p>${escapeHtml(story.retraction.text)}</p></section>${list(story.updateLog)}`
  }
  return [
    corrections.length
      ? `<section class="corrections"><h2>Corrections and clarifications</h2>${list(corrections)}</section>`
      : '',
    story.dek ? `<p><em>${escapeHtml(story.dek)}</em></p>` : '',
    story.heroImage ? pictureHtml(story.heroImage, base) : '',
    // Only a body with pictures has addresses to make absolute; the rest is the story's own HTML.
    base && story.bodyImages.length
      ? bodyToHtml(story.body, story.quotes, { pictures: story.bodyImages, base })
      : story.bodyHtml,
    updates.length ? `<section class="updates"><h2>Updates</h2>${list(updates)}</section>` : '',
  ].join('')
}

/**
 * Atom's `<author>` per person who wrote or reported the story (with their page), `<contributor>` for
 * the others; the byline, else the newsroom, for a story without credits. A withheld byline is the
 * newsroom's withheld name, with no page.
 */
const feedCredits = (story: DeliveryArticle, storyLink: string, newsroomName: string) => {
  const credits = story.authors ?? []
  const main = credits.filter((entry) => BYLINE_ROLES.includes(entry.role))
  const others = credits.filter((entry) => !BYLINE_ROLES.includes(entry.role))
  const authors = main.length ? main : others
  return {
    author: authors.length
      ? authors.map((entry) => feedPerson(entry, storyLink))
      : [{ name: xmlChars(story.byline?.trim() || newsroomName) }],
    ...(main.length && others.length
      ? { contributor: others.map((entry) => feedPerson(entry, storyLink)) }
      : {}),
  }
}

/** One credited person in Atom: their name, and their page when they have one (withheld: none). */
const feedPerson = (entry: DeliveryAuthor, storyLink: string) => ({
  name: xmlChars(entry.name),
  ...(entry.url
    ? { link: URL.canParse(entry.url, storyLink) ? new URL(entry.url, storyLink).href : entry.url }
    : {}),
})

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!,
  )

/**
 * Plain text through the `feed` library, put right (see atomFeed): each value goes in as a unique
 * placeholder, and `written` puts the text back into the library's XML, escaped once: a title or
 * summary as `type="text"`, an attribute's value, any other element's text.
 */
const plainTextPlaceholders = () => {
  const nonce = crypto.randomUUID()
  const placed = new Map<string, string>()
  const placeholder = (text: string) => {
    const key = `${nonce}-${placed.size}`
    placed.set(key, xmlChars(text))
    return key
  }
  const written = (xml: string) =>
    xml
      .replace(
        new RegExp(
          `<(title|summary) type="html"><!\\[CDATA\\[(${nonce}-\\d+)\\]\\]></(?:title|summary)>`,
          'g',
        ),
        (_, element: string, key: string) =>
          `<${element} type="text">${escapeXml(placed.get(key)!)}</${element}>`,
      )
      .replace(
        new RegExp(`"(${nonce}-\\d+)"`, 'g'),
        (_, key: string) => `"${escapeXml(placed.get(key)!)}"`,
      )
      .replace(new RegExp(`${nonce}-\\d+`, 'g'), (key) => escapeXml(placed.get(key)!))
  return { placeholder, written }
}

/** The HTML an entry carries, as the library writes it: in CDATA, which it ends at the first `]]>` only (in HTML `]]&gt;` reads the same). */
const entryContent = (html: string) => xmlChars(html).replaceAll(']]>', ']]&gt;')

/**
 * Atom 1.0 of published stories (the `feed` library writes the XML), newest material update first:
 * each entry's `<updated>` is the story's `dateModified`, its content the story's HTML with its
 * corrections and updates.
 *
 * Two things `feed` 6.0.0 gets wrong are put right on its output: it declares every title and
 * summary `type="html"` (a headline is plain text: “Profits <b>up</b>” must read as typed), and it
 * escapes only `&` in a category's attributes (one tag with `<` made the whole feed invalid XML).
 * So those values go in as unique placeholders and are replaced by the properly escaped text.
 */
export const atomFeed = ({
  stories,
  newsroom,
  feedUrl,
  storyUrl,
  title = newsroom.name,
  link = newsroom.url || feedUrl.replace(/\/feed\.xml$/, '/'),
}: {
  stories: DeliveryArticle[]
  newsroom: NewsroomFacts
  feedUrl: string
  storyUrl: (slug: string) => string
  /** The feed's title (an author's feed: "Stories by …"). @default the newsroom's name */
  title?: string
  /** The page the feed follows (an author's page). @default the newsroom's URL */
  link?: string
}): string => {
  const modified = (story: DeliveryArticle) =>
    new Date(story.dateModified ?? story.publishedAt ?? 0)
  const ordered = [...stories].sort((a, b) => modified(b).getTime() - modified(a).getTime())
  const { placeholder, written } = plainTextPlaceholders()
  const feed = new Feed({
    id: feedUrl,
    title: xmlChars(title),
    link,
    language: newsroom.language,
    updated: ordered[0] ? modified(ordered[0]) : new Date(0),
    generator: 'newsroom-payload',
    feedLinks: { atom: feedUrl },
    ...(newsroom.logoUrl ? { image: newsroom.logoUrl } : {}),
    copyright: xmlChars(`© ${newsroom.name}`),
  })
  for (const story of ordered) {
    const link = storyUrl(story.slug)
    feed.addItem({
      id: link,
      link,
      title: placeholder(story.retraction ? `Retracted: ${story.title}` : story.title),
      date: modified(story),
      ...(story.publishedAt ? { published: new Date(story.publishedAt) } : {}),
      ...(story.dek ? { description: placeholder(story.dek) } : {}),
      content: entryContent(storyEntryHtml(story, link)),
      ...feedCredits(story, link, newsroom.name),
      category: story.tags.map((tag) => placeholder(tag)).map((key) => ({ name: key, term: key })),
    })
  }
  return written(feed.atom1())
}

/** An entry's words as a headline: on one line, cut at a word boundary near `max` characters, with an ellipsis. */
const headlineOf = (text: string, max = 110) => {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  if (chars.length <= max) {
    return chars.join('')
  }
  const cut = chars.slice(0, max).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.…–—-]+$/u, '')}…`
}

/**
 * Atom 1.0 of one story's log, for whoever follows that story (a feed reader, a newsletter's
 * RSS-to-email, a push service), newest first: an entry per log entry, linked to its place on the
 * story's page (`#update-<id>`), then the story's own publication as the oldest entry. Corrections,
 * clarifications and a retraction are entries too, not only updates: to someone following the story
 * they are news as much as an update is. A retracted story's publication entry is its notice and
 * log (storyEntryHtml), never its text.
 */
export const storyUpdatesFeed = ({
  story,
  newsroom,
  feedUrl,
  storyUrl,
}: {
  story: DeliveryArticle
  newsroom: NewsroomFacts
  /** This feed's own absolute URL: its id and `rel="self"`. */
  feedUrl: string
  /** The story page's absolute URL: the entries link to its anchors. */
  storyUrl: string
}): string => {
  const { placeholder, written } = plainTextPlaceholders()
  const credits = feedCredits(story, storyUrl, newsroom.name)
  // The log is oldest first; of two entries dated alike, the later one written comes first.
  const log = [...story.updateLog].reverse().sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
  const published = new Date(story.publishedAt ?? story.dateModified ?? 0)
  const newest =
    log[0] && Date.parse(log[0].date) > published.getTime() ? new Date(log[0].date) : published
  const feed = new Feed({
    id: feedUrl,
    title: placeholder(story.title),
    link: storyUrl,
    language: newsroom.language,
    updated: newest,
    generator: 'newsroom-payload',
    feedLinks: { atom: feedUrl },
    ...(newsroom.logoUrl ? { image: newsroom.logoUrl } : {}),
    copyright: xmlChars(`© ${newsroom.name}`),
  })
  for (const entry of log) {
    const link = logEntryUrl(storyUrl, entry.id)
    feed.addItem({
      id: link,
      link,
      // An update's own headline when the editors gave it one; its text as the page shows it.
      title: placeholder(
        entry.type === 'update'
          ? entry.headline || headlineOf(entry.text)
          : `${LOG_WORDS[entry.type]}: ${headlineOf(entry.text)}`,
      ),
      date: new Date(entry.date),
      published: new Date(entry.date),
      content: entryContent(entry.html ?? `<p>${escapeHtml(entry.text)}</p>`),
      // An update's own writers when it names them; otherwise the story's.
      ...(entry.authors?.length
        ? { author: entry.authors.map((author) => feedPerson(author, storyUrl)) }
        : credits),
    })
  }
  feed.addItem({
    id: storyUrl,
    link: storyUrl,
    title: placeholder(story.retraction ? `Retracted: ${story.title}` : story.title),
    date: published,
    published,
    ...(story.dek ? { description: placeholder(story.dek) } : {}),
    content: entryContent(storyEntryHtml(story, storyUrl)),
    ...credits,
  })
  return written(feed.atom1())
}
