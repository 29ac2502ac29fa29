/** Search's query parameters, checked and normalised before anything is read: a refusal names the parameter. */
import { MAX_PAGE, MAX_QUERY_LENGTH, normalizeQuery, type SearchParams } from './searchWords'

export type Refusal = { field: string; message: string }

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/

/** One parameter as one string: `?q=a&q=b` (an array) or `?q[x]=…` (an object) is refused. */
const single = (query: Record<string, unknown>, name: string): Refusal | string | undefined => {
  const value = query[name]
  if (value === undefined) {
    return undefined
  }
  return typeof value === 'string'
    ? value
    : { field: name, message: `${name} must be given once, as text.` }
}

const isRefusal = (value: unknown): value is Refusal =>
  Boolean(value && typeof value === 'object' && 'field' in value)

/** The request's parameters checked and normalised, or why not (the first problem found). */
export const searchParamsOf = (
  query: Record<string, unknown>,
  pageSize: number,
): Refusal | SearchParams => {
  const values: Record<string, string | undefined> = {}
  for (const name of ['q', 'page', 'limit', 'tag', 'author', 'from', 'to']) {
    const value = single(query, name)
    if (isRefusal(value)) {
      return value
    }
    values[name] = value
  }
  const raw = values.q ?? ''
  if ([...raw].length > MAX_QUERY_LENGTH) {
    return { field: 'q', message: `q is longer than ${MAX_QUERY_LENGTH} characters.` }
  }
  const whole = (name: string, fallback: number, max: number): number | Refusal => {
    const value = values[name]
    if (value === undefined || value === '') {
      return fallback
    }
    return /^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= max
      ? Number(value)
      : { field: name, message: `${name} must be a whole number from 1 to ${max}.` }
  }
  const page = whole('page', 1, MAX_PAGE)
  const limit = whole('limit', pageSize, Math.max(pageSize, 50))
  for (const value of [page, limit]) {
    if (isRefusal(value)) {
      return value
    }
  }
  for (const name of ['tag', 'author']) {
    const value = values[name]
    if (value !== undefined && (value.length > 100 || /\p{Cc}/u.test(value))) {
      return { field: name, message: `${name} must be at most 100 characters of text.` }
    }
  }
  for (const name of ['from', 'to']) {
    const value = values[name]
    if (value && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))) {
      return {
        field: name,
        message: `${name} must be a date, as 2026-12-07 or 2026-12-07T09:30:00Z.`,
      }
    }
  }
  if (values.from && values.to && Date.parse(values.from) > Date.parse(values.to)) {
    return { field: 'to', message: 'to must not be before from.' }
  }
  return {
    q: normalizeQuery(raw),
    page: page as number,
    limit: limit as number,
    ...(values.tag ? { tag: values.tag } : {}),
    ...(values.author ? { author: values.author } : {}),
    ...(values.from ? { from: new Date(values.from).toISOString() } : {}),
    ...(values.to ? { to: new Date(values.to).toISOString() } : {}),
  }
}
