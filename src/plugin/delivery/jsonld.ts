import type { DeliveryArticle, DeliverySource } from './types'

import { bodyToPlainText } from '../richText/plainText'

/**
 * schema.org wants an agent: people are Persons, everything else (officials, crowds, recordings) an
 * Organization or CreativeWork. Only a public name is a `name`: a source the story does not name
 * ("a colleague who spoke on condition of anonymity", "experts") is described, never named.
 */
const agentOf = (source: DeliverySource | undefined) => {
  if (!source) return undefined
  const type = source.kind === 'person' || source.kind === 'anonymous' ? 'Person' : source.kind === 'footage' || source.kind === 'document' || source.kind === 'social' ? 'CreativeWork' : 'Organization'
  const named = source.kind !== 'anonymous' && source.name?.trim()
  return { '@type': type, ...(named ? { name: named } : {}), description: source.description, ...(source.role && type === 'Person' ? { jobTitle: source.role } : {}) }
}

/**
 * The story as schema.org NewsArticle: quotes as Quotation (spokenByCharacter and creator: who said
 * it), corrections and clarifications as CorrectionComment, the rendered body as articleBody.
 */
export const toNewsArticleJsonLd = (article: DeliveryArticle, url?: string) => {
  const sources = new Map(article.sources.map((source) => [source.id, source]))
  const quotes = new Map(article.quotes.map((quote) => [quote.id, quote]))
  const byline = article.byline?.trim()
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(url ? { url, mainEntityOfPage: url } : {}),
    identifier: String(article.id),
    headline: article.title,
    ...(article.dek ? { description: article.dek } : {}),
    ...(byline ? { author: { '@type': /^staff$/i.test(byline) ? 'Organization' : 'Person', name: byline } } : {}),
    datePublished: article.publishedAt,
    dateModified: article.dateModified ?? article.publishedAt,
    creativeWorkStatus: article.storyStatus,
    keywords: article.tags,
    articleBody: bodyToPlainText(article.body, (ref) => quotes.get(ref as number)?.text ?? ''),
    citation: article.quotes.map((quote) => {
      const speaker = agentOf(sources.get(quote.speaker as number))
      return {
        '@type': 'Quotation',
        text: quote.text,
        ...(speaker ? { spokenByCharacter: speaker, creator: speaker } : {}),
        ...(quote.via != null && sources.get(quote.via) ? { isBasedOn: agentOf(sources.get(quote.via)) } : {}),
        ...(quote.kind === 'paraphrase' ? { description: 'Paraphrase' } : {}),
      }
    }),
    correction: article.updateLog
      .filter((entry) => entry.type === 'correction' || entry.type === 'clarification')
      .map((entry) => ({ '@type': 'CorrectionComment', text: entry.text, datePublished: entry.date })),
    commentCount: article.commentCount,
  }
}
