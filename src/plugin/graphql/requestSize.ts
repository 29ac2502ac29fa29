import type { DocumentNode, SelectionSetNode, ValidationContext } from 'graphql'

import { GraphQLError, parse } from 'graphql'

export type GraphQLSizeLimits = { maxFields: number; maxTokens: number }

/** Where the plugin leaves its GraphQL limits in the config's `custom`, for the host's route. */
export const GRAPHQL_LIMITS = 'newsroomGraphQLLimits'

/** The plugin's GraphQL size limits in a built config (the plugin's defaults when it is not installed). */
export const graphQLLimitsOf = (config: { custom?: Record<string, any> }): GraphQLSizeLimits => ({
  maxFields: 1000,
  maxTokens: 20_000,
  ...config.custom?.[GRAPHQL_LIMITS],
})

/**
 * The fields a document makes the server resolve, counted as execution would meet them: every alias
 * on its own, a fragment once per place it is spread (so nested spreads cannot multiply unseen),
 * `__typename` included. Stops counting once past `stopAt`.
 */
export const countFieldSelections = (
  document: DocumentNode,
  stopAt = Number.POSITIVE_INFINITY,
): number => {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === 'FragmentDefinition'
        ? [[definition.name.value, definition.selectionSet] as const]
        : [],
    ),
  )
  const perFragment = new Map<string, number>()
  const count = (
    selectionSet: SelectionSetNode | undefined,
    within: ReadonlySet<string>,
  ): number => {
    let total = 0
    for (const selection of selectionSet?.selections ?? []) {
      if (total > stopAt) {
        break
      }
      if (selection.kind === 'Field') {
        total += 1 + count(selection.selectionSet, within)
      } else if (selection.kind === 'InlineFragment') {
        total += count(selection.selectionSet, within)
      } else {
        const name = selection.name.value
        // A cycle is refused by GraphQL's own rules; here it only must not recurse forever.
        if (within.has(name)) {
          continue
        }
        if (!perFragment.has(name)) {
          perFragment.set(name, count(fragments.get(name), new Set([...within, name])))
        }
        total += perFragment.get(name)!
      }
    }
    return total
  }
  let total = 0
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && total <= stopAt) {
      total += count(definition.selectionSet, new Set())
    }
  }
  return total
}

const tooManyFields = (fields: number, maxFields: number) =>
  `This query selects ${fields > maxFields ? `more than ${maxFields}` : fields} fields (aliases and fragment spreads counted each time); at most ${maxFields} are allowed (graphQL.maxFields).`

/**
 * A GraphQL validation rule: no more than `maxFields` fields a request, so one request of 100,000
 * aliases is refused before any of them runs (Payload's complexity limit does not count `__typename`).
 */
export const fieldCountRule =
  ({ maxFields }: Pick<GraphQLSizeLimits, 'maxFields'>) =>
  (context: ValidationContext) => ({
    Document(node: DocumentNode) {
      const fields = countFieldSelections(node, maxFields)
      if (fields > maxFields) {
        context.reportError(new GraphQLError(tooManyFields(fields, maxFields)))
      }
    },
  })

/**
 * For a host's GraphQL route, before Payload parses and validates the query (which, for a query of
 * megabytes, takes seconds of the event loop): reads at most `maxTokens` tokens and counts the fields
 * as `fieldCountRule` does. Returns why the query is refused, or undefined. A query that does not
 * parse is left to Payload, which says where.
 */
export const graphQLQueryTooLarge = (
  query: string,
  { maxFields, maxTokens }: GraphQLSizeLimits,
): string | undefined => {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens, noLocation: true })
  } catch (error) {
    // graphql 16 says "more that N tokens"; a later version may spell it right.
    if (/Document contains more th\w+ \d+ tokens/.test((error as Error)?.message ?? '')) {
      return `This query is longer than ${maxTokens} tokens (graphQL.maxTokens); send a smaller one.`
    }
    return undefined
  }
  const fields = countFieldSelections(document, maxFields)
  return fields > maxFields ? tooManyFields(fields, maxFields) : undefined
}
