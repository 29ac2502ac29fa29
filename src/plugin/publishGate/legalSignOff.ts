import type { Validate } from 'payload'

import type { NewsroomSettings } from '../options'

import { picturesFailingCredentials } from '../media/failingCredentials'
import { storyText } from '../richText/lexical'
import { isSignOffCurrent, type LegalSignOff, reasonsForLegalReview } from '../workflow/legalReview'
import { signedTextOf } from '../workflow/signedText'
import { citedQuotes } from './body'

/**
 * The legal half of the publish gate, on the sign-off itself so the refusal names it: a story that
 * quotes an anonymous source, or uses footage or a document not verified, is published only with a
 * current sign-off (given for this very text).
 */
export const validateLegalSignOff =
  (settings: NewsroomSettings): Validate =>
  async (_value, { data, req }) => {
    const doc = data as {
      _status?: string
      body?: unknown
      heroImage?: unknown
      updateLog?: { type?: string; body?: unknown }[]
      legalSignOff?: LegalSignOff
    }
    // The body and the live updates' text: legal signs off all of it.
    const text = storyText(doc)
    if (doc?._status !== 'published') {
      return true
    }
    const failing = await picturesFailingCredentials(req, settings.slugs.media, text, doc.heroImage)
    // Read once: the sign-off's text is compared with the same failing pictures.
    const pictures = { mediaSlug: settings.slugs.media, heroImage: doc.heroImage, failing }
    const reasons = reasonsForLegalReview(
      (await citedQuotes(req, settings, text)).values(),
      failing,
    )
    if (
      !reasons.length ||
      isSignOffCurrent(
        doc.legalSignOff,
        await signedTextOf(req, settings.slugs.quotes, text, pictures),
      )
    ) {
      return true
    }
    const why = doc.legalSignOff?.fingerprint
      ? 'The body, a quote it cites or a picture it shows has changed since legal signed it off, which voids the sign-off.'
      : 'Move it to “Legal review” for legal to sign it off.'
    return `Legal must sign this story off before it is published: ${reasons.join('; ')}. ${why}`
  }
