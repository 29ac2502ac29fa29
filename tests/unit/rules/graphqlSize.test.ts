/** The plugin's pure rules: how big a GraphQL query may be. */
import { buildSchema, parse, validate } from 'graphql'

import {
  countFieldSelections,
  fieldCountRule,
  graphQLQueryTooLarge,
} from '../../../src/plugin/graphql/requestSize'

describe('how big a GraphQL query is', () => {
  const schema = buildSchema('type Query { story: Story } type Story { title: String dek: String }')
  it('counts each alias and each fragment spread, wherever it is spread', () => {
    expect(countFieldSelections(parse('{ a: story { title } b: story { title dek } }'))).toBe(5)
    expect(
      countFieldSelections(
        parse(
          '{ a: story { ...F } b: story { ...F } } fragment F on Story { title dek x: __typename }',
        ),
      ),
    ).toBe(8)
    expect(
      countFieldSelections(
        parse(
          '{ story { ...A } } fragment A on Story { ...B ...B } fragment B on Story { title dek }',
        ),
      ),
    ).toBe(5)
  })
  it('refuses past maxFields in validation (any route) and past maxTokens before parsing (the app’s route)', () => {
    const errors = validate(
      schema,
      parse(`{ ${Array.from({ length: 11 }, (_, i) => `s${i}: __typename`).join(' ')} }`),
      [fieldCountRule({ maxFields: 10 })],
    )
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/more than 10 fields .*graphQL\.maxFields/),
    ])
    expect(
      validate(schema, parse('{ story { title dek } }'), [fieldCountRule({ maxFields: 10 })]),
    ).toEqual([])
    expect(
      graphQLQueryTooLarge('{ a: __typename b: __typename }', { maxFields: 10, maxTokens: 5 }),
    ).toMatch(/longer than 5 tokens/)
    expect(
      graphQLQueryTooLarge('{ a: __typename b: __typename }', { maxFields: 10, maxTokens: 50 }),
    ).toBeUndefined()
    // Not GraphQL at all: Payload answers it with the syntax error's place.
    expect(graphQLQueryTooLarge('{ story', { maxFields: 10, maxTokens: 50 })).toBeUndefined()
  })
})
