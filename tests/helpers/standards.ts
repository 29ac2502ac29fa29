import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from './appProcess'

/** The official IPTC ninjs 3.1 schema, compiled with ajv's 2020-12 validator: `validateNinjs(doc)` → errors or []. */
export const ninjsValidator = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  // Referred to by URL and not fetchable here; no story carries geometry.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
  const schema = JSON.parse(
    fs.readFileSync(path.join(projectRoot, 'tests', 'standards', 'ninjs-schema_3.1.json'), 'utf8'),
  )
  const validate = ajv.compile(schema)
  return (document: unknown) =>
    validate(document)
      ? []
      : (validate.errors ?? []).map(
          (error) =>
            `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`,
        )
}
