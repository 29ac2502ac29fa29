import { id, nullable } from '../shared'

/** A picture as delivered with a story: the original, its resized copies and its public record. */
export const deliveryImageSchema = () => ({
  type: 'object',
  additionalProperties: false,
  required: ['id', 'url', 'alt', 'sizes'],
  description:
    'A picture of the story (metadata stripped): the original, each resized copy by name (widths for srcset; wide16x9, standard4x3 and square crops around the focal point; only those made: no width is made by enlarging, so a 1600 px original has no 1920 px large), alt text, caption, credit and provenance',
  properties: {
    id,
    url: { type: 'string' },
    width: nullable({ type: 'integer' }),
    height: nullable({ type: 'integer' }),
    mimeType: nullable({ type: 'string' }),
    alt: { type: 'string' },
    caption: nullable({ type: 'string' }),
    credit: nullable({ type: 'string' }),
    focalX: nullable({ type: 'number' }),
    focalY: nullable({ type: 'number' }),
    provenance: {
      type: 'object',
      properties: {
        howObtained: nullable({ type: 'string' }),
        capturedAt: nullable({ type: 'string' }),
        verificationStatus: nullable({ type: 'string' }),
      },
    },
    digitalSourceType: nullable({
      type: 'string',
      description:
        'How it was made: an IPTC digital source type URI (http://cv.iptc.org/newscodes/digitalsourcetype/…), when known',
    }),
    aiLabel: nullable({
      type: 'string',
      description:
        'For a picture made by generative AI, the label to show wherever it appears (e.g. "AI-generated image")',
    }),
    contentCredentials: nullable({
      type: 'string',
      description:
        'Its Content Credentials (C2PA) as readers are told them, when they validate: "Content Credentials: signed by …, made with …"',
    }),
    sizes: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['url', 'width', 'height'],
        properties: {
          url: { type: 'string' },
          width: { type: 'integer' },
          height: { type: 'integer' },
        },
      },
    },
  },
})
