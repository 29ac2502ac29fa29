import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  FieldAccess,
  PayloadRequest,
  Where,
} from 'payload'

import { idOf } from '../ids'
import { isEditorialStaff } from './roles'
import { systemAccess } from './systemAccess'

const CONTEXT_KEY = 'newsroomAnonymousSourceIds'

/** The ids of anonymous sources, looked up once per request. */
export const anonymousSourceIds = async (
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
    return id === undefined || id === null || !(await anonymousSourceIds(req, sourcesSlug)).has(id)
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
