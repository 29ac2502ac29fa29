/**
 * GraphQL's validation adds "Did you mean …?" to an unknown field, argument, type or enum value,
 * naming the nearest ones in the schema: a reader mistyping `trueIdentit` was told of
 * `trueIdentity`, a field only editors can read. graphql-js 16 cannot turn the hints off, so they
 * are cut from the answer's messages.
 */
export const withoutSuggestion = (message: string): string =>
  message.replace(/\s*Did you mean [\s\S]*\?\s*$/, '')

type GraphQLBody = { errors?: Array<{ message?: unknown }> }

/** A GraphQL route's JSON answer with every error message's suggestion removed; anything else as it was. */
export const withoutSuggestions = async (response: Response): Promise<Response> => {
  if (!(response.headers.get('content-type') ?? '').includes('json')) {
    return response
  }
  const text = await response.text()
  let body: GraphQLBody
  try {
    body = JSON.parse(text) as GraphQLBody
  } catch {
    return new Response(text, response)
  }
  if (
    !Array.isArray(body?.errors) ||
    !body.errors.some(
      (error) => typeof error?.message === 'string' && /Did you mean/.test(error.message),
    )
  ) {
    return new Response(text, response)
  }
  const errors = body.errors.map((error) =>
    typeof error?.message === 'string'
      ? { ...error, message: withoutSuggestion(error.message) }
      : error,
  )
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify({ ...body, errors }), {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}
