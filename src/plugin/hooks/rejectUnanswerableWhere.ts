import type {
  CollectionBeforeOperationHook,
  Field,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { RefusedRequest } from '../errors'
import { describeIds, isDatabaseId } from '../ids'

/** Dotted paths of the fields in a field list that match (groups add a prefix; rows and tabs do not). */
const pathsWhere = (fields: Field[], matches: (field: Field) => boolean, prefix = ''): string[] =>
  fields.flatMap((field): string[] => {
    if (matches(field) && 'name' in field) {
      return [`${prefix}${field.name}`]
    }
    if (field.type === 'group' && 'name' in field && field.name) {
      return pathsWhere(field.fields, matches, `${prefix}${field.name}.`)
    }
    if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group') {
      return pathsWhere(field.fields, matches, prefix)
    }
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        pathsWhere(
          tab.fields,
          matches,
          'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix,
        ),
      )
    }
    return []
  })

/** What a collection's `where` may compare how: its ids and relationships, its many-valued and its date fields. */
type QueryShape = {
  idPaths: Set<string>
  multiValuePaths: Set<string>
  datePaths: Set<string>
  joins: Map<string, string>
}

const shapes = new WeakMap<SanitizedCollectionConfig, QueryShape>()
const shapeOf = (collection: SanitizedCollectionConfig): QueryShape => {
  let shape = shapes.get(collection)
  if (!shape) {
    const { fields } = collection
    shape = {
      idPaths: new Set([
        'id',
        ...pathsWhere(fields, (field) => field.type === 'relationship' || field.type === 'upload'),
      ]),
      multiValuePaths: new Set(
        pathsWhere(fields, (field) => 'hasMany' in field && field.hasMany === true),
      ),
      datePaths: new Set([
        ...pathsWhere(fields, (field) => field.type === 'date'),
        'createdAt',
        'updatedAt',
      ]),
      joins: new Map(
        pathsWhere(fields, (field) => field.type === 'join').map((path) => {
          const join = collection.flattenedFields.find(
            (field) => field.name === path.split('.').at(-1) && field.type === 'join',
          ) as { collection?: unknown } | undefined
          return [path, typeof join?.collection === 'string' ? join.collection : ''] as const
        }),
      ),
    }
    shapes.set(collection, shape)
  }
  return shape
}

const COMPARISONS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
/**
 * A date the database can compare: parseable, and within years 0–9999. A query string's value is
 * parsed as Payload parses it, as a date string ("275761" is a year, out of range), never as epoch
 * milliseconds; only a JSON number is a timestamp.
 */
const isUsableDate = (value: unknown) => {
  if (value === null || value === '') {
    return true
  }
  const time = new Date(typeof value === 'number' ? value : String(value)).getTime()
  return Number.isFinite(time) && time >= -62167219200000 && time <= 253402300799999
}

/** Geometry operators: no newsroom field is a point. */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
/** Pattern operators: SQL LIKE on an integer id or foreign key fails in the database. */
const PATTERN_OPERATORS = new Set(['like', 'not_like'])

const refuse = (message: string) => new RefusedRequest(message, 400)

const listOf = (operator: string, value: unknown) =>
  Array.isArray(value)
    ? value
    : operator.endsWith('in') && typeof value === 'string'
      ? value.split(',')
      : [value]

/** Throws a 400 naming the parameter (`label`, e.g. `where` or `joins[replies][where]`) for a clause the database cannot answer. */
const checkWhere = (where: Where, shape: QueryShape, req: PayloadRequest, label: string) => {
  const isId = (value: unknown) =>
    value === null || value === '' || isDatabaseId(value, req.payload.db)
  const check = (clause: Where) => {
    for (const [key, condition] of Object.entries(clause)) {
      if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
        condition.forEach((inner) => inner && typeof inner === 'object' && check(inner))
        continue
      }
      if (!condition || typeof condition !== 'object') {
        continue
      }
      for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
        const param = `${label}[${key}][${operator}]`
        if (
          GEO_OPERATORS.has(operator) ||
          (operator === 'all' && !shape.multiValuePaths.has(key))
        ) {
          throw refuse(`${param} is not a query this field can answer.`)
        }
        if (shape.datePaths.has(key) && !COMPARISONS.has(operator) && operator !== 'exists') {
          throw refuse(
            `${param}: a date is compared with equals, in, greater_than, less_than and the like.`,
          )
        }
        if (
          shape.datePaths.has(key) &&
          COMPARISONS.has(operator) &&
          !listOf(operator, value).every(isUsableDate)
        ) {
          throw refuse(`${param} must be a date (ISO 8601).`)
        }
        if (shape.idPaths.has(key) && PATTERN_OPERATORS.has(operator)) {
          throw refuse(
            `${param}: an id or relationship is compared with equals, in, exists and the like, not matched as text.`,
          )
        }
        if (
          shape.idPaths.has(key) &&
          COMPARISONS.has(operator) &&
          !listOf(operator, value).every(isId)
        ) {
          throw refuse(`${param} must be an id: ${describeIds(req.payload.db)}.`)
        }
      }
    }
  }
  check(where)
}

type JoinQuery = {
  where?: unknown
  limit?: unknown
  page?: unknown
  sort?: unknown
  count?: unknown
}

/**
 * Queries the database cannot answer (a 500 from Payload) are refused with a 400 naming the
 * parameter, in `where` and in every join's `where` (`joins[quotedIn][where]…`) alike: an id or
 * relationship compared with something that cannot be an id (`%00`, `abc` on SQLite's integer ids)
 * or matched as a pattern (`like`), a date that is not one, `all` on a single-value field, geometry
 * operators. A reader's join pages are capped like their lists (`pageCap` of the joined collection;
 * `limit=0`, "everything", included).
 */
export const rejectUnanswerableQueries =
  ({
    isStaff,
    pageCap,
  }: {
    isStaff: (req: PayloadRequest) => boolean
    pageCap: (collection: string) => number
  }): CollectionBeforeOperationHook =>
  ({ args, collection, req }) => {
    const { where, joins } = args as {
      where?: Where
      joins?: false | Record<string, false | JoinQuery>
    }
    if (where && typeof where === 'object') {
      checkWhere(where, shapeOf(collection), req, 'where')
    }
    if (!joins || typeof joins !== 'object') {
      return args
    }

    const joinPaths = shapeOf(collection).joins
    const collections = req.payload.collections as Record<
      string,
      { config: SanitizedCollectionConfig } | undefined
    >
    const capped: Record<string, false | JoinQuery> = {}
    for (const [path, query] of Object.entries(joins)) {
      const target = joinPaths.get(path)
      if (!target || !collections[target]) {
        throw refuse(`joins[${path}]: ${collection.slug} has no join “${path}”.`)
      }
      if (query === false || (query as unknown) === 'false') {
        capped[path] = false
        continue
      }
      if (!query || typeof query !== 'object' || Array.isArray(query)) {
        throw refuse(
          `joins[${path}] must be false or an object of where, limit, page, sort and count.`,
        )
      }
      // A join given twice (`joins[x]=false&joins[x][limit]=1`) reaches Payload as an array, whose `sort` is Array.prototype.sort.
      const sorts = Array.isArray(query.sort)
        ? query.sort
        : query.sort === undefined
          ? []
          : [query.sort]
      if (!sorts.every((sort) => typeof sort === 'string')) {
        throw refuse(
          `joins[${path}][sort] must be a field name (e.g. -createdAt); give each join once.`,
        )
      }
      if (query.where && typeof query.where === 'object') {
        checkWhere(
          query.where as Where,
          shapeOf(collections[target].config),
          req,
          `joins[${path}][where]`,
        )
      }
      if (isStaff(req)) {
        capped[path] = query
        continue
      }
      // No limit: the join's own default page, which is within the cap.
      const cap = pageCap(target)
      const requested = query.limit === undefined ? undefined : Number(query.limit)
      capped[path] =
        requested === undefined
          ? query
          : {
              ...query,
              limit: Number.isFinite(requested) && requested > 0 ? Math.min(requested, cap) : cap,
            }
    }
    return { ...args, joins: capped }
  }
