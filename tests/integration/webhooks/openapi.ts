/** Webhooks: every body delivered in webhooks.test.ts matches the OpenAPI document's WebhookEvent schema. */
import Ajv2020 from 'ajv/dist/2020'

import { type TestNewsroom } from '../../helpers/newsroom'
import { type WebhookSuite } from './context'

export const bodiesAsTheOpenApiDocumentSays = (suite: WebhookSuite) => {
  describe('what receivers get is what the OpenAPI document says', () => {
    let newsroom: TestNewsroom
    let receiver: WebhookSuite['receiver']
    beforeAll(() => {
      ;({ newsroom, receiver } = suite)
    })

    it('every body delivered in this file matches the document’s WebhookEvent schema', async () => {
      const spec = (await newsroom.api('anonymous', 'GET', '/api/openapi.json')).body
      const ajv = new Ajv2020({ strict: false, allErrors: true })
      ajv.addSchema(spec, 'openapi')
      const validate = ajv.getSchema('openapi#/components/schemas/WebhookEvent')!
      const bodies = receiver.received.map((request) => request.json).filter(Boolean)
      expect(bodies.length).toBeGreaterThan(3)
      for (const body of bodies) {
        if (!validate(body)) {
          throw new Error(`${JSON.stringify(body)}: ${ajv.errorsText(validate.errors)}`)
        }
      }
      expect(validate({ ...bodies[0], data: { ...bodies[0].data, secret: 'x' } })).toBe(false)
    })
  })
}
