import LinkifyIt from 'linkify-it'

import type { NewsroomSettings } from '../../../src/plugin/options'

const linkify = new LinkifyIt()

export const countLinks = (text: string): number => linkify.match(text)?.length ?? 0

export type Screening = 'clean' | 'hold' | 'spam'

/**
 * What the text of a public comment says about it, before anyone reads it: a filled honeypot or a
 * blocklisted phrase is spam; too many links is held for a moderator; anything else is clean.
 */
/** Why screening held a comment or marked it spam, in a moderator's words (null when it passed). */
export const screeningReason = (
  { body, authorName, honeypot }: { body: string; authorName: string; honeypot: boolean },
  { blocklist, maxLinks }: NewsroomSettings['comments'],
): null | string => {
  if (honeypot) {
    return 'Spam: the hidden form field that only bots fill in was filled in.'
  }
  const haystack = `${authorName}\n${body}`.toLowerCase()
  const phrase = blocklist.find(
    (candidate) => candidate.trim() && haystack.includes(candidate.trim().toLowerCase()),
  )
  if (phrase) {
    return `Spam: contains the blocklisted phrase “${phrase.trim()}”.`
  }
  const links = countLinks(body)
  if (links > maxLinks) {
    return `Held: ${links} links (more than ${maxLinks}).`
  }
  return null
}

export const screenComment = (
  { body, authorName, honeypot }: { body: string; authorName: string; honeypot: boolean },
  { blocklist, maxLinks }: NewsroomSettings['comments'],
): Screening => {
  if (honeypot) {
    return 'spam'
  }
  const haystack = `${authorName}\n${body}`.toLowerCase()
  if (blocklist.some((phrase) => phrase.trim() && haystack.includes(phrase.trim().toLowerCase()))) {
    return 'spam'
  }
  if (countLinks(body) > maxLinks) {
    return 'hold'
  }
  return 'clean'
}
