/** Building blocks shared by the document's paths and schemas. */
export const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] })
export const id = { anyOf: [{ type: 'integer' }, { type: 'string' }] }
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
export const json = (schema: unknown, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})
export const errorResponse = (description: string) => json(ref('Error'), description)
