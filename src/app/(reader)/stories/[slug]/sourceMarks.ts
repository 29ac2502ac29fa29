/** The body's quotes tied to their sources: footnote order, and a numbered mark after each quote. */
import type { DeliverySource } from 'newsroom-payload/fetch-client'

/** How the story names a source: its name, or its description when it has none (anonymous, unnamed). */
export const sourceName = (source: DeliverySource) => source.name || source.description

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const QUOTE_ELEMENT =
  /<(q|span) class="quote[^"]*"[^>]*\baria-describedby="(source-[^"]+)"[^>]*>[^<]*<\/\1>([”’"]?)/g

/** The story's sources in the order the text first quotes them (footnote order), then the others. */
export const sourcesInCitationOrder = (
  html: string,
  sources: DeliverySource[],
): DeliverySource[] => {
  const cited = [...html.matchAll(QUOTE_ELEMENT)].map((match) => match[2])
  const firstCited = (source: DeliverySource) => {
    const at = cited.indexOf(`source-${source.id}`)
    return at === -1 ? Number.MAX_SAFE_INTEGER : at
  }
  return sources
    .map((source, index) => ({ source, index }))
    .sort((a, b) => firstCited(a.source) - firstCited(b.source) || a.index - b.index)
    .map(({ source }) => source)
}

/**
 * Each quote's attribution, visible: a numbered mark after its words (and their closing quotation
 * mark) links to its speaker in "How we know this", numbered alike. The body's HTML is ours
 * (`bodyToHtml`): a quote is one element whose escaped words hold no tags, pointing at its speaker
 * with `aria-describedby="source-<id>"`.
 */
export const withSourceMarks = (html: string, sources: DeliverySource[]): string => {
  const numberOf = new Map(sources.map((source, index) => [`source-${source.id}`, index + 1]))
  return html.replace(QUOTE_ELEMENT, (quote, _tag: string, anchor: string) => {
    const number = numberOf.get(anchor)
    if (!number) {
      return quote
    }
    const label = escapeAttribute(`Source ${number}: ${sourceName(sources[number - 1])}`)
    return `${quote}<sup class="quote-source"><a href="#${anchor}" aria-label="${label}" title="${label}">${number}</a></sup>`
  })
}
