/** What the generator wrote, checked rather than trusted: a sample of stories read back through Payload against a fresh build. */
import { isDeepStrictEqual } from 'node:util'

import { buildEdition, type EditionDocument } from '../../../src/plugin/editions/buildEdition'
import { currentEdition } from '../../../src/plugin/editions/read'
import { readStoryComments } from '../../../src/plugin/editions/storyComments'
import { settingsOf } from '../../../src/plugin/settings'
import { type CorpusCredit, expectedByline } from './authors'
import { type Payload } from './database'
import { random } from './words'

/** Where two JSON values first differ, for the error that says so. */
const firstDifference = (a: unknown, b: unknown, at = ''): string => {
  if (isDeepStrictEqual(a, b)) {
    return ''
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${at}.${key}`,
      )
      if (found) {
        return found
      }
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`
}

/** What an edition says of who made the story: its printed byline and its credits (name, page, role). */
const bylineIn = (document: EditionDocument) => ({
  byline: document.byline,
  authors: (document.authors ?? []).map(({ name, slug, role }) => ({ name, slug, role })),
})

/**
 * Honest: a sample of stories read back through Payload as the app reads them. Each story's
 * edition is that story as built now, alone (its bytes, JSON-LD, comments), and names whom the
 * generator credited, byline and all; its published version is the latest and carries its tags and
 * credits.
 */
export const checkSample = async (
  payload: Payload,
  N: number,
  storyCredits: Map<number, CorpusCredit[]>,
) => {
  const settings = settingsOf(payload)
  for (let sample = 0; sample < Math.min(N, 20); sample++) {
    const slug = `corpus-story-${Math.floor(random() * N)}`
    const [served, built] = await Promise.all([
      currentEdition(payload, settings, slug),
      buildEdition(payload, settings, slug),
    ])
    // The edition's whole row (serving reads less of it: not the stored JSON-LD and ninjs).
    const stored =
      served &&
      ((await payload.findByID({
        collection: settings.slugs.editions as never,
        id: served.id,
        depth: 0,
        overrideAccess: true,
      })) as unknown as typeof served)
    // As stored: through JSON (PostgreSQL's jsonb keeps no key order, which deep equality ignores).
    const fresh = built && (JSON.parse(JSON.stringify(built)) as typeof built)
    const comments =
      built &&
      JSON.parse(JSON.stringify(await readStoryComments(payload, settings, built.document.id)))
    const credits = stored ? (storyCredits.get(Number(stored.article)) ?? []) : []
    const problem = !stored
      ? 'no current edition'
      : !fresh
        ? 'no published story'
        : stored.etag !== fresh.etag ||
            !isDeepStrictEqual(stored.document, { ...fresh.document, edition: 1 })
          ? 'its edition is not the story as built'
          : !isDeepStrictEqual(stored.jsonld, fresh.jsonld)
            ? `its JSON-LD is not the story’s: ${firstDifference(stored.jsonld, fresh.jsonld)}`
            : !isDeepStrictEqual(stored.comments, comments)
              ? `its comments are not the story’s: ${JSON.stringify(stored.comments)} ≠ ${JSON.stringify(comments)}`
              : !isDeepStrictEqual(bylineIn(stored.document), expectedByline(credits))
                ? `its byline is not its credits: ${firstDifference(bylineIn(stored.document), expectedByline(credits))}`
                : null
    if (problem) {
      throw new Error(`${slug}: ${problem}`)
    }
    const { docs: versions } = await payload.findVersions({
      collection: settings.slugs.articles as never,
      where: { and: [{ parent: { equals: stored!.article } }, { latest: { equals: true } }] },
      depth: 0,
      overrideAccess: true,
    })
    const version = versions[0]?.version as
      | {
          tags?: string[]
          _status?: string
          slug?: string
          authors?: { author?: unknown; role?: string }[]
        }
      | undefined
    const credited = credits.map(({ author, role }) => ({ author: author.id, role }))
    if (
      versions.length !== 1 ||
      version?._status !== 'published' ||
      version.slug !== slug ||
      version.tags?.length !== 2 ||
      !isDeepStrictEqual(
        version.authors?.map(({ author, role }) => ({ author, role })),
        credited,
      )
    ) {
      throw new Error(
        `${slug}: its published version is not the story (${JSON.stringify(version)})`,
      )
    }
  }
}
