import type { NewsroomFacts } from '../syndication/newsroomFacts'
import type { DeliveryArticle, DeliveryAuthor, DeliverySource } from './types'

import { bodyToPlainText } from '../richText/plainText'
import { BYLINE_ROLES } from '../vocabulary'

/** The publisher: a NewsMediaOrganization carrying the newsroom's published policies (The Trust Project's, as schema.org names them). */
export const toPublisherJsonLd = (newsroom: NewsroomFacts) => ({
  '@type': 'NewsMediaOrganization',
  name: newsroom.name,
  ...(newsroom.url ? { url: newsroom.url } : {}),
  ...(newsroom.logoUrl ? { logo: { '@type': 'ImageObject', url: newsroom.logoUrl } } : {}),
  ...Object.fromEntries(
    newsroom.policies
      .filter((policy) => /^https?:/.test(policy.url))
      .map((policy) => [policy.schemaOrg, policy.url]),
  ),
})

/** Where a log entry is on the reader page: the story's URL and the entry's anchor. */
export const logEntryUrl = (storyUrl: string, entryId: string) => `${storyUrl}#update-${entryId}`

/**
 * schema.org wants an agent: people are Persons, everything else (officials, crowds, recordings) an
 * Organization or CreativeWork. Only a public name is a `name`: a source the story does not name
 * ("a colleague who spoke on condition of anonymity", "experts") is described, never named.
 */
const agentOf = (source: DeliverySource | undefined) => {
  if (!source) {
    return undefined
  }
  const type =
    source.kind === 'person' || source.kind === 'anonymous'
      ? 'Person'
      : source.kind === 'footage' || source.kind === 'document' || source.kind === 'social'
        ? 'CreativeWork'
        : 'Organization'
  const named = source.kind !== 'anonymous' && source.name?.trim()
  return {
    '@type': type,
    ...(named ? { name: named } : {}),
    description: source.description,
    ...(source.role && type === 'Person' ? { jobTitle: source.role } : {}),
  }
}

const absolute = (path: string, base?: string) => (base ? new URL(path, base).href : path)

/**
 * Someone credited: a Person (or the desk's Organization) with their page, job title and profiles
 * elsewhere. A withheld byline is the newsroom's name as an Organization, with nothing else.
 */
const creditedAgent = (author: DeliveryAuthor, base?: string) => ({
  '@type': author.kind === 'organization' ? 'Organization' : 'Person',
  name: author.name,
  ...(author.url && base ? { url: absolute(author.url, base) } : {}),
  ...(author.jobTitle && author.kind !== 'organization' ? { jobTitle: author.jobTitle } : {}),
  ...(author.sameAs.length ? { sameAs: author.sameAs } : {}),
})

/** `author`: who wrote or reported it (a story published before credits were kept: its byline); `contributor`: the others. */
const creditsJsonLd = (article: DeliveryArticle, base?: string) => {
  const credits = article.authors ?? []
  const byline = article.byline?.trim()
  const main = credits.filter((entry) => BYLINE_ROLES.includes(entry.role))
  const others = credits.filter((entry) => !BYLINE_ROLES.includes(entry.role))
  const authors = (main.length ? main : others).map((entry) => creditedAgent(entry, base))
  const contributors = main.length ? others.map((entry) => creditedAgent(entry, base)) : []
  return {
    ...(authors.length
      ? { author: authors }
      : byline
        ? { author: { '@type': /^staff$/i.test(byline) ? 'Organization' : 'Person', name: byline } }
        : {}),
    ...(contributors.length ? { contributor: contributors } : {}),
  }
}

/** schema.org's member of IPTCDigitalSourceEnumeration for an IPTC digital source type URI. */
const schemaOrgSourceType = (uri: string) => {
  const code = uri.slice(uri.lastIndexOf('/') + 1)
  return `https://schema.org/${code.charAt(0).toUpperCase()}${code.slice(1)}DigitalSource`
}

/**
 * The main picture's crops (else the share picture's the editors chose), then each picture inside the
 * body: each a URL, or an ImageObject saying how it was made (`digitalSourceType`, and for AI the
 * label as its caption) when that is known.
 */
const images = (article: DeliveryArticle, base?: string) => {
  const main = article.heroImage ?? article.meta.image
  const crops = main
    ? (['wide16x9', 'standard4x3', 'square'] as const)
        .map((name) => main.sizes[name]?.url)
        .filter((url): url is string => Boolean(url))
    : []
  const entries = [
    ...(main ? (crops.length ? crops : [main.url]).map((url) => ({ url, image: main })) : []),
    ...article.bodyImages.map((image) => ({ url: image.url, image })),
  ]
  const seen = new Set<string>()
  type ImageObject = { '@type': 'ImageObject'; url: string; digitalSourceType: string }
  return entries.flatMap(({ url, image }): (ImageObject | string)[] => {
    const href = absolute(url, base)
    if (seen.has(href)) {
      return []
    }
    seen.add(href)
    return image.digitalSourceType
      ? [
          {
            '@type': 'ImageObject' as const,
            url: href,
            digitalSourceType: schemaOrgSourceType(image.digitalSourceType),
            ...(image.aiLabel ? { caption: image.aiLabel } : {}),
          },
        ]
      : [href]
  })
}

/**
 * The story as schema.org NewsArticle: quotes as Quotation (spokenByCharacter and creator: who said
 * it), corrections and clarifications as CorrectionComment, the rendered body as articleBody, the
 * publisher with its policies. A story with updates is also a LiveBlogPosting: its coverage starts
 * at publication, ends when it is concluded, and each update is a BlogPosting at its own anchor.
 */
export const toNewsArticleJsonLd = (
  article: DeliveryArticle,
  { url, newsroom }: { url?: string; newsroom?: NewsroomFacts } = {},
) => {
  const sources = new Map(article.sources.map((source) => [source.id, source]))
  const quotes = new Map(article.quotes.map((quote) => [quote.id, quote]))
  const updates = article.updateLog.filter((entry) => entry.type === 'update')
  const live = updates.length > 0
  return {
    '@context': 'https://schema.org',
    '@type': live ? ['NewsArticle', 'LiveBlogPosting'] : 'NewsArticle',
    ...(url ? { url, mainEntityOfPage: url } : {}),
    identifier: String(article.id),
    headline: article.title,
    // The editors' search description, else the dek (see `meta`).
    ...(article.meta.description ? { description: article.meta.description } : {}),
    ...creditsJsonLd(article, url),
    datePublished: article.publishedAt,
    dateModified: article.dateModified ?? article.publishedAt,
    // schema.org's lifecycle term for a withdrawn work; its notice is a CorrectionComment below.
    creativeWorkStatus: article.retraction ? 'Retracted' : article.storyStatus,
    keywords: article.tags,
    // Google asks for 16:9, 4:3 and 1:1 images, at least 1200 px wide: the crops made around the focal point.
    ...(images(article, url).length ? { image: images(article, url) } : {}),
    articleBody: bodyToPlainText(article.body, (ref) => quotes.get(ref as number)?.text ?? ''),
    citation: article.quotes.map((quote) => {
      const speaker = agentOf(sources.get(quote.speaker as number))
      return {
        '@type': 'Quotation',
        text: quote.text,
        ...(speaker ? { spokenByCharacter: speaker, creator: speaker } : {}),
        ...(quote.via != null && sources.get(quote.via)
          ? { isBasedOn: agentOf(sources.get(quote.via)) }
          : {}),
        ...(quote.kind === 'paraphrase' ? { description: 'Paraphrase' } : {}),
      }
    }),
    correction: article.updateLog
      .filter(
        (entry) =>
          entry.type === 'correction' ||
          entry.type === 'clarification' ||
          entry.type === 'retraction',
      )
      .map((entry) => ({
        '@type': 'CorrectionComment',
        text: entry.type === 'retraction' ? `Retraction: ${entry.text}` : entry.text,
        datePublished: entry.date,
      })),
    commentCount: article.commentCount,
    ...(newsroom ? { inLanguage: newsroom.language, publisher: toPublisherJsonLd(newsroom) } : {}),
    ...(live
      ? {
          coverageStartTime: article.publishedAt,
          ...(article.storyStatus === 'concluded'
            ? { coverageEndTime: article.dateModified ?? updates.at(-1)!.date }
            : {}),
          liveBlogUpdate: [...updates].reverse().map((entry) => ({
            '@type': 'BlogPosting',
            // The editors' headline, else the line cut to Google's 110 characters.
            headline:
              entry.headline ||
              (entry.text.length > 110 ? `${entry.text.slice(0, 109)}…` : entry.text),
            articleBody: entry.body
              ? bodyToPlainText(entry.body, (ref) => quotes.get(ref as number)?.text ?? '')
              : entry.text,
            datePublished: entry.date,
            ...(entry.authors?.length
              ? { author: entry.authors.map((author) => creditedAgent(author, url)) }
              : {}),
            ...(url ? { url: logEntryUrl(url, entry.id) } : {}),
          })),
        }
      : {}),
  }
}
