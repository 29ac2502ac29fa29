import escapeHtml from 'escape-html'

import type { DeliveryArticle, DeliveryImage, DeliverySource } from '../delivery/types'

import { bodyToPlainText } from '../richText/plainText'
import { absoluteUrl, type NewsroomFacts } from './newsroomFacts'

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#'

const LOG_WORDS = {
  update: 'Update',
  correction: 'Correction',
  clarification: 'Clarification',
  retraction: 'Retraction',
} as const
const words = (text: string) => text.split(/\s+/).filter(Boolean).length

/** What a source may be called in public: its public name, or the description the story prints (never an anonymous source's name). */
const publicName = (source: DeliverySource) =>
  (source.kind !== 'anonymous' && source.name?.trim()) || source.description

const PEOPLE = new Set(['person', 'anonymous'])
const ORGANISATIONS = new Set(['official', 'community'])

/** One log entry: its kind and time, an update's headline and text (its HTML, quotes marked up), key events and the pinned one marked. */
const logEntryHtml = (entry: DeliveryArticle['updateLog'][number]) => {
  const marks = [
    entry.keyEvent ? ' data-key-event="true"' : '',
    entry.pinned ? ' data-pinned="true"' : '',
  ]
  const headline = entry.headline ? ` <strong>${escapeHtml(entry.headline)}</strong>` : ''
  const text = entry.html ? `<div>${entry.html}</div>` : ` ${escapeHtml(entry.text)}`
  return `<li id="update-${escapeHtml(entry.id)}" data-type="${entry.type}"${marks.join('')}><time datetime="${entry.date}">${entry.date}</time> ${LOG_WORDS[entry.type]}:${headline}${text}</li>`
}

/** The log as readers see it, newest last: an HTML list for the `log` body (the pinned note first). */
const logHtml = (article: DeliveryArticle) =>
  `${article.editorsNote ? `<p data-pinned="true">${escapeHtml(article.editorsNote)}</p>` : ''}<ol>${article.updateLog.map(logEntryHtml).join('')}</ol>`

/**
 * A picture as a ninjs association: the main one is `featureimage`, those inside the body
 * `inlineimage1`, `inlineimage2`…; each size a rendition when its address is absolute.
 */
const pictureAssociation = (image: DeliveryImage, storyUrl: string, name = 'featureimage') => {
  const base = /^https?:\/\//.test(storyUrl) ? storyUrl : undefined
  const href = (path: string) => (base ? new URL(path, base).href : undefined)
  const renditions = [
    { name: 'original', url: image.url, width: image.width, height: image.height },
    ...Object.entries(image.sizes).map(([name, size]) => ({ name, ...size })),
  ]
    .filter((rendition) => href(rendition.url))
    .map((rendition) => ({
      name: rendition.name,
      href: href(rendition.url)!,
      ...(image.mimeType ? { contentType: image.mimeType } : {}),
      ...(rendition.width ? { width: rendition.width } : {}),
      ...(rendition.height ? { height: rendition.height } : {}),
    }))
  return {
    name,
    rel: name.replace(/\d+$/, ''),
    uri: href(image.url) ?? `urn:newsroom:media:${image.id}`,
    type: 'picture',
    descriptions: [
      { role: 'alt', contentType: 'text/plain', value: image.alt },
      ...(image.caption
        ? [{ role: 'caption', contentType: 'text/plain', value: image.caption }]
        : []),
    ],
    ...(image.credit ? { by: image.credit } : {}),
    ...(image.digitalSourceType
      ? {
          digitalSourceType: {
            uri: image.digitalSourceType,
            ...(image.aiLabel ? { name: image.aiLabel } : {}),
          },
        }
      : {}),
    ...(renditions.length ? { renditions } : {}),
  }
}

/**
 * The story as IPTC ninjs 3.1 (News in JSON), for partners and wire systems: headline, summary,
 * the HTML body (and the update and correction log as a second body), byline, tags as subjects,
 * the embargo it had, its sources as the story shows them (people, organisations, and recordings
 * and documents as info sources; an anonymous source by the story's own id and description), and
 * the newsroom's policies as trust indicators. ninjs 3.1 has `by` for the byline (no `bylines`); the
 * people credited are in `people` (desks in `organisations`) with their role as `rel`.
 */
export const toNinjs = (
  article: DeliveryArticle,
  {
    url,
    newsroom,
    embargoedUntil,
  }: { url: string; newsroom: NewsroomFacts; embargoedUntil?: null | string },
) => {
  const versionCreated = article.dateModified ?? article.publishedAt ?? undefined
  const plain = bodyToPlainText(article.body, () => '')
  const quoted = (kinds: Set<string>) => article.sources.filter((source) => kinds.has(source.kind))
  const people = quoted(PEOPLE).map((source) => ({
    name: publicName(source),
    rel: source.kind === 'anonymous' ? 'anonymousSource' : 'quotedSource',
    literal: String(source.id),
  }))
  const organisations = quoted(ORGANISATIONS).map((source) => ({
    name: publicName(source),
    rel: 'quotedSource',
    literal: String(source.id),
  }))
  // Those credited, by what they did ("written-by", "photos-by"); a withheld byline names no one.
  const authorUri = (path: null | string) => {
    const uri = path ? absoluteUrl(newsroom.url, path) : ''
    return /^https?:\/\//.test(uri) ? { uri } : {}
  }
  const credited = (article.authors ?? []).filter((author) => author.id !== null)
  const creditedPeople = credited
    .filter((author) => author.kind === 'person')
    .map((author) => ({
      name: author.name,
      rel: author.role,
      ...authorUri(author.url),
      literal: `author-${author.id}`,
    }))
  const creditedDesks = credited
    .filter((author) => author.kind === 'organization')
    .map((author) => ({
      name: author.name,
      rel: author.role,
      ...authorUri(author.url),
      literal: `author-${author.id}`,
    }))
  const infoSources = article.sources
    .filter((source) => !PEOPLE.has(source.kind) && !ORGANISATIONS.has(source.kind))
    .map((source) => ({ name: publicName(source), role: source.kind, literal: String(source.id) }))
  const associations = [
    ...(article.heroImage ? [pictureAssociation(article.heroImage, url)] : []),
    ...article.bodyImages.map((image, index) =>
      pictureAssociation(image, url, `inlineimage${index + 1}`),
    ),
  ]
  const trustIndicators = newsroom.policies
    .filter((policy) => /^https?:\/\//.test(policy.url))
    .map((policy) => ({
      role: `http://cv.iptc.org/newscodes/trustindicator/${policy.iptc}`,
      title: policy.title,
      href: policy.url,
    }))
  return {
    uri: /^https?:\/\//.test(url) ? url : `urn:newsroom:article:${article.id}`,
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA },
    type: 'text',
    representationType: 'full',
    ...(versionCreated ? { version: String(Date.parse(versionCreated)) } : {}),
    ...(article.publishedAt ? { firstCreated: article.publishedAt } : {}),
    ...(versionCreated ? { versionCreated } : {}),
    ...(embargoedUntil ? { embargoedUntil } : {}),
    // IPTC: a retracted item is `canceled`; its main body is the retraction notice.
    pubStatus: article.retraction ? 'canceled' : 'usable',
    language: newsroom.language,
    headlines: [{ role: 'main', value: article.title }],
    ...(article.dek
      ? { descriptions: [{ role: 'summary', contentType: 'text/plain', value: article.dek }] }
      : {}),
    bodies: [
      article.retraction
        ? {
            role: 'main',
            contentType: 'text/html',
            value: `<p>${escapeHtml(article.retraction.text)}</p>`,
          }
        : {
            role: 'main',
            contentType: 'text/html',
            value: article.bodyHtml,
            charCount: plain.length,
            wordCount: words(plain),
          },
      ...(article.updateLog.length
        ? [{ role: 'log', contentType: 'text/html', value: logHtml(article) }]
        : []),
    ],
    ...(article.byline?.trim() ? { by: article.byline.trim() } : {}),
    ...(article.tags.length
      ? { subjects: article.tags.map((tag) => ({ name: tag, rel: 'about' })) }
      : {}),
    ...(creditedPeople.length || people.length ? { people: [...creditedPeople, ...people] } : {}),
    ...(creditedDesks.length || organisations.length
      ? { organisations: [...creditedDesks, ...organisations] }
      : {}),
    ...(infoSources.length ? { infoSources } : {}),
    altIds: [
      { role: 'id', value: String(article.id) },
      { role: 'slug', value: article.slug },
    ],
    ...(trustIndicators.length ? { trustIndicators } : {}),
    ...(associations.length ? { associations } : {}),
    copyrightHolder: newsroom.name,
  }
}
