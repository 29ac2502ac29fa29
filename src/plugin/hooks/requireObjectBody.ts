import type { CollectionBeforeOperationHook, Field } from 'payload'

import { ValidationError } from 'payload'

import { RefusedRequest } from '../errors'
import { CHECKS_ITS_IDS } from '../fields/whenSubmitted'
import { describeIds, idOf, type IdScheme, isDatabaseId } from '../ids'

type Data = Record<string, unknown>
const isObject = (value: unknown): value is Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

type Problem = { path: string; message: string }

/**
 * A relationship to one collection holding something that is not an id (nor a document with one):
 * Payload's own check is skipped for drafts and passes an object without an id to the database (a
 * 500). Empty values are left to Payload (`required`).
 */
const notIds = (field: Field, data: Data, prefix: string, db: IdScheme): Problem[] => {
  if (
    (field.type !== 'relationship' && field.type !== 'upload') ||
    typeof field.relationTo !== 'string' ||
    // A check of the field's own says it in its words (a reader's comment: "the id of the story").
    (field.validate as { [CHECKS_ITS_IDS]?: boolean } | undefined)?.[CHECKS_ITS_IDS]
  ) {
    return []
  }
  const value = data[field.name]
  if (value === undefined || value === null || value === '') {
    return []
  }
  const values = Array.isArray(value) ? value : [value]
  const wrong = values.find((one) => !isDatabaseId(idOf(one), db))
  return wrong === undefined && (field.hasMany || !Array.isArray(value))
    ? []
    : [
        {
          path: `${prefix}${field.name}`,
          message: `Must be ${field.hasMany ? 'a list of ids' : 'the id'} of ${field.relationTo} (${describeIds(db)}), or null; got ${JSON.stringify(wrong ?? value)?.slice(0, 40)}.`,
        },
      ]
}

/**
 * A date holding something other than a date's text (or a Date): Payload's own check passes any
 * falsy value (`false`, `0`) and anything whose text parses (`5`, `["2027-01-31"]`) on to the
 * database, which refuses it (a 500). Empty values are left to Payload (`required`), `''` as null.
 */
const notDates = (field: Field, data: Data, prefix: string): Problem[] => {
  if (field.type !== 'date') {
    return []
  }
  const value = data[field.name]
  // An emptied date field (a form's empty input) is no date: null, as Payload's own hooks expect
  // (they read `new Date('')`, an invalid date, and threw: a 500 the fuzz found on publishedAt).
  if (value === '') {
    data[field.name] = null
    return []
  }
  if (
    value === undefined ||
    value === null ||
    value instanceof Date ||
    (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
  ) {
    return []
  }
  return [
    {
      path: `${prefix}${field.name}`,
      message: `Must be a date and time (ISO 8601, e.g. 2027-01-31T18:00:00Z), or null; got ${JSON.stringify(value)?.slice(0, 40)}.`,
    },
  ]
}

/**
 * Each named group (a field holding fields: `meta`, `provenance`…) sent as something other than an
 * object: Payload's field hooks throw on `null` (a 500) and silently drop a string or an array. And
 * each relationship holding something other than ids (see notIds), each date something other than a
 * date (see notDates).
 */
const groupsNotObjects = (fields: Field[], data: Data, db: IdScheme, prefix = ''): Problem[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? groupAt(tab.name, tab.fields, data, db, prefix)
          : groupsNotObjects(tab.fields, data, db, prefix),
      )
    }
    if (
      field.type === 'row' ||
      field.type === 'collapsible' ||
      (field.type === 'group' && !('name' in field && field.name))
    ) {
      return groupsNotObjects(field.fields, data, db, prefix)
    }
    if (field.type === 'group' && 'name' in field && field.name) {
      return groupAt(field.name, field.fields, data, db, prefix)
    }
    if (field.type === 'array' && Array.isArray(data[field.name])) {
      return (data[field.name] as unknown[]).flatMap((row, index) =>
        isObject(row)
          ? groupsNotObjects(field.fields, row, db, `${prefix}${field.name}.${index}.`)
          : [],
      )
    }
    return [...notIds(field, data, prefix, db), ...notDates(field, data, prefix)]
  })

const groupAt = (name: string, fields: Field[], data: Data, db: IdScheme, prefix: string) => {
  const value = data[name]
  if (value === undefined) {
    return []
  }
  if (!isObject(value)) {
    return [
      {
        path: `${prefix}${name}`,
        message: `Must be an object of its fields (${fields.flatMap((field) => ('name' in field && field.name && field.type !== 'ui' ? [field.name] : [])).join(', ')}); set a field to null to clear it.`,
      },
    ]
  }
  return groupsNotObjects(fields, value, db, `${prefix}${name}.`)
}

/**
 * Payload's create and update expect a JSON object; a body that is a string, a number, an array or
 * null makes its field hooks throw (a 500). Refuse it up front with a 400 that says what is expected,
 * and the same for each group of fields, each relationship and each date inside it.
 */
export const requireObjectBody: CollectionBeforeOperationHook = ({
  args,
  operation,
  collection,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') {
    return args
  }
  const data = (args as { data?: unknown }).data
  // Undefined too: a body that is not JSON (text/plain, say) reaches Payload as no data at all.
  if (!isObject(data)) {
    throw new RefusedRequest(
      'The request body must be a JSON object of fields, sent as application/json.',
      400,
    )
  }
  const errors = groupsNotObjects(collection.fields, data, req.payload.db)
  if (errors.length) {
    throw new ValidationError({ collection: collection.slug, errors })
  }
  return args
}
