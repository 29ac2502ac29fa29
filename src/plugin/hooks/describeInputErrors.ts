import type { AfterErrorHook } from 'payload'

type FieldError = { path?: string; label?: string; message?: string }

/**
 * What to fix, in the words Payload's admin toast shows: the intro up to the first colon, then each
 * problem (every line of a field's message) as a list item. The admin's toast splits the list at
 * commas, so for the admin's own forms (multipart posts) a comma inside a problem is written as a low
 * comma mark (‚), which reads the same there; every other client gets the real text.
 */
const whatToFix = (errors: FieldError[], publishing: boolean, forAdminToast: boolean): string => {
  const items = errors.flatMap((error) => {
    // Payload's own fields (`_status`) have no name a person knows: the problem speaks for itself.
    const where = (error.label ?? (error.path?.startsWith('_') ? '' : error.path) ?? '').replace(
      / > /g,
      ' → ',
    )
    return String(error.message ?? '')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `${where ? `${where} — ` : ''}${line.trim()}`)
      .map((item) => (forAdminToast ? item.replace(/,/g, '\u201a') : item))
  })
  const intro = `${publishing ? 'Not published' : 'Not saved'} — fix ${items.length === 1 ? 'this' : 'these'} first`
  return `${intro}: ${items.join(', ')}`
}

type InputError = {
  status?: number
  isPublic?: boolean
  data?: { errors?: unknown[] } & Record<string, unknown>
} & Error

/**
 * A 4xx about the request's input keeps, in production too, every field's path and message: a
 * frontend can only put an error next to its form field with the path. Payload formats its errors by
 * class (`instanceof ValidationError`) and names them by constructor, and in a production Next
 * build the class may be a second copy and the name minified ("o"), so the field list was dropped.
 * Here the answer is built from the error's shape instead. Nothing internal is added: no stack,
 * only what the error already carries for the client. Its `message` says what to fix, problem by
 * problem, rather than Payload's “The following field is invalid: Story > Body”.
 */
export const describeInputErrors: AfterErrorHook = ({ error, graphqlResult, req }) => {
  // GraphQL hands the hook its own error, wrapping Payload's.
  const { data, isPublic, message, status } = ((error as { originalError?: InputError })
    .originalError ?? error) as InputError
  if (!data || !isPublic || !status || status < 400 || status >= 500) {
    return
  }
  const name = Array.isArray(data.errors) ? 'ValidationError' : 'APIError'
  const fieldErrors = (Array.isArray(data.errors) ? data.errors : []) as FieldError[]
  const publishing = (req?.data as { _status?: unknown } | undefined)?._status === 'published'
  // A write's field errors (what a form shows); a query's errors keep their own message.
  const writing = req?.method !== undefined && !['GET', 'HEAD'].includes(req.method)
  // The admin's document forms post multipart form data (`_payload`); API clients send JSON.
  const forAdminToast = (req?.headers?.get?.('content-type') ?? '').startsWith(
    'multipart/form-data',
  )
  return {
    response: {
      errors: [
        {
          name,
          data,
          message:
            writing && fieldErrors.some((field) => field?.message)
              ? whatToFix(fieldErrors, publishing, forAdminToast)
              : message,
        },
      ],
    },
    ...(graphqlResult
      ? {
          graphqlResult: {
            ...graphqlResult,
            extensions: { ...graphqlResult.extensions, name, data },
          },
        }
      : {}),
  }
}
