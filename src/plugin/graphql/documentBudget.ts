import type {
  FieldNode,
  GraphQLField,
  GraphQLNamedType,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValueNode,
} from 'graphql'

import { getNamedType, GraphQLError, isObjectType } from 'graphql'

/** Payload's page size when a collection query names none. */
const DEFAULT_LIMIT = 10

type PayloadFieldExtensions = { field?: { type?: string } } | undefined

/**
 * A GraphQL validation rule that bounds how many documents one request may make the server load.
 * Payload's complexity rule gives each field a fixed weight and ignores `limit`, so 66 aliases of
 * `Sources(limit: 100) { docs { quotedIn(count: true) { totalDocs } } }` passed it while loading
 * thousands of documents and running a count for each. Here a field with a `limit` argument (a
 * collection query, a join) multiplies what is selected inside it by the documents it loads (a join
 * without a limit, or `limit: 0`, loads a whole page of `maxPage`), a count costs one query, a
 * populated relationship one document, and aliases add up.
 */
export const documentBudgetRule =
  ({ maxDocuments, maxPage }: { maxDocuments: number; maxPage: number }) =>
  (args: { variableValues?: null | Record<string, unknown> } = {}) =>
  (context: ValidationContext) => {
    const variables = args.variableValues ?? {}
    const valueOf = (node: undefined | ValueNode): unknown => {
      if (!node) {
        return undefined
      }
      if (node.kind === 'Variable') {
        return variables[node.name.value]
      }
      if (node.kind === 'IntValue') {
        return Number(node.value)
      }
      if (node.kind === 'BooleanValue') {
        return node.value
      }
      return undefined
    }
    const schema = context.getSchema()
    const fragments = new Map(
      context
        .getDocument()
        .definitions.flatMap((definition) =>
          definition.kind === 'FragmentDefinition'
            ? [[definition.name.value, definition] as const]
            : [],
        ),
    )

    /** Documents loaded, for one parent, by this selection set on this type. */
    const cost = (
      selectionSet: SelectionSetNode | undefined,
      type: GraphQLNamedType | null | undefined,
      seen: ReadonlySet<string>,
    ): number => {
      if (!selectionSet || !type || !isObjectType(type)) {
        return 0
      }
      let total = 0
      for (const selection of selectionSet.selections) {
        if (selection.kind === 'InlineFragment') {
          total += cost(
            selection.selectionSet,
            selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type,
            seen,
          )
          continue
        }
        if (selection.kind === 'FragmentSpread') {
          const fragment = fragments.get(selection.name.value)
          if (fragment && !seen.has(fragment.name.value)) {
            total += cost(
              fragment.selectionSet,
              schema.getType(fragment.typeCondition.name.value),
              new Set([...seen, fragment.name.value]),
            )
          }
          continue
        }
        const field: GraphQLField<unknown, unknown> | undefined =
          type.getFields()[selection.name.value]
        if (!field) {
          continue
        }
        const namedType = getNamedType(field.type)
        const inner = cost(selection.selectionSet, namedType, seen)
        if (field.args.some((arg) => arg.name === 'limit')) {
          const argument = (name: string) =>
            valueOf(selection.arguments?.find((arg) => arg.name.value === name)?.value)
          const requested = argument('limit')
          const counts = argument('count') === true
          const isJoin = (field.extensions as PayloadFieldExtensions)?.field?.type === 'join'
          if (counts && requested === 0) {
            total += 1
            continue
          }
          const loaded =
            typeof requested === 'number' && requested > 0
              ? requested
              : isJoin || requested === 0
                ? maxPage
                : DEFAULT_LIMIT
          total += loaded * Math.max(1, inner) + (counts ? 1 : 0)
        } else if (selection.selectionSet && isObjectType(namedType) && namedType.getFields().id) {
          total += 1 + inner // a document: one listed, or a populated relationship
        } else {
          total += inner // a wrapper ({ docs, totalDocs }) or a group
        }
      }
      return total
    }

    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const root =
          node.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
        const documents = cost(node.selectionSet, root, new Set())
        if (documents > maxDocuments) {
          context.reportError(
            new GraphQLError(
              `This query may load up to ${documents} documents; at most ${maxDocuments} are allowed. Ask for smaller pages (limit) or fewer aliases.`,
              {
                nodes: [node],
              },
            ),
          )
        }
      },
    }
  }

/**
 * Payload answers a join asked with `count: true, limit: 0` with its count only, so a query that also
 * selects `docs` or `hasNextPage` failed inside the server ("Something went wrong"). Said here instead,
 * before anything runs.
 */
export const countOnlyJoinsRule =
  (args: { variableValues?: null | Record<string, unknown> } = {}) =>
  (context: ValidationContext) => ({
    Field(node: FieldNode) {
      const valueOf = (name: string) => {
        const value = node.arguments?.find((arg) => arg.name.value === name)?.value
        if (!value) {
          return undefined
        }
        if (value.kind === 'Variable') {
          return args.variableValues?.[value.name.value]
        }
        return value.kind === 'IntValue'
          ? Number(value.value)
          : value.kind === 'BooleanValue'
            ? value.value
            : undefined
      }
      if (valueOf('count') !== true || valueOf('limit') !== 0) {
        return
      }
      const other = node.selectionSet?.selections.find(
        (selection) => selection.kind !== 'Field' || selection.name.value !== 'totalDocs',
      )
      if (other) {
        context.reportError(
          new GraphQLError(
            `${node.name.value}(count: true, limit: 0) returns only totalDocs; select totalDocs alone, or give a limit to get docs.`,
            { nodes: [node] },
          ),
        )
      }
    },
  })
