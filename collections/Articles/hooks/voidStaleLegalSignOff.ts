import type { CollectionBeforeChangeHook } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { storyText } from '../../../src/plugin/richText/lexical'
import { isSignOffCurrent, type LegalSignOff } from '../../../src/plugin/workflow/legalReview'
import { signedTextOf } from '../../../src/plugin/workflow/signedText'

/**
 * A sign-off is for the text legal read: once the words of the body or a live update change, or a quote it cites (its
 * words, speaker, `via`, or those sources' kind and verification), it is cleared (the history says
 * so), and a story that was `ready` goes back to `legal-review`.
 */
export const voidStaleLegalSignOff =
  (settings: NewsroomSettings): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    // Not on each autosave while the editor types (the stage jumped back under their fingers): on a
    // save they choose. An autosaved draft keeps a sign-off that no longer matches, and the publish
    // gate compares the fingerprint, so it cannot be published on it.
    if (req.query?.autosave === 'true' || req.query?.autosave === (true as never)) {
      return data
    }
    const signOff = (data.legalSignOff ?? originalDoc?.legalSignOff) as LegalSignOff | undefined
    if (!signOff?.fingerprint) {
      return data
    }
    if (
      isSignOffCurrent(
        signOff,
        await signedTextOf(
          req,
          settings.slugs.quotes,
          // The body and the live updates' text, as legal signed them.
          storyText({
            body: data.body ?? originalDoc?.body,
            updateLog: data.updateLog ?? originalDoc?.updateLog,
          }),
          {
            mediaSlug: settings.slugs.media,
            heroImage: data.heroImage !== undefined ? data.heroImage : originalDoc?.heroImage,
          },
        ),
      )
    ) {
      return data
    }
    data.legalSignOff = { signedBy: null, signedAt: null, note: null, fingerprint: null }
    if ((data.stage ?? originalDoc?.stage) === 'ready') {
      data.stage = 'legal-review'
    }
    req.context.newsroomStageNote =
      'Legal sign-off voided: the text or a quote it cites changed after it was given.'
    return data
  }
