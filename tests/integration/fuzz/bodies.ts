/** Fuzz generators: request bodies of any shape (JSON or not, comments' fields, body pictures). */
import fc from 'fast-check'

import {
  COMMENT_STATUS_VALUES as COMMENT_STATUSES,
  DIGITAL_SOURCE_TYPES,
} from '../../../src/plugin/vocabulary'
import { dateOfAnyShape, scalar } from './scalars'

export const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      article: fc.oneof(fc.constant(1), scalar),
      parent: scalar,
      authorName: fc.oneof(fc.string({ maxLength: 100 }), scalar),
      authorEmail: fc.oneof(fc.emailAddress(), scalar),
      body: fc.oneof(
        fc.string({ maxLength: 200 }),
        scalar,
        fc.constant('<script>alert(1)</script>'),
      ),
      text: fc.oneof(fc.string({ maxLength: 200 }), scalar),
      status: fc.constantFrom(...COMMENT_STATUSES, 'published', null),
      pinned: fc.anything(),
      reason: scalar,
    },
    { requiredKeys: [] },
  ),
)
export const rawBody = fc.oneof(
  anyJson.map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 300 }),
  fc.constantFrom('{', '[]', 'null', '"x"', '{"__proto__":{"admin":true}}'),
)

/** A picture's own fields as a client might send them: how it was made, its rights, forged credentials. */
export const pictureFieldsOfAnyShape = fc.record(
  {
    alt: fc.oneof(fc.string({ maxLength: 50 }), scalar),
    digitalSourceType: fc.oneof(
      fc.constantFrom(...DIGITAL_SOURCE_TYPES.map((type) => type.value)),
      scalar,
    ),
    rights: fc.oneof(
      scalar,
      fc.record(
        {
          category: fc.oneof(fc.constantFrom('staff', 'agency', 'licensed'), scalar),
          restrictions: fc.oneof(fc.string({ maxLength: 100 }), scalar),
          expiresAt: dateOfAnyShape,
        },
        { requiredKeys: [] },
      ),
    ),
    credentials: fc.oneof(scalar, fc.jsonValue({ maxDepth: 2 })),
    credentialsLine: scalar,
  },
  { requiredKeys: [] },
)

/** A picture in a body as a client might send it: any collection, any value, any fields. */
export const pictureNodeOfAnyShape = fc.record(
  {
    type: fc.constant('upload'),
    version: fc.constantFrom(1, 2, 3),
    id: fc.string({ maxLength: 30 }),
    relationTo: fc.oneof(fc.constantFrom('media', 'users', 'articles', 'nothing'), scalar),
    value: fc.oneof(fc.integer({ min: -1, max: 50 }), anyJson, scalar),
    fields: fc.oneof(
      fc.constant(null),
      anyJson,
      fc.record({ caption: fc.oneof(fc.string({ maxLength: 1200 }), scalar) }),
    ),
  },
  { requiredKeys: ['type'] },
)

/** A log entry as a client might send it: any type, headline, line, body (a quote chip of any value), key event, pin and writers. */
export const logEntryOfAnyShape = fc.record(
  {
    type: fc.oneof(fc.constantFrom('update', 'correction', 'clarification', 'retraction'), scalar),
    date: dateOfAnyShape,
    headline: fc.oneof(fc.string({ maxLength: 250 }), scalar),
    text: fc.oneof(fc.string({ maxLength: 100 }), scalar),
    body: fc.oneof(
      anyJson,
      scalar,
      fc.record({
        root: fc.record({
          type: fc.constant('root'),
          version: fc.constant(1),
          children: fc.array(
            fc.record({
              type: fc.constant('paragraph'),
              version: fc.constant(1),
              children: fc.array(
                fc.oneof(
                  fc.record({
                    type: fc.constant('text'),
                    version: fc.constant(1),
                    text: fc.string(),
                  }),
                  fc.record({
                    type: fc.constant('inlineBlock'),
                    version: fc.constant(1),
                    fields: fc.record({
                      blockType: fc.oneof(fc.constant('quote'), scalar),
                      id: fc.string({ maxLength: 30 }),
                      quote: fc.oneof(fc.integer({ min: -1, max: 50 }), anyJson, scalar),
                    }),
                  }),
                ),
                { maxLength: 3 },
              ),
            }),
            { maxLength: 2 },
          ),
        }),
      }),
    ),
    keyEvent: fc.oneof(fc.boolean(), scalar),
    pinned: fc.oneof(fc.boolean(), scalar),
    // Who wrote it: ids that exist or not, of any type, or not a list at all.
    authors: fc.oneof(
      fc.array(fc.oneof(fc.integer({ min: -1, max: 50 }), scalar, anyJson), { maxLength: 3 }),
      scalar,
      anyJson,
    ),
  },
  { requiredKeys: [] },
)

/** A story's and a quote's dates as a client might send them (Payload's own check let `false` through). */
export const storyDatesOfAnyShape = fc.record(
  { publishedAt: dateOfAnyShape, embargoUntil: dateOfAnyShape },
  { requiredKeys: [] },
)
