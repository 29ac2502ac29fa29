import LinkifyIt from 'linkify-it'

import type { NewsroomSettings } from '../options'

const linkify = new LinkifyIt()

export const countLinks = (text: string): number => linkify.match(text)?.length ?? 0

export type Screening = 'spam' | 'hold' | 'clean'

/**
 * What the text of a public comment says about it, before anyone reads it: a filled honeypot or a
 * blocklisted phrase is spam; too many links is held for a moderator; anything else is clean.
 */
export const screenComment = (
  { body, authorName, honeypot }: { body: string; authorName: string; honeypot: boolean },
  { blocklist, maxLinks }: NewsroomSettings['comments'],
): Screening => {
  if (honeypot) return 'spam'
  const haystack = `${authorName}\n${body}`.toLowerCase()
  if (blocklist.some((phrase) => phrase.trim() && haystack.includes(phrase.trim().toLowerCase()))) return 'spam'
  if (countLinks(body) > maxLinks) return 'hold'
  return 'clean'
}
