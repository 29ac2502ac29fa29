import type { AfterErrorHook } from 'payload'

type InputError = Error & { status?: number; isPublic?: boolean; data?: { errors?: unknown[] } & Record<string, unknown> }

/**
 * A 4xx about the request's input keeps, in production too, every field's path and message: a
 * frontend can only put an error next to its form field with the path. Payload formats its errors by
 * class (`instanceof ValidationError`) and names them by constructor, and in a production Next
 * build the class may be a second copy and the name minified ("o"), so the field list was dropped.
 * Here the answer is built from the error's shape instead. Nothing internal is added: no stack,
 * only what the error already carries for the client.
 */
export const describeInputErrors: AfterErrorHook = ({ error, graphqlResult }) => {
  // GraphQL hands the hook its own error, wrapping Payload's.
  const { data, isPublic, message, status } = ((error as { originalError?: InputError }).originalError ?? error) as InputError
  if (!data || !isPublic || !status || status < 400 || status >= 500) return
  const name = Array.isArray(data.errors) ? 'ValidationError' : 'APIError'
  return {
    response: { errors: [{ name, data, message }] },
    ...(graphqlResult ? { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, name, data } } } : {}),
  }
}
