import type { CollectionSlug, PayloadRequest } from 'payload'

import type { QuoteDoc as Quote } from '../documents'
import type { SignedText } from './legalReview'

import { systemAccess } from '../access/systemAccess'
import { idOf } from '../ids'
import { picturesFailingCredentials } from '../media/failingCredentials'
import { quoteRefsIn } from '../richText/lexical'

/**
 * The text legal signs off and its fingerprint is checked against: the body, with the quotes it
 * cites as stored now (speaker and `via` populated). Read whole, whoever asks, so a sign-off given
 * by legal is compared by an editor's publish and a reporter's save on the same facts.
 */
export const signedTextOf = async (
  req: PayloadRequest,
  quotesSlug: CollectionSlug,
  body: unknown,
  /**
   * The pictures whose failing Content Credentials legal signs off too (see picturesFailingCredentials);
   * `failing` when the caller has read them already.
   */
  pictures?: { mediaSlug: CollectionSlug; heroImage?: unknown; failing?: Map<string, string> },
): Promise<SignedText> => {
  const failingPictures = pictures
    ? (pictures.failing ??
      (await picturesFailingCredentials(req, pictures.mediaSlug, body, pictures.heroImage)))
    : undefined
  const ids = [
    ...new Set(
      quoteRefsIn(body)
        .map(idOf)
        .filter((id) => id !== undefined && id !== null),
    ),
  ]
  const quotes = new Map<number | string, Quote>()
  if (!ids.length) {
    return { body, quotes, failingPictures }
  }
  const found = await req.payload.find({
    collection: quotesSlug,
    where: { id: { in: ids } },
    depth: 1,
    limit: ids.length,
    pagination: false,
    ...systemAccess(req),
  })
  for (const quote of found.docs as unknown as Quote[]) {
    quotes.set(quote.id, quote)
  }
  return { body, quotes, failingPictures }
}
