/** What the story file holds, separated from the page furniture it was copied with. */
export type ParsedStory = { headline: string; paragraphs: string[] }

/** The social-media tag the headline line was posted with; not part of the headline. */
const HEADLINE_CRUFT = /\s*\(Check In First comment\)\s*[–-]\s*v\s*$/
/** The source page's comment button, copied at the end; not part of the story. */
const PAGE_FURNITURE = new Set(['Post Comment'])

/**
 * Line one is the headline; every other non-empty line is a paragraph, kept exactly as written
 * (typographic quotes, apostrophes, dashes and ellipses included).
 */
export const parseStory = (text: string): ParsedStory => {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const [first = '', ...rest] = lines
  const headline = first.replace(HEADLINE_CRUFT, '').trim()
  const paragraphs = rest
    .map((line) => line.trim())
    .filter((line) => line && !PAGE_FURNITURE.has(line))
  return { headline, paragraphs }
}
