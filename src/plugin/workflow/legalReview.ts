import crypto from 'node:crypto'

import type { QuoteDoc as Quote, SourceDoc as Source } from '../documents'

import { idOf } from '../ids'
import { bodyToPlainText } from '../richText/plainText'

/**
 * What legal signed off: the body's words, with the quotes it cites as they stood (speaker and `via`
 * populated, see signedTextOf). Quotes and sources are shared records, edited apart from the story.
 */
export type SignedText = {
  body?: unknown
  quotes?: ReadonlyMap<number | string, Quote>
  /** The pictures it shows whose Content Credentials fail validation, by id (their alt text). */
  failingPictures?: ReadonlyMap<string, string>
}

const normalised = (text: unknown) =>
  typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : ''

/** Kinds whose verification legal weighs (see reasonsForLegalReview); another kind's provenance is a hidden leftover. */
const VERIFIED_KINDS = new Set(['footage', 'document'])

/** A cited source as legal weighed it: which one, its kind and how far it is verified. */
const sourceMark = (source: Quote['speaker']) => {
  if (source === null || source === undefined) {
    return 'none'
  }
  if (typeof source !== 'object') {
    return `${source}`
  }
  const status = VERIFIED_KINDS.has(source.kind)
    ? (source.provenance?.verificationStatus ?? 'not recorded')
    : ''
  return `${source.id} ${source.kind ?? ''} ${status}`.trim()
}

/** A cited quote as legal read it: its words (verbatim or paraphrased), who said them and via what. */
const quoteMark = (quotes: SignedText['quotes']) => {
  // Ids as the body stores them and as the database returns them may differ in type ("7" and 7).
  const byId = new Map([...(quotes?.values() ?? [])].map((quote) => [String(quote.id), quote]))
  return (ref: unknown) => {
    const id = idOf(ref)
    const quote = id === undefined || id === null ? undefined : byId.get(String(id))
    if (!quote) {
      return `[quote ${id ?? ''}]`
    }
    return `[quote ${id} ${quote.kind ?? ''} “${normalised(quote.text)}” said by ${sourceMark(quote.speaker)} via ${sourceMark(quote.via)}]`
  }
}

/**
 * A fingerprint of the story as legal read it: the body's words, each quote it cites (its words,
 * who said them and via what, and those sources' kind and verification) and which pictures it
 * shows. Formatting, the headline, tags and sidebar settings do not change it; any changed word,
 * quote, attribution, verification or picture does, which voids a legal sign-off.
 */
export const legalFingerprint = ({ body, quotes, failingPictures }: SignedText): string =>
  crypto
    .createHash('sha256')
    .update(
      normalised(
        bodyToPlainText(body, quoteMark(quotes), (ref) => ` [picture ${idOf(ref) ?? ''}] `),
      ) +
        // Only when there are any: a story without them keeps the fingerprint it always had.
        [...(failingPictures?.keys() ?? [])]
          .sort()
          .map((id) => ` [picture ${id} fails its Content Credentials]`)
          .join(''),
    )
    .digest('hex')

const name = (source: Source) => `“${source.description}”`

/**
 * Why a story needs a lawyer's sign-off before it runs, from the quotes it cites (speaker and `via`
 * populated): an anonymous source, or footage or a document not verified; and from the pictures it
 * shows whose Content Credentials fail validation. Empty: no sign-off needed.
 */
export const reasonsForLegalReview = (
  quotes: Iterable<Quote>,
  failingPictures: ReadonlyMap<string, string> = new Map(),
): string[] => {
  const reasons = new Map<number | string, string>()
  for (const quote of quotes) {
    for (const source of [quote.speaker, quote.via]) {
      if (!source || typeof source !== 'object' || reasons.has(source.id)) {
        continue
      }
      if (source.kind === 'anonymous') {
        reasons.set(source.id, `it quotes an anonymous source (${name(source)})`)
      } else if (source.kind === 'footage' || source.kind === 'document') {
        const status = source.provenance?.verificationStatus
        if (status !== 'verified') {
          reasons.set(
            source.id,
            `it uses ${source.kind === 'footage' ? 'footage' : 'a document'} (${name(source)}) whose verification is “${status ?? 'not recorded'}”`,
          )
        }
      }
    }
  }
  for (const [id, alt] of failingPictures) {
    reasons.set(
      `picture:${id}`,
      `it shows a picture (“${alt}”) whose Content Credentials fail validation: it was changed after it was signed, so it counts as unverified`,
    )
  }
  return [...reasons.values()]
}

export type LegalSignOff = {
  signedBy?: unknown
  signedAt?: null | string
  fingerprint?: null | string
  note?: null | string
}

/** A sign-off counts while the text it was given for is the text being published. */
export const isSignOffCurrent = (
  signOff: LegalSignOff | null | undefined,
  text: SignedText,
): boolean =>
  Boolean(
    signOff?.signedBy && signOff.fingerprint && signOff.fingerprint === legalFingerprint(text),
  )
