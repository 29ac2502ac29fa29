/**
 * The editorial record of the story in seed/story.txt: who it quotes and what they said.
 * Everything here is taken from the text; where the text is silent (names, the colleague's identity)
 * the field says so instead of inventing anything.
 */

export const ARTICLE = {
  dek: 'A leaked security-camera clip recorded minutes before a decorated officer was escorted away in handcuffs has divided the public. Investigations continue.',
  tags: ['policing', 'ethics', 'transparency', 'leaks', 'investigations'],
  storyStatus: 'developing' as const,
}

/**
 * The story's byline as an author: seed/story.txt names no writer, so it runs under the newsroom's
 * desk byline, “Staff” (an organisation in structured data), written by.
 */
export const BYLINE = { name: 'Staff', slug: 'staff', kind: 'organization' as const }

export type SeedSource = {
  key: string
  description: string
  kind: 'anonymous' | 'community' | 'document' | 'footage' | 'official' | 'person' | 'social'
  role?: string
  anonymity?: { reason: string; trueIdentity: string }
  provenance?: { howObtained: string; recordedAt: string; verificationStatus: 'unverified' }
}

export const SOURCES: SeedSource[] = [
  {
    key: 'clip',
    description: 'the leaked security camera clip',
    kind: 'footage',
    role: 'Security-camera footage of a holding room at the central police station',
    provenance: {
      howObtained: 'Leaked; it surfaced before the officer was escorted from the station.',
      recordedAt: 'Timestamped minutes before the escort.',
      verificationStatus: 'unverified',
    },
  },
  {
    key: 'officer',
    description: 'the officer, heard in the leaked clip',
    kind: 'person',
    role: 'Decorated police officer, suspected of interfering with an ongoing investigation (not named in the story)',
  },
  {
    key: 'colleague',
    description: 'a colleague who spoke on condition of anonymity',
    kind: 'anonymous',
    role: 'Colleague of the officer',
    anonymity: {
      reason: 'A colleague speaking about a fellow officer who is under investigation.',
      trueIdentity:
        'Not recorded in the seeded story text: the reporting editor must record who this colleague is.',
    },
  },
  {
    key: 'authorities',
    description: 'the authorities, in a sparse statement',
    kind: 'official',
    role: 'Authorities responsible for the investigation',
  },
  {
    key: 'experts',
    description: 'experts (not named in the story)',
    kind: 'person',
    role: 'Experts',
  },
  {
    key: 'reports',
    description: 'later reports',
    kind: 'document',
    role: 'Reports that confirmed whose photograph it was',
  },
  {
    key: 'vigil',
    description: 'signs at the vigils outside the station',
    kind: 'community',
    role: 'Members of the community holding vigils',
  },
]

export type SeedQuote = {
  /** Exactly as it appears in the story, between the quotation marks for a direct quote. */
  text: string
  kind: 'paraphrase' | 'verbatim'
  speaker: SeedSource['key']
  via?: SeedSource['key']
  context: string
}

export const QUOTES: SeedQuote[] = [
  {
    text: 'Tell them I was trying to protect her.',
    kind: 'verbatim',
    speaker: 'officer',
    via: 'clip',
    context:
      'A faint whisper caught by the camera’s mic while he paced a holding room, minutes before the escort.',
  },
  {
    text: 'it was his young daughter',
    kind: 'paraphrase',
    speaker: 'reports',
    context: 'Whose photograph the officer drew from his pocket and pressed to his lips.',
  },
  {
    text: 'the officer was suspected of interfering with an ongoing investigation',
    kind: 'paraphrase',
    speaker: 'authorities',
    context:
      'The authorities’ sparse statement, which did not mention the photo, the whisper or the personal stakes.',
  },
  {
    text: 'He’s the one you want in a crisis',
    kind: 'verbatim',
    speaker: 'colleague',
    context: 'Speaking of his character.',
  },
  {
    text: 'This is hard because we don’t know what pushed him here.',
    kind: 'verbatim',
    speaker: 'colleague',
    context: 'Speaking of his character.',
  },
  {
    text: 'when personal stakes collide with professional duty, choices are rarely clean',
    kind: 'paraphrase',
    speaker: 'experts',
    context: 'The impossible bind the experts noted.',
  },
  {
    text: 'Officers Are Human Too.',
    kind: 'verbatim',
    speaker: 'vigil',
    context: 'Signs at the candlelit vigils that appeared outside the station.',
  },
]
