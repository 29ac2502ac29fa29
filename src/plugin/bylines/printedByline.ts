/**
 * A story's credits as readers get them, and the byline printed from them: pure, no reads, so the
 * publish, the safety rebuilds and the unit tests share one rule.
 */
import type { DeliveryAuthor } from '../delivery/types'

import { AUTHOR_ROLES, type AuthorKind, type AuthorRole, BYLINE_ROLES } from '../vocabulary'

/** One credit as the newsroom keeps it: the author's public profile and what they did on this story. */
export type Credit = {
  role: AuthorRole
  author: {
    id: number | string
    name: string
    slug: string
    kind?: AuthorKind | null
    jobTitle?: null | string
    sameAs?: { url?: null | string }[] | null
    withheld: boolean
  }
}

export type BylineSettings = {
  /** What readers see instead of a withheld name (`bylines.withheldName`). */
  withheldName: string
  /** The author's page (`authorUrl`). */
  authorUrl: (author: { slug: string }) => string
}

const ROLE_ORDER = new Map(AUTHOR_ROLES.map(({ value }, at) => [value, at]))

/** "A", "A and B", "A, B and C". */
export const joinNames = (names: string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`

/** A credit whose byline is withheld: the newsroom's name, with no id, page or links. */
export const withheldCredit = (role: AuthorRole, withheldName: string): DeliveryAuthor => ({
  id: null,
  name: withheldName,
  slug: null,
  url: null,
  kind: 'organization',
  role,
  jobTitle: null,
  sameAs: [],
})

/**
 * The credits readers see, in byline order (the roles' order, then as the editors listed them). A
 * withheld author (or every author, when the story's byline is withheld) becomes the newsroom's
 * withheld name, with no id, page or links: an id would link the stories they worked on.
 */
export const readersCredits = (
  credits: Credit[],
  { storyWithheld }: { storyWithheld: boolean },
  settings: BylineSettings,
): DeliveryAuthor[] => {
  const withheldEntry = (role: AuthorRole) => withheldCredit(role, settings.withheldName)
  if (storyWithheld) {
    return credits.length ? [withheldEntry('written-by')] : []
  }
  const ordered = credits
    .map((credit, at) => ({ credit, at }))
    .sort(
      (a, b) =>
        (ROLE_ORDER.get(a.credit.role) ?? 99) - (ROLE_ORDER.get(b.credit.role) ?? 99) ||
        a.at - b.at,
    )
    .map(({ credit }) => credit)
  const shown: DeliveryAuthor[] = []
  for (const { role, author } of ordered) {
    if (author.withheld) {
      // Several withheld authors in one role read as one "Staff".
      if (!shown.some((entry) => entry.id === null && entry.role === role)) {
        shown.push(withheldEntry(role))
      }
      continue
    }
    shown.push({
      id: author.id,
      name: author.name,
      slug: author.slug,
      url: settings.authorUrl({ slug: author.slug }),
      kind: author.kind === 'organization' ? 'organization' : 'person',
      role,
      jobTitle: author.jobTitle?.trim() || null,
      sameAs: (author.sameAs ?? []).map((link) => link.url?.trim() ?? '').filter(Boolean),
    })
  }
  return shown
}

/**
 * The printed byline: the names of those who wrote or reported it (everyone credited, if nobody
 * did), or the editors' own line when they set one. A withheld byline always prints from the credits,
 * so no hand-typed line can name who is withheld.
 */
export const printedByline = (
  shown: DeliveryAuthor[],
  {
    handSet,
    anyWithheld,
    withheldName,
  }: { handSet?: null | string; anyWithheld: boolean; withheldName: string },
): null | string => {
  if (anyWithheld && !shown.length && handSet?.trim()) {
    return withheldName
  }
  if (handSet?.trim() && !anyWithheld) {
    return handSet.trim()
  }
  const main = shown.filter((entry) => BYLINE_ROLES.includes(entry.role))
  const names = [...new Set((main.length ? main : shown).map((entry) => entry.name))]
  return names.length ? joinNames(names) : null
}

/** The lines after the byline: "Photos by A and B", one per contributing role, in the roles' order. */
export const contributorLines = (shown: DeliveryAuthor[]): string[] =>
  AUTHOR_ROLES.filter(({ value }) => !BYLINE_ROLES.includes(value))
    .map(({ value, label }) => {
      const names = [...new Set(shown.filter((entry) => entry.role === value).map((e) => e.name))]
      return names.length ? `${label} ${joinNames(names)}` : null
    })
    .filter((line): line is string => line !== null)

/** A story's credits and printed byline as readers get them, from what the newsroom keeps. */
export const bylineOf = (
  {
    credits,
    storyWithheld,
    handSet,
  }: { credits: Credit[]; storyWithheld: boolean; handSet: null | string },
  settings: BylineSettings,
): { authors: DeliveryAuthor[]; byline: null | string } => {
  const authors = readersCredits(credits, { storyWithheld }, settings)
  const anyWithheld = storyWithheld || credits.some((credit) => credit.author.withheld)
  return {
    authors,
    byline: printedByline(authors, { handSet, anyWithheld, withheldName: settings.withheldName }),
  }
}
