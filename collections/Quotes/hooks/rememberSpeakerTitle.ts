import type { CollectionBeforeChangeHook } from 'payload'

import type { NewsroomSettings } from '../../../src/plugin/options'

import { asCaller } from '../../../src/plugin/access/callerAccess'
import { idOf } from '../../../src/plugin/ids'

/**
 * A quote keeps the speaker's title as it was when the words were said: copied from the source
 * when the quote is made (or its speaker changes) and left alone when the source's role later moves on.
 */
export const rememberSpeakerTitle =
  (settings: NewsroomSettings): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const speakerId = idOf(data.speaker ?? originalDoc?.speaker)
    const originalSpeaker = idOf(originalDoc?.speaker)
    const speakerChanged = speakerId !== originalSpeaker
    const title = data.speakerTitle ?? originalDoc?.speakerTitle
    if (!speakerId || (title && !speakerChanged) || (speakerChanged && data.speakerTitle)) {
      return data
    }
    const source = await req.payload
      .findByID({
        collection: settings.slugs.sources,
        id: speakerId,
        depth: 0,
        select: { role: true },
        ...asCaller(req),
      })
      .catch(() => undefined)
    return { ...data, speakerTitle: (source as { role?: null | string } | undefined)?.role ?? null }
  }
