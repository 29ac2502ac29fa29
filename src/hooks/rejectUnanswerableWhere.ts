import type { CollectionBeforeOperationHook, Field, Where } from 'payload'

import { APIError } from 'payload'

import { describeIds, isDatabaseId } from '../ids'

/** Dotted paths of the fields in a field list that match (groups add a prefix; rows and tabs do not). */
const pathsWhere = (fields: Field[], matches: (field: Field) => boolean, prefix = ''): string[] =>
  fields.flatMap((field): string[] => {
    if (matches(field) && 'name' in field) return [`${prefix}${field.name}`]
    if (field.type === 'group' && 'name' in field && field.name) return pathsWhere(field.fields, matches, `${prefix}${field.name}.`)
    if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group') return pathsWhere(field.fields, matches, prefix)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => pathsWhere(tab.fields, matches, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
    return []
  })

export const relationshipPaths = (fields: Field[]) => pathsWhere(fields, (field) => field.type === 'relationship' || field.type === 'upload')
export const hasManyPaths = (fields: Field[]) => pathsWhere(fields, (field) => 'hasMany' in field && field.hasMany === true)
export const datePaths = (fields: Field[]) => [...pathsWhere(fields, (field) => field.type === 'date'), 'createdAt', 'updatedAt']

const COMPARISONS = new Set(['equals', 'not_equals', 'in', 'not_in', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
/** A date the database can compare: parseable, and within years 0–9999. */
const isUsableDate = (value: unknown) => {
  if (value === null || value === '') return true
  const time = new Date(typeof value === 'number' || /^\d+$/.test(String(value)) ? Number(value) : String(value)).getTime()
  return Number.isFinite(time) && time >= -62167219200000 && time <= 253402300799999
}

/** Geometry operators: no newsroom field is a point. */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in'])
/** Pattern operators: SQL LIKE on an integer id or foreign key fails in the database. */
const PATTERN_OPERATORS = new Set(['like', 'not_like'])

/**
 * `where` clauses the database cannot answer (a 500 from Payload) are refused with a 400 naming the
 * parameter: an id or relationship compared with something that cannot be an id (`%00`, `abc` on
 * SQLite's integer ids) or matched as a pattern (`like`), a date that is not one, `all` on a
 * single-value field, geometry operators.
 */
export const rejectUnanswerableWhere =
  (idPaths: string[], multiValuePaths: string[] = [], dateFieldPaths: string[] = []): CollectionBeforeOperationHook =>
  ({ args, req }) => {
    const where = (args as { where?: Where }).where
    if (!where || typeof where !== 'object') return args
    const isId = (value: unknown) => value === null || value === '' || isDatabaseId(value, req.payload.db)
    const paths = new Set(['id', ...idPaths])
    const check = (clause: Where) => {
      for (const [key, condition] of Object.entries(clause)) {
        if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
          condition.forEach((inner) => inner && typeof inner === 'object' && check(inner as Where))
          continue
        }
        if (!condition || typeof condition !== 'object') continue
        for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
          if (GEO_OPERATORS.has(operator) || (operator === 'all' && !multiValuePaths.includes(key))) {
            throw new APIError(`where[${key}][${operator}] is not a query this field can answer.`, 400, undefined, true)
          }
          if (dateFieldPaths.includes(key) && !COMPARISONS.has(operator) && operator !== 'exists') {
            throw new APIError(`where[${key}][${operator}]: a date is compared with equals, in, greater_than, less_than and the like.`, 400, undefined, true)
          }
          if (dateFieldPaths.includes(key) && COMPARISONS.has(operator)) {
            const dates = Array.isArray(value) ? value : operator.endsWith('in') && typeof value === 'string' ? value.split(',') : [value]
            if (!dates.every(isUsableDate)) throw new APIError(`where[${key}][${operator}] must be a date (ISO 8601).`, 400, undefined, true)
          }
          if (paths.has(key) && PATTERN_OPERATORS.has(operator)) {
            throw new APIError(`where[${key}][${operator}]: an id or relationship is compared with equals, in, exists and the like, not matched as text.`, 400, undefined, true)
          }
          if (!paths.has(key) || !ID_OPERATORS.has(operator)) continue
          const values = Array.isArray(value) ? value : operator.endsWith('in') && typeof value === 'string' ? value.split(',') : [value]
          if (!values.every(isId)) throw new APIError(`where[${key}][${operator}] must be an id: ${describeIds(req.payload.db)}.`, 400, undefined, true)
        }
      }
    }
    check(where)
    return args
  }
