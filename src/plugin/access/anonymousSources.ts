import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  FieldAccess,
  PayloadRequest,
  Where,
} from 'payload'

import DataLoader from 'dataloader'

import { idOf } from '../ids'
import { isEditorialStaff } from './roles'
import { systemAccess } from './systemAccess'

const CONTEXT_KEY = 'newsroomAnonymousSourceIds'

/** The ids of every anonymous source, looked up once per request (a reader's filter by speaker or via). */
const anonymousSourceIds = async (
  req: PayloadRequest,
  sourcesSlug: CollectionSlug,
): Promise<Set<number | string>> => {
  const cached = req.context[CONTEXT_KEY] as Promise<Set<number | string>> | undefined
  if (cached) {
    return cached
  }
  const lookup = req.payload
    .find({
      collection: sourcesSlug,
      where: { kind: { equals: 'anonymous' } },
      pagination: false,
      limit: 0,
      depth: 0,
      select: {},
      ...systemAccess(req),
    })
    .then(({ docs }) => new Set(docs.map((doc) => doc.id)))
  req.context[CONTEXT_KEY] = lookup
  return lookup
}

type Id = number | string

/** One loader a request: the quotes of one read ask together, and a source's kind is looked up once. */
const anonymityLoaders = new WeakMap<PayloadRequest, DataLoader<Id, boolean, string>>()

/**
 * Whether this source is anonymous: the sources a read's quotes name are looked up together (their
 * ids and kind only), not every anonymous source the newsroom has (20,000 of them in the 100,000-story
 * corpus: 8–14 ms on SQLite for each reader's request).
 */
const isAnonymousSource = (req: PayloadRequest, sourcesSlug: CollectionSlug, id: Id) => {
  let loader = anonymityLoaders.get(req)
  if (!loader) {
    loader = new DataLoader<Id, boolean, string>(
      async (ids) => {
        const { docs } = await req.payload.find({
          collection: sourcesSlug,
          where: { and: [{ id: { in: [...ids] } }, { kind: { equals: 'anonymous' } }] },
          pagination: false,
          limit: 0,
          depth: 0,
          select: {},
          ...systemAccess(req),
        })
        const anonymous = new Set(docs.map((doc) => String(doc.id)))
        return ids.map((candidate) => anonymous.has(String(candidate)))
      },
      { cacheKeyFn: String },
    )
    anonymityLoaders.set(req, loader)
  }
  return loader.load(id)
}

/**
 * A quote's `speaker` or `via` is hidden from readers when it is an anonymous source: the quote is
 * public as its story prints it, but which quotes, in which stories, came from one anonymous person
 * must not be linkable. (Without a document, as when a filter is checked, the filter rule applies.)
 */
export const sourceUnlessAnonymous =
  (field: 'speaker' | 'via', sourcesSlug: CollectionSlug): FieldAccess =>
  async ({ doc, req }) => {
    if (isEditorialStaff(req.user) || !doc) {
      return true
    }
    const id = idOf(doc[field])
    return id === undefined || id === null || !(await isAnonymousSource(req, sourcesSlug, id))
  }

const mentions = (where: unknown, fields: string[]): boolean =>
  Boolean(where) &&
  typeof where === 'object' &&
  Object.entries(where as Record<string, unknown>).some(([key, value]) =>
    key === 'and' || key === 'or'
      ? Array.isArray(value) && value.some((inner) => mentions(inner, fields))
      : fields.some((field) => key === field || key.startsWith(`${field}.`)),
  )

/**
 * A reader who filters quotes by `speaker` or `via` never gets an anonymous source's quotes that
 * way (REST, GraphQL and GraphQL's join on sources alike): a filter by an anonymous source matches
 * nothing, so it cannot list what one anonymous person said across stories.
 */
export const noLookupByAnonymousSource =
  (sourcesSlug: CollectionSlug): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (
      operation !== 'read' ||
      isEditorialStaff(req.user) ||
      (args as { overrideAccess?: boolean }).overrideAccess === true
    ) {
      return args
    }
    const where = (args as { where?: Where }).where
    if (!mentions(where, ['speaker', 'via'])) {
      return args
    }
    const anonymous = [...(await anonymousSourceIds(req, sourcesSlug))]
    if (!anonymous.length) {
      return args
    }
    const notAnonymous = (field: string): Where => ({
      or: [{ [field]: { exists: false } }, { [field]: { not_in: anonymous } }],
    })
    return { ...args, where: { and: [where!, notAnonymous('speaker'), notAnonymous('via')] } }
  }
