/**
 * The rules of Atom 1.0 (RFC 4287) the W3C feed validator (validator.w3.org/feed) enforces, for the
 * feeds the site serves: the validator itself is a Python web service, so it cannot run in the tests.
 * `atomRuleViolations(xml)` lists what the validator would reject (empty: none):
 *
 * - well-formed XML, with only the characters XML 1.0 allows; the root `feed` in the Atom namespace;
 * - the feed and every entry: exactly one `id` (an absolute IRI), `title` and `updated` (RFC 3339),
 *   at most one `published`, `summary`, `content`, `rights`; entry ids unique;
 * - an author: on the feed, or on every entry; every author and contributor has one `name`, and a
 *   `uri` that is an absolute IRI;
 * - a `link rel="self"` on the feed; every link has an `href` (absolute here); no two
 *   `rel="alternate"` links of the same `type` and `hreflang`; an entry without `content` has an
 *   alternate link;
 * - text constructs (`title`, `subtitle`, `summary`, `rights`) of type `text`, `html` or `xhtml`
 *   (`text` and `html` with no child elements); `content` of one of those or a MIME type;
 * - a category has a `term`.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

const ATOM = 'http://www.w3.org/2005/Atom'
const REPEATED = new Set(['entry', 'link', 'author', 'contributor', 'category'])
const TEXT_TYPES = new Set(['text', 'html', 'xhtml'])
/** RFC 3339's date-time (Atom's Date construct), with a real date in it. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/
/** Characters XML 1.0 does not allow anywhere in a document. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

type Node = Record<string, unknown>

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
})

const isAbsoluteIri = (value: unknown) =>
  typeof value === 'string' && /^[a-z][a-z\d+.-]*:/i.test(value) && URL.canParse(value)

const textOf = (node: unknown): string | undefined =>
  typeof node === 'string'
    ? node
    : node && typeof node === 'object' && typeof (node as Node)['#text'] === 'string'
      ? ((node as Node)['#text'] as string)
      : node && typeof node === 'object'
        ? ''
        : undefined

/** An attribute's value (attributes are kept as strings). */
const attr = (node: unknown, name: string): string | undefined =>
  node && typeof node === 'object' && typeof (node as Node)[`@_${name}`] === 'string'
    ? ((node as Node)[`@_${name}`] as string)
    : undefined

const countOf = (parent: Node, name: string) =>
  parent[name] === undefined ? 0 : Array.isArray(parent[name]) ? parent[name].length : 1

const elementsIn = (node: unknown) =>
  node && typeof node === 'object'
    ? Object.keys(node).filter((key) => !key.startsWith('@_') && key !== '#text')
    : []

export const atomRuleViolations = (xml: string): string[] => {
  const found: string[] = []
  const say = (where: string, what: string) => found.push(`${where}: ${what}`)
  const well = XMLValidator.validate(xml)
  if (well !== true) {
    return [`not well-formed XML: ${well.err.msg} (line ${well.err.line})`]
  }
  if (NOT_XML_CHAR.test(xml)) {
    say('document', 'a character XML 1.0 does not allow')
  }
  const feed = (parser.parse(xml) as Node).feed as Node | undefined
  if (!feed) {
    return ['the root element is not <feed>']
  }
  if (attr(feed, 'xmlns') !== ATOM) {
    say('feed', `not in the Atom namespace (${attr(feed, 'xmlns')})`)
  }

  const once = (parent: Node, where: string, name: string, required: boolean) => {
    const count = countOf(parent, name)
    if (count > 1 || (required && count === 0)) {
      say(where, `${count} <${name}> (${required ? 'exactly' : 'at most'} one allowed)`)
    }
  }
  const date = (parent: Node, where: string, name: string) => {
    const value = textOf(parent[name])
    if (value !== undefined && !(RFC3339.test(value) && !Number.isNaN(Date.parse(value)))) {
      say(where, `<${name}> is not an RFC 3339 date: ${value}`)
    }
  }
  const textConstruct = (parent: Node, where: string, name: string) => {
    const node = parent[name]
    if (node === undefined) {
      return
    }
    const type = attr(node, 'type') ?? 'text'
    if (!TEXT_TYPES.has(type)) {
      say(where, `<${name} type="${type}"> (text, html or xhtml)`)
    }
    if (type !== 'xhtml' && elementsIn(node).length) {
      say(where, `<${name} type="${type}"> has child elements`)
    }
  }
  const people = (parent: Node, where: string, name: 'author' | 'contributor') => {
    for (const person of (parent[name] as Node[] | undefined) ?? []) {
      if (countOf(person, 'name') !== 1 || !textOf(person.name)?.trim()) {
        say(where, `an <${name}> without exactly one non-empty <name>`)
      }
      if (person.uri !== undefined && !isAbsoluteIri(textOf(person.uri))) {
        say(where, `an <${name}>'s <uri> is not an absolute IRI: ${textOf(person.uri)}`)
      }
    }
  }
  const links = (parent: Node, where: string) => {
    const all = (parent.link as Node[] | undefined) ?? []
    const alternates = new Set<string>()
    for (const link of all) {
      if (!isAbsoluteIri(attr(link, 'href'))) {
        say(where, `a <link> whose href is not an absolute IRI: ${attr(link, 'href')}`)
      }
      if ((attr(link, 'rel') ?? 'alternate') === 'alternate') {
        const key = `${attr(link, 'type') ?? ''} ${attr(link, 'hreflang') ?? ''}`
        if (alternates.has(key)) {
          say(where, `two alternate links of the same type and hreflang (${key.trim()})`)
        }
        alternates.add(key)
      }
    }
    return all
  }
  const common = (parent: Node, where: string) => {
    for (const name of ['id', 'title', 'updated']) {
      once(parent, where, name, true)
    }
    for (const name of ['published', 'rights', 'summary', 'content', 'subtitle']) {
      once(parent, where, name, false)
    }
    if (countOf(parent, 'id') === 1 && !isAbsoluteIri(textOf(parent.id))) {
      say(where, `<id> is not an absolute IRI: ${textOf(parent.id)}`)
    }
    date(parent, where, 'updated')
    date(parent, where, 'published')
    for (const name of ['title', 'subtitle', 'summary', 'rights']) {
      textConstruct(parent, where, name)
    }
    people(parent, where, 'author')
    people(parent, where, 'contributor')
    for (const category of (parent.category as Node[] | undefined) ?? []) {
      if (!attr(category, 'term')) {
        say(where, 'a <category> without a term')
      }
    }
  }

  common(feed, 'feed')
  if (!links(feed, 'feed').some((link) => attr(link, 'rel') === 'self')) {
    say('feed', 'no <link rel="self">')
  }
  const feedHasAuthor = countOf(feed, 'author') > 0
  const ids = new Set<string>()
  for (const [index, entry] of ((feed.entry as Node[] | undefined) ?? []).entries()) {
    const where = `entry ${index + 1} (${textOf(entry.id) ?? 'no id'})`
    common(entry, where)
    const entryLinks = links(entry, where)
    if (!feedHasAuthor && countOf(entry, 'author') === 0) {
      say(where, 'no <author>, and none on the feed')
    }
    if (
      entry.content === undefined &&
      !entryLinks.some((link) => (attr(link, 'rel') ?? 'alternate') === 'alternate')
    ) {
      say(where, 'neither <content> nor an alternate link')
    }
    if (entry.content !== undefined) {
      const type = attr(entry.content, 'type') ?? 'text'
      if (!TEXT_TYPES.has(type) && !/^[\w.+-]+\/[\w.+-]+$/.test(type)) {
        say(where, `<content type="${type}"> is neither text, html, xhtml nor a MIME type`)
      }
    }
    const id = textOf(entry.id)
    if (id !== undefined) {
      if (ids.has(id)) {
        say(where, 'an id another entry has too')
      }
      ids.add(id)
    }
  }
  return found
}
