/**
 * For a database from before authors were kept: each story's text byline becomes authors credited
 * "written by" (one per name: "A, B and C" is three), found by slug or made, on the published row and
 * on the latest draft alike. Where the names print the same line, the text is cleared (the byline is
 * derived from now on); where they would not (“By A in Paris”), it stays as the editors' own line.
 */
import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'

import type { NewsroomSettings } from '../options'

import { systemAccess } from '../access/systemAccess'
import { toSlug } from '../fields/slug'
import { joinNames } from './printedByline'
import { refreshPublicAuthors } from './publicAuthors'

type Id = number | string
type Row = Record<string, any>

/** The names in a printed byline: "By A, B and C" → A, B, C. */
export const namesInByline = (byline: string): string[] =>
  byline
    .trim()
    .replace(/^by\s+/i, '')
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name.length <= 200)

/** A desk rather than a person: the words newsrooms print for their own bylines. */
const DESK = /^(staff|.*\b(desk|staff|newsroom|reporters|correspondents?|wire|agencies)\b.*)$/i

export const authorsFromTextBylines = async (req: PayloadRequest, settings: NewsroomSettings) => {
  const { payload } = req
  const authorBySlug = new Map<string, Id>()
  const authorFor = async (name: string): Promise<Id | null> => {
    const slug = toSlug(name)
    if (!slug) {
      return null
    }
    if (!authorBySlug.has(slug)) {
      const { docs } = await payload.find({
        collection: settings.slugs.authors,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        ...systemAccess(req),
      })
      const id =
        docs[0]?.id ??
        (
          await payload.create({
            collection: settings.slugs.authors,
            data: { name, slug, kind: DESK.test(name) ? 'organization' : 'person' } as never,
            depth: 0,
            ...systemAccess(req),
          })
        ).id
      authorBySlug.set(slug, id as Id)
    }
    return authorBySlug.get(slug)!
  }
  /** The credits and the byline text to keep for a row (null: nothing to do). */
  const creditsFor = async (row: Row) => {
    const text = typeof row.byline === 'string' ? row.byline.trim() : ''
    if (!text || (row.authors ?? []).length) {
      return null
    }
    const names = namesInByline(text)
    const credits: { id: string; author: Id; role: 'written-by' }[] = []
    for (const name of names) {
      const author = await authorFor(name)
      if (author !== null && !credits.some((credit) => credit.author === author)) {
        // Array rows need their ids (Payload's own hooks make them on a normal save): ObjectId-like hex.
        credits.push({ id: crypto.randomBytes(12).toString('hex'), author, role: 'written-by' })
      }
    }
    return credits.length
      ? { authors: credits, byline: joinNames(names) === text ? null : text }
      : null
  }
  const credited: Id[] = []
  // Only the columns it needs, read and written without reading the row back: run as a migration,
  // the tables are as that migration left them, and columns later ones add do not exist yet.
  const { docs: rows } = await payload.db.find<Row>({
    collection: settings.slugs.articles,
    pagination: false,
    limit: 0,
    select: { byline: true, authors: true },
    req,
  })
  for (const row of rows) {
    const change = await creditsFor(row)
    if (change) {
      await payload.db.updateOne({
        collection: settings.slugs.articles,
        id: row.id,
        data: change,
        req,
        returning: false,
      })
      credited.push(...change.authors.map((credit) => credit.author))
    }
    // The latest draft, which the admin edits and the next publish puts out, gets them too.
    const { docs: latest } = await payload.db.findVersions<Row>({
      collection: settings.slugs.articles,
      where: { and: [{ parent: { equals: row.id } }, { latest: { equals: true } }] },
      limit: 1,
      pagination: false,
      select: { version: { byline: true, authors: true } } as never,
      req,
    })
    const draft = latest[0]
    const draftChange = draft ? await creditsFor(draft.version ?? {}) : null
    if (draft && draftChange) {
      await payload.db.updateVersion({
        collection: settings.slugs.articles,
        id: draft.id,
        versionData: { version: draftChange } as never,
        returning: false,
        req,
      })
    }
  }
  await refreshPublicAuthors(req, settings, credited)
}
